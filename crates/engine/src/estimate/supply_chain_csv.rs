//! The supply chain as a spreadsheet: a CSV of firms in quick mode (one group per firm: its
//! headcount and average pay) and a CSV of results with one row per firm and a TOTAL row.
//! A bad row is reported on its own row, naming its line and column; the others still count.

use std::io::{Read, Write};

use csv::{ReaderBuilder, StringRecord, WriterBuilder};

use super::csv_cells::{self, Columns};
use super::csv_problems::{CsvFile, CsvFileProblem};
use super::errors::{ScenarioError, ScenarioErrors};
use super::result::{Estimate, OutcomeSummary};
use super::scenario::{Scenario, WorkforceGroup};
use super::supply_chain::{FirmRow, OutcomeCounts, SupplyChainTotals};

/// The firms file's columns: the first five are required, the rest may be blank or left out.
pub const SUPPLY_CHAIN_HEADER: &str = "firm,employees,annual_pay,lost_output_pct,shutdown_weeks,cash_reserves,\
cash_buffer_days,weekly_revenue,labour_cost_share,operating_margin,variable_cost_share,age,years_service,\
nic_category,pension_enrolled";
/// A file to start from, for the app's download link and the docs.
pub const SUPPLY_CHAIN_TEMPLATE: &str = include_str!("../../templates/supply-chain.csv");

const COLUMNS: [&str; 15] = [
    "firm",
    "employees",
    "annual_pay",
    "lost_output_pct",
    "shutdown_weeks",
    "cash_reserves",
    "cash_buffer_days",
    "weekly_revenue",
    "labour_cost_share",
    "operating_margin",
    "variable_cost_share",
    "age",
    "years_service",
    "nic_category",
    "pension_enrolled",
];
const REQUIRED_COLUMNS: usize = 5;

/// The results file's columns.
pub const RESULTS_HEADER: [&str; 16] = [
    "line",
    "firm",
    "headcount",
    "exposed_jobs",
    "outcome_without_scheme",
    "jobs_at_risk_without_scheme",
    "runway_weeks_without_scheme",
    "outcome_with_scheme",
    "jobs_at_risk_with_scheme",
    "runway_weeks_with_scheme",
    "jobs_saved",
    "government_cost",
    "employer_cost",
    "cost_per_job_saved",
    "redundancy_cost_exposed",
    "error",
];

/// A problem with the whole file (its header, or a file that is not CSV).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupplyChainCsvError(pub CsvFileProblem);

impl std::fmt::Display for SupplyChainCsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

fn unreadable(error: csv::Error) -> SupplyChainCsvError {
    SupplyChainCsvError(CsvFileProblem::Unreadable(error.to_string()))
}

impl std::error::Error for SupplyChainCsvError {}

/// Reads the firms. Each firm's scenario starts from `base` (its scheme and tax year are the
/// chain's) and takes the row's figures; a blank optional cell keeps `base`'s default.
pub fn read_firms(csv: impl Read, base: &Scenario) -> Result<Vec<FirmRow>, SupplyChainCsvError> {
    // No trimming by the reader: `Columns` trims the headers it matches and each cell it reads.
    let mut reader = ReaderBuilder::new()
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(csv);
    let header = reader
        .headers()
        .map_err(unreadable)?
        .clone();
    let columns = Columns::find(&header, &COLUMNS).map_err(|unknown| {
        SupplyChainCsvError(CsvFileProblem::UnknownColumns {
            file: CsvFile::Firms,
            unknown,
        })
    })?;
    let missing: Vec<&str> = (0..REQUIRED_COLUMNS)
        .filter(|&c| !columns.has(c))
        .map(|c| COLUMNS[c])
        .collect();
    if !missing.is_empty() {
        return Err(SupplyChainCsvError(CsvFileProblem::MissingColumns {
            file: CsvFile::Firms,
            missing,
        }));
    }
    let mut firms = Vec::new();
    for record in reader.records() {
        let record = record.map_err(unreadable)?;
        let line = record.position().map_or(0, |p| p.line());
        firms.push(FirmRow {
            line,
            firm: columns.cell(&record, 0).to_owned(),
            scenario: firm_scenario(&columns, &record, base),
        });
    }
    Ok(firms)
}

