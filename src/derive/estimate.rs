//! The firm estimate's answers → an engine `Scenario` → the engine's `Estimate`.
//!
//! Text that is not a number is reported here, next to its field; everything else (ranges,
//! required answers, the scenario's consistency) is the engine's validation, whose field paths
//! are turned into the ids of the inputs on the page by [`field_id`].

use std::collections::HashSet;
use std::rc::Rc;

use chrono::NaiveDate;
use furlough_engine::estimate::{estimate, Estimate, Scenario, ScenarioProblem};

use super::problem_text::scenario_problem;
use super::{Derived, Problems};
use crate::messages::{text as text_of, EstimateProblemText};
use crate::state::{EntryMode, EstimateForm, FieldError};

mod field_names;
mod reader;

pub use field_names::field_id;
use reader::Reader;

/// What the estimate view shows: the scenario as calculated (defaults filled in) and its
/// estimate.
#[derive(Clone, Debug, PartialEq)]
pub struct EstimateFigures {
    pub scenario: Scenario,
    pub estimate: Rc<Estimate>,
}

/// Reads the form, asks the engine, and returns the figures or every problem at once.
pub fn derive_estimate(form: &EstimateForm, today: NaiveDate) -> Derived<EstimateFigures> {
    let groups_named = form.mode == EntryMode::Detailed && form.groups.len() > 1;
    let mut reader = Reader { mode: form.mode, groups_named, invalid: Vec::new(), empty: HashSet::new() };
    let scenario = reader.scenario(form, today);
    match estimate(&scenario) {
        Ok(estimate) if reader.invalid.is_empty() => Ok(Rc::new(EstimateFigures { scenario, estimate: Rc::new(estimate) })),
        Ok(_) => Err(Problems { invalid: reader.invalid, missing: Vec::new() }),
        Err(errors) => {
            let mut problems = Problems { invalid: std::mem::take(&mut reader.invalid), missing: Vec::new() };
            let already_reported: HashSet<String> =
                problems.invalid.iter().map(|error| error.field_id.clone()).collect();
            for error in errors.errors() {
                let id = field_id(&error.field, form.mode);
                if already_reported.contains(&id) {
                    continue;
                }
                let message = match (form.mode, &error.problem) {
                    // The quick estimate's one group is the whole firm.
                    (EntryMode::Quick, ScenarioProblem::EmployeesMissing) => text_of(EstimateProblemText::HeadcountMissing).into(),
                    (_, problem) => scenario_problem(problem),
                };
                let problem = FieldError::new(id, reader.named(&error.field, None, message));
                if reader.empty.contains(&error.field) {
                    problems.missing.push(problem);
                } else {
                    problems.invalid.push(problem);
                }
            }
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests;
