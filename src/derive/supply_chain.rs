//! The supply chain: the firms typed into the table and the firms of a CSV file → one engine
//! `Scenario` each (the chain's scheme, each firm's own figures) → each firm's `Estimate` →
//! the chain's totals (spec "Supply-chain view").
//!
//! A firm with a problem is left out of the totals, said so, and the others still count, as
//! the `furlough supply-chain` command does. Only a file that cannot be read at all, or no firm
//! at all, stops the figures.

use std::rc::Rc;

use chrono::NaiveDate;
use furlough_engine::estimate::{
    estimate, read_firms, CellProblem, Estimate, FirmRow, Scenario, ScenarioError, ScenarioErrors, SchemePreset,
    SupplyChainTotals, WorkforceGroup,
};

mod export;

pub use export::supply_chain_results_csv;

use super::defaults::{chosen_preset, default_tax_year};
use super::parse::{self, Typed};
use super::problem_text::{calculation_problem, file_problem, scenario_problem};
use super::row_problems::{summary_entries, RowProblem};
use super::{Derived, Problems};
use crate::messages::{text, text_with, SupplyChainText};
use crate::state::{FieldError, FirmField, FirmForm, SupplyChainForm};

pub const CSV_ID: &str = "supply-chain-csv";
pub const PRESET_ID: &str = "supply-chain-preset";
pub const ADD_FIRM_ID: &str = "supply-chain-add-firm";
/// The list of the file's rows left out, under the box.
pub const ROW_PROBLEMS_ID: &str = "supply-chain-row-problems";

/// The id of a cell of the firms table: `firm-3-average-pay`.
pub fn cell_id(key: u32, field: FirmField) -> String {
    let name = match field {
        FirmField::Name => "name",
        FirmField::Employees => "employees",
        FirmField::AveragePay => "average-pay",
        FirmField::LostOutput => "lost-output-pct",
        FirmField::ShutdownWeeks => "shutdown-weeks",
        FirmField::CashReserves => "cash-reserves",
    };
    format!("firm-{key}-{name}")
}

/// Where a firm was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirmSource {
    /// The table's row (from 1, as the table numbers its rows).
    Table { row: usize },
    /// The file's row (its line, notes included, as a spreadsheet numbers it).
    File { row: u64 },
}

/// One firm and what became of it.
#[derive(Clone, Debug, PartialEq)]
pub struct FirmResult {
    pub source: FirmSource,
    pub row: FirmRow,
    pub result: Result<Estimate, ScenarioErrors>,
    /// The table's cells that are not numbers, by engine path, with the page's message for
    /// each (the engine's error for them is only a kind): the export says what the page says.
    pub unreadable_cells: Vec<(&'static str, String)>,
}

impl FirmResult {
    /// The firm's problems as rows of a file would list them: "Row 4, employees: Enter …".
    pub fn row_problems(&self) -> Vec<RowProblem> {
        let Err(errors) = &self.result else { return Vec::new() };
        errors
            .errors()
            .iter()
            .map(|error| {
                let typed = self.unreadable_cells.iter().find(|(path, _)| *path == error.field);
                let message = typed.map_or_else(|| scenario_problem(&error.problem), |(_, message)| message.clone());
                RowProblem { row: self.row.line, column: file_column(&error.field).to_string(), message }
            })
            .collect()
    }
}

/// What the supply-chain view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SupplyChainFigures {
    /// The table's firms, then the file's.
    pub firms: Vec<FirmResult>,
    /// Over the firms that could be calculated.
    pub totals: SupplyChainTotals,
    pub preset: SchemePreset,
    /// Problems that leave a firm out of the totals without stopping the others.
    pub problems: Problems,
    /// The file's rows left out, with their problems.
    pub row_problems: Vec<RowProblem>,
}

impl SupplyChainFigures {
    /// How many firms are left out of the totals because of a problem.
    pub fn left_out(&self) -> usize {
        self.firms.iter().filter(|firm| firm.result.is_err()).count()
    }
}