fn firm_scenario(
    columns: &Columns<15>,
    record: &StringRecord,
    base: &Scenario,
) -> Result<Scenario, ScenarioErrors> {
    let mut row = RowReader {
        columns,
        record,
        problems: Vec::new(),
    };
    let mut scenario = base.clone();
    let mut group = WorkforceGroup {
        employees: row.read(1, csv_cells::whole),
        annual_pay: row.read(2, csv_cells::money),
        ..WorkforceGroup::default()
    };
    scenario.lost_output_pct = row.read(3, csv_cells::decimal);
    scenario.shutdown_weeks = row.read(4, csv_cells::whole);
    let finances = &mut scenario.finances;
    finances.cash_reserves = row.read(5, csv_cells::money);
    row.fill(6, csv_cells::decimal, &mut finances.cash_buffer_days);
    finances.weekly_revenue = row.read(7, csv_cells::money);
    row.fill(8, csv_cells::decimal, &mut finances.labour_cost_share);
    row.fill(9, csv_cells::decimal, &mut finances.operating_margin);
    row.fill(10, csv_cells::decimal, &mut finances.variable_cost_share);
    row.fill(11, csv_cells::whole, &mut group.age);
    row.fill(12, csv_cells::whole, &mut group.years_service);
    row.fill(13, csv_cells::nic_category, &mut group.nic_category);
    row.fill(14, csv_cells::yes_no, &mut group.pension_enrolled);
    scenario.workforce = vec![group];
    match ScenarioErrors::from_list(row.problems) {
        Some(errors) => Err(errors),
        None => Ok(scenario),
    }
}

/// Reads a row's cells, collecting every unreadable one.
struct RowReader<'r> {
    columns: &'r Columns<15>,
    record: &'r StringRecord,
    problems: Vec<ScenarioError>,
}

impl RowReader<'_> {
    fn read<T>(
        &mut self,
        column: usize,
        reader: fn(&str) -> csv_cells::CellResult<T>,
    ) -> Option<T> {
        reader(self.columns.cell(self.record, column)).unwrap_or_else(|problem| {
            self.problems
                .push(ScenarioError::new(COLUMNS[column], problem));
            None
        })
    }

    /// Overwrites `value` (a default) when the cell is filled in.
    fn fill<T>(
        &mut self,
        column: usize,
        reader: fn(&str) -> csv_cells::CellResult<T>,
        value: &mut T,
    ) {
        if let Some(read) = self.read(column, reader) {
            *value = read;
        }
    }
}

/// The column a scenario field came from: `workforce[0].annual_pay` → `annual_pay`.
fn column(field: &str) -> &str {
    field
        .strip_prefix("workforce[0].")
        .or_else(|| field.strip_prefix("finances."))
        .unwrap_or(field)
}

/// "line 4, employees: Enter …" for each problem of a row.
pub fn describe_errors(line: u64, errors: &ScenarioErrors) -> String {
    let described: Vec<String> = errors
        .errors()
        .iter()
        .map(|e| match column(&e.field) {
            "" => format!("line {line}: {}", e.problem),
            column => format!("line {line}, {column}: {}", e.problem),
        })
        .collect();
    described.join(" | ")
}

/// How many firms are left out of the TOTAL row, in the command line's English (empty when none).
pub fn firms_left_out(count: usize) -> String {
    match count {
        0 => String::new(),
        1 => "1 firm with errors is not in the total".into(),
        n => format!("{n} firms with errors are not in the total"),
    }
}

