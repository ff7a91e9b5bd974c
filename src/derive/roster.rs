//! The employee roster: its CSV → the rows that can be read (memoised on the text alone, so
//! answering a question does not read 10,000 rows again) → with the shutdown answers, an
//! engine `Scenario` using the roster as its workforce → the engine's `Estimate`.
//!
//! A bad row is left out and named, and the other rows are still calculated: the issue asks
//! that nothing be lost when one row is bad.

use std::collections::HashSet;
use std::rc::Rc;

use chrono::NaiveDate;
use furlough_engine::estimate::{
    estimate, read_roster_rows, Estimate, Finances, RosterReading, Scenario, SchemePreset,
};

mod employees;
mod export;

pub use employees::EmployeeFigures;
pub use export::{employee_results_csv, EMPLOYEE_RESULTS_HEADER};

use super::defaults::{chosen_preset, default_tax_year};
use super::parse::{self, Typed};
use super::problem_text::{roster_problem, scenario_problem};
use super::row_problems::RowProblem;
use super::{Derived, Problems};
use crate::messages::{text, RosterText};
use crate::state::{FieldError, RosterForm};

/// The ids of the view's inputs, which problems point at.
pub const CSV_ID: &str = "roster-csv";
pub const LOST_OUTPUT_ID: &str = "roster-lost-output-pct";
pub const SHUTDOWN_WEEKS_ID: &str = "roster-shutdown-weeks";
pub const CASH_RESERVES_ID: &str = "roster-cash-reserves";
pub const PRESET_ID: &str = "roster-preset";
/// The list of rows left out, under the box.
pub const ROW_PROBLEMS_ID: &str = "roster-row-problems";

/// The roster as read from the box.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RosterFile {
    pub reading: RosterReading,
    /// The rows left out, each with its problem.
    pub row_problems: Vec<RowProblem>,
    /// A problem that leaves no row to calculate (the header, say): shown on the box itself.
    pub file_problem: Option<String>,
}

/// What the roster view shows: the roster it was calculated from and the estimate.
#[derive(Clone, Debug, PartialEq)]
pub struct RosterFigures {
    pub file: Rc<RosterFile>,
    pub preset: SchemePreset,
    pub estimate: Estimate,
}

/// Reads the roster's text. An empty box is not a problem yet: it is an answer still to come.
pub fn read_roster_text(csv: &str) -> RosterFile {
    if csv.trim().is_empty() {
        return RosterFile::default();
    }
    let reading = read_roster_rows(csv.as_bytes());
    let mut row_problems: Vec<RowProblem> = reading
        .errors
        .iter()
        .map(|error| RowProblem {
            row: error.line,
            column: error.column.clone(),
            message: roster_problem(&error.problem),
        })
        .collect();
    let file_problem = match (reading.employees.is_empty(), row_problems.as_slice()) {
        (false, _) | (true, []) => None,
        (true, [only]) if only.column.is_empty() => {
            let message = only.message.clone();
            row_problems.clear();
            Some(message)
        }
        (true, _) => Some(text(RosterText::NoRowRead).to_string()),
    };
    RosterFile { reading, row_problems, file_problem }
}

/// Estimates the rows read with the shutdown answers, or returns every problem at once.
pub fn derive_roster(form: &RosterForm, file: &Rc<RosterFile>, today: NaiveDate) -> Derived<RosterFigures> {
    let mut answers = Answers::default();
    let preset = chosen_preset(&form.preset);
    let mut scenario = Scenario {
        tax_year: default_tax_year(today),
        lost_output_pct: answers.required(parse::percentage(&form.lost_output_pct), LOST_OUTPUT_ID),
        shutdown_weeks: answers.required(parse::whole_number(&form.shutdown_weeks), SHUTDOWN_WEEKS_ID),
        scheme: preset.scheme(),
        finances: Finances {
            cash_reserves: answers.optional(parse::money(&form.cash_reserves), CASH_RESERVES_ID),
            ..Finances::default()
        },
        ..Scenario::default()
    };
    let mut problems = Problems { invalid: answers.invalid, missing: Vec::new() };
    let mut empty = answers.empty;
    if form.csv.is_blank() {
        empty.insert(CSV_ID);
    } else if let Some(message) = &file.file_problem {
        problems.invalid.push(FieldError::new(CSV_ID, message.clone()));
    }
    scenario.use_roster(file.reading.groups.clone());
    match estimate(&scenario) {
        Ok(estimate) if problems.invalid.is_empty() => {
            Ok(Rc::new(RosterFigures { file: file.clone(), preset, estimate }))
        }
        Ok(_) => Err(problems),
        Err(errors) => {
            let mut reported: HashSet<&str> = problems.invalid.iter().map(|error| field_id(&error.field_id)).collect();
            for error in errors.errors() {
                let id = field_id(&error.field);
                if !reported.insert(id) {
                    continue;
                }
                if empty.contains(id) {
                    let message = match id {
                        CSV_ID => text(RosterText::CsvMissing).to_string(),
                        _ => scenario_problem(&error.problem),
                    };
                    problems.missing.push(FieldError::new(id, message));
                } else {
                    problems.invalid.push(FieldError::new(id, scenario_problem(&error.problem)));
                }
            }
            Err(problems)
        }
    }
}

/// The input on the page for an engine field path (or for one of our own ids). The workforce
/// is the roster, and anything else that is not a question is about the roster too.
fn field_id(path: &str) -> &'static str {
    match path {
        "lost_output_pct" | LOST_OUTPUT_ID => LOST_OUTPUT_ID,
        "shutdown_weeks" | SHUTDOWN_WEEKS_ID => SHUTDOWN_WEEKS_ID,
        "finances.cash_reserves" | CASH_RESERVES_ID => CASH_RESERVES_ID,
        _ => CSV_ID,
    }
}

/// The shutdown answers read so far: what cannot be read, and which required ones are empty.
#[derive(Default)]
struct Answers {
    invalid: Vec<FieldError>,
    empty: HashSet<&'static str>,
}

impl Answers {
    fn required<T>(&mut self, typed: Typed<T>, id: &'static str) -> Option<T> {
        if matches!(typed, Typed::Empty) {
            self.empty.insert(id);
        }
        self.optional(typed, id)
    }

    fn optional<T>(&mut self, typed: Typed<T>, id: &'static str) -> Option<T> {
        match typed {
            Typed::Empty => None,
            Typed::Value(value) => Some(value),
            Typed::Invalid(message) => {
                self.invalid.push(FieldError::new(id, message));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests;