/// Estimates every firm and sums those that can be calculated.
pub fn derive_supply_chain(form: &SupplyChainForm, today: NaiveDate) -> Derived<SupplyChainFigures> {
    let preset = chosen_preset(&form.preset);
    let base = Scenario { tax_year: default_tax_year(today), scheme: preset.scheme(), ..Scenario::default() };
    let mut problems = Problems::default();
    let mut firms: Vec<FirmResult> = form
        .firms
        .iter()
        .enumerate()
        .filter(|(_, firm)| !firm.is_blank())
        .map(|(index, firm)| table_firm(index + 1, firm, &base, &mut problems))
        .collect();

    let mut row_problems = Vec::new();
    if !form.csv.is_blank() {
        match read_firms(form.csv.text.as_bytes(), &base) {
            Ok(rows) if rows.is_empty() => {
                problems.invalid.push(FieldError::new(CSV_ID, text(SupplyChainText::FileHasNoFirms)));
            }
            Ok(rows) => firms.extend(rows.into_iter().map(|row| file_firm(row, &mut row_problems))),
            Err(error) => {
                problems.invalid.push(FieldError::new(CSV_ID, file_problem(&error.0)));
                return Err(problems);
            }
        }
    }
    problems.invalid.extend(summary_entries(&row_problems, CSV_ID, ROW_PROBLEMS_ID));

    if firms.is_empty() {
        let first_cell = form.firms.first().map(|firm| cell_id(firm.key, FirmField::Name));
        let id = first_cell.unwrap_or_else(|| ADD_FIRM_ID.to_string());
        problems.missing.push(FieldError::new(id, text(SupplyChainText::NoFirms)));
        return Err(problems);
    }
    let totals = match SupplyChainTotals::of(firms.iter().filter_map(|firm| firm.result.as_ref().ok())) {
        Ok(totals) => totals,
        Err(error) => {
            problems.invalid.push(FieldError::new(CSV_ID, calculation_problem(error)));
            return Err(problems);
        }
    };
    Ok(Rc::new(SupplyChainFigures { firms, totals, preset, problems, row_problems }))
}

/// A firm of the table: its cells read with the app's own parsing (the messages of the firm
/// estimate), then the engine's checks, each problem on its cell.
fn table_firm(row: usize, firm: &FirmForm, base: &Scenario, problems: &mut Problems) -> FirmResult {
    let mut cells = Cells { key: firm.key, row, problems, unreadable: Vec::new(), empty: Vec::new() };
    let mut scenario = base.clone();
    scenario.workforce = vec![WorkforceGroup {
        employees: cells.read(parse::whole_number(&firm.employees), FirmField::Employees),
        annual_pay: cells.read(parse::money(&firm.average_pay), FirmField::AveragePay),
        ..WorkforceGroup::default()
    }];
    scenario.lost_output_pct = cells.read(parse::percentage(&firm.lost_output_pct), FirmField::LostOutput);
    scenario.shutdown_weeks = cells.read(parse::whole_number(&firm.shutdown_weeks), FirmField::ShutdownWeeks);
    scenario.finances.cash_reserves = cells.read(parse::money(&firm.cash_reserves), FirmField::CashReserves);

    // The engine's checks run even when a cell cannot be read, so every problem of the row
    // shows at once.
    let unread = std::mem::take(&mut cells.unreadable);
    let mut errors: Vec<ScenarioError> =
        unread.iter().map(|&(field, _)| ScenarioError::new(engine_path(field), unreadable_cell(field))).collect();
    let unreadable = errors.len();
    let estimated = estimate(&scenario);
    if let Err(engine_errors) = &estimated {
        for error in engine_errors.errors() {
            if !errors[..unreadable].iter().any(|unread| unread.field == error.field) {
                cells.engine_problem(error);
                errors.push(error.clone());
            }
        }
    }
    let scenario = match ScenarioErrors::from_list(errors[..unreadable].to_vec()) {
        Some(unread) => Err(unread),
        None => Ok(scenario),
    };
    let result = match ScenarioErrors::from_list(errors) {
        Some(errors) => Err(errors),
        None => estimated,
    };
    let firm_row = FirmRow { line: row as u64, firm: firm.name.trim().to_string(), scenario };
    let unreadable_cells = unread.into_iter().map(|(field, message)| (engine_path(field), message)).collect();
    FirmResult { source: FirmSource::Table { row }, row: firm_row, result, unreadable_cells }
}

