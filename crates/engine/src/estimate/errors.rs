//! What is wrong with a scenario, said so that a non-accountant can fix it: each problem names
//! the field by its path in the scenario (`workforce[2].annual_pay`, `finances.cash_reserves`)
//! so the app can show the message next to that input.

use std::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::problems::ScenarioProblem;
use crate::money::MoneyError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioError {
    /// Path of the field in the scenario; empty when the problem is the whole input.
    pub field: String,
    /// Which field, what range, why, with what was entered.
    pub problem: ScenarioProblem,
}

impl ScenarioError {
    pub fn new(field: impl Into<String>, problem: impl Into<ScenarioProblem>) -> ScenarioError {
        ScenarioError {
            field: field.into(),
            problem: problem.into(),
        }
    }

    /// The engine's plain English, as the command line prints it.
    pub fn message(&self) -> String {
        self.problem.to_string()
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            self.problem.fmt(f)
        } else {
            write!(f, "{}: {}", self.field, self.problem)
        }
    }
}

/// `{"field": …, "message": …}`, the command line's error format (spec "Interfaces").
impl Serialize for ScenarioError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut error = serializer.serialize_struct("ScenarioError", 2)?;
        error.serialize_field("field", &self.field)?;
        error.serialize_field("message", &self.message())?;
        error.end()
    }
}

/// All the problems found in a scenario at once (never empty).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct ScenarioErrors(Vec<ScenarioError>);

impl ScenarioErrors {
    /// `None` when there is nothing to report.
    pub fn from_list(errors: Vec<ScenarioError>) -> Option<ScenarioErrors> {
        if errors.is_empty() {
            None
        } else {
            Some(ScenarioErrors(errors))
        }
    }

    pub fn one(field: impl Into<String>, problem: impl Into<ScenarioProblem>) -> ScenarioErrors {
        ScenarioError::new(field, problem).into()
    }

    pub fn errors(&self) -> &[ScenarioError] {
        &self.0
    }

    pub fn first(&self) -> Option<&ScenarioError> {
        self.0.first()
    }
}

impl fmt::Display for ScenarioErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            error.fmt(f)?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioErrors {}

impl From<ScenarioError> for ScenarioErrors {
    fn from(error: ScenarioError) -> ScenarioErrors {
        ScenarioErrors(vec![error])
    }
}

/// Validation keeps every amount far below where arithmetic could overflow, so this only
/// turns an impossible failure into a message instead of a crash.
impl From<MoneyError> for ScenarioErrors {
    fn from(error: MoneyError) -> ScenarioErrors {
        ScenarioErrors::one("", error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_is_written_as_its_field_and_the_english_message() {
        let error = ScenarioError::new("shutdown_weeks", ScenarioProblem::ShutdownWeeksOutOfRange { entered: 200 });
        assert_eq!(
            serde_json::to_value(ScenarioErrors::from(error)).unwrap(),
            serde_json::json!([{
                "field": "shutdown_weeks",
                "message": "The shutdown must last from 1 to 104 weeks (two years); you entered 200."
            }])
        );
    }
}