/// Writes one row per firm (its results, or its problems in the `error` column) and a TOTAL
/// row over the firms that could be estimated. The problems and the TOTAL row's note come
/// worded by the caller: the command line's English, or the app's catalogue.
pub fn write_results<'a>(
    out: impl Write,
    rows: impl IntoIterator<Item = (&'a FirmRow, Result<&'a Estimate, String>)>,
    totals: &SupplyChainTotals,
    left_out_note: &str,
) -> Result<(), csv::Error> {
    let mut writer = WriterBuilder::new().from_writer(out);
    writer.write_record(RESULTS_HEADER)?;
    for (row, result) in rows {
        let line = row.line.to_string();
        match result {
            Ok(e) => {
                let [outcome_without, at_risk_without, runway_without] =
                    outcome_cells(&e.without_scheme);
                let [outcome_with, at_risk_with, runway_with] = outcome_cells(&e.with_scheme);
                writer.write_record([
                    line,
                    row.firm.clone(),
                    e.headcount.to_string(),
                    e.exposed_jobs.to_string(),
                    outcome_without,
                    at_risk_without,
                    runway_without,
                    outcome_with,
                    at_risk_with,
                    runway_with,
                    e.jobs_saved.to_string(),
                    e.government_cost.to_string(),
                    e.employer_cost.to_string(),
                    optional(e.cost_per_job_saved),
                    e.redundancy_cost_exposed.to_string(),
                    String::new(),
                ])?;
            }
            Err(error) => {
                let blanks = std::iter::repeat_n(String::new(), RESULTS_HEADER.len() - 3);
                writer.write_record(
                    [line, row.firm.clone()]
                        .into_iter()
                        .chain(blanks)
                        .chain([error]),
                )?;
            }
        }
    }
    writer.write_record([
        String::new(),
        "TOTAL".into(),
        totals.headcount.to_string(),
        totals.exposed_jobs.to_string(),
        counts(&totals.outcomes_without),
        totals.jobs_at_risk_without.to_string(),
        String::new(),
        counts(&totals.outcomes_with),
        totals.jobs_at_risk_with.to_string(),
        String::new(),
        totals.jobs_saved.to_string(),
        totals.government_cost.to_string(),
        totals.employer_cost.to_string(),
        optional(totals.cost_per_job_saved),
        totals.redundancy_cost_exposed.to_string(),
        left_out_note.to_string(),
    ])?;
    writer.flush()?;
    Ok(())
}

fn outcome_cells(summary: &OutcomeSummary) -> [String; 3] {
    [
        summary.outcome.as_str().to_owned(),
        summary.jobs_at_risk.to_string(),
        summary
            .runway_weeks
            .map(|w| w.to_string())
            .unwrap_or_default(),
    ]
}

fn optional(amount: Option<crate::money::Money>) -> String {
    amount.map(|a| a.to_string()).unwrap_or_default()
}

fn counts(outcomes: &OutcomeCounts) -> String {
    format!(
        "safe {}; layoffs {}; insolvency {}",
        outcomes.safe, outcomes.layoffs, outcomes.insolvency
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Money;
    use rust_decimal::Decimal;

    #[test]
    fn spaces_around_headers_and_cells_are_ignored() {
        let csv = " firm , employees ,annual_pay,\tlost_output_pct , shutdown_weeks,cash_reserves , nic_category\n\
                   Acme Pressings , 120 , 31000 ,60, 6 ,\t250000 , A \n";
        let firms = read_firms(csv.as_bytes(), &Scenario::default()).expect("read");
        assert_eq!(firms.len(), 1);
        assert_eq!(firms[0].firm, "Acme Pressings");
        let scenario = firms[0].scenario.as_ref().expect("every cell read");
        let group = &scenario.workforce[0];
        assert_eq!((group.employees, group.annual_pay), (Some(120), Some(Money::pounds(31_000))));
        assert_eq!((scenario.lost_output_pct, scenario.shutdown_weeks), (Some(Decimal::from(60)), Some(6)));
        assert_eq!(scenario.finances.cash_reserves, Some(Money::pounds(250_000)));
        assert_eq!(group.nic_category, crate::payroll::NicCategory::A);
    }
}