/// A firm of the file: read by the engine; its problems are listed by row.
fn file_firm(row: FirmRow, row_problems: &mut Vec<RowProblem>) -> FirmResult {
    let result = row.estimate();
    let firm = FirmResult { source: FirmSource::File { row: row.line }, row, result, unreadable_cells: Vec::new() };
    row_problems.extend(firm.row_problems());
    firm
}

/// The file's column a scenario field came from: `workforce[0].annual_pay` → `annual_pay`.
fn file_column(field: &str) -> &str {
    field.strip_prefix("workforce[0].").or_else(|| field.strip_prefix("finances.")).unwrap_or(field)
}

/// Reads a table row's cells, putting each problem on its cell.
struct Cells<'p> {
    key: u32,
    /// The row's number in the table: each message names it, as the summary lists every row's.
    row: usize,
    problems: &'p mut Problems,
    /// The cells that are not numbers, with the page's message for each.
    unreadable: Vec<(FirmField, String)>,
    /// The required cells left empty: the engine's message for them waits for a submit.
    empty: Vec<FirmField>,
}

impl Cells<'_> {
    fn read<T>(&mut self, typed: Typed<T>, field: FirmField) -> Option<T> {
        match typed {
            Typed::Empty => {
                self.empty.push(field);
                None
            }
            Typed::Value(value) => Some(value),
            Typed::Invalid(message) => {
                let problem = self.problem(field, &message);
                self.problems.invalid.push(problem);
                self.unreadable.push((field, message));
                None
            }
        }
    }

    fn engine_problem(&mut self, error: &ScenarioError) {
        let field = FirmField::ALL
            .into_iter()
            .find(|&field| engine_path(field) == error.field)
            .unwrap_or(FirmField::Employees);
        let problem = self.problem(field, &scenario_problem(&error.problem));
        if self.empty.contains(&field) {
            self.problems.missing.push(problem);
        } else {
            self.problems.invalid.push(problem);
        }
    }
}

impl Cells<'_> {
    /// "Table row 2: Enter …", on the cell.
    fn problem(&self, field: FirmField, message: &str) -> FieldError {
        let row = self.row.to_string();
        let message = text_with(SupplyChainText::CellProblem, &[("row", &row), ("message", message)]);
        FieldError::new(cell_id(self.key, field), message)
    }
}

/// A cell that is not a number, as the engine's file reader would report it (the page and the
/// export say it in the page's own, more precise words: `FirmResult::unreadable_cells`).
fn unreadable_cell(field: FirmField) -> CellProblem {
    match field {
        FirmField::Employees | FirmField::ShutdownWeeks => CellProblem::NotAWholeNumber,
        FirmField::AveragePay | FirmField::CashReserves => CellProblem::NotAnAmount,
        FirmField::LostOutput => CellProblem::NotANumber,
        // A name is any text, so it is never unreadable; were it, it would be an empty cell.
        FirmField::Name => CellProblem::Empty,
    }
}

/// The engine's path of the field a cell gives.
fn engine_path(field: FirmField) -> &'static str {
    match field {
        FirmField::Name => "firm",
        FirmField::Employees => "workforce[0].employees",
        FirmField::AveragePay => "workforce[0].annual_pay",
        FirmField::LostOutput => "lost_output_pct",
        FirmField::ShutdownWeeks => "shutdown_weeks",
        FirmField::CashReserves => "finances.cash_reserves",
    }
}

#[cfg(test)]
mod tests;
