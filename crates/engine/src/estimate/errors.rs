//! What is wrong with a scenario, said so that a non-accountant can fix it: each problem names
//! the field by its path in the scenario (`workforce[2].annual_pay`, `finances.cash_reserves`)
//! so the app can show the message next to that input.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::money::MoneyError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioError {
    /// Path of the field in the scenario; empty when the problem is the whole input.
    pub field: String,
    /// Plain English: which field, what range, why.
    pub message: String,
}

impl ScenarioError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> ScenarioError {
        ScenarioError {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

/// All the problems found in a scenario at once (never empty).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

    pub fn one(field: impl Into<String>, message: impl Into<String>) -> ScenarioErrors {
        ScenarioError::new(field, message).into()
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
        ScenarioErrors::one("", format!("The figures could not be calculated: {error}"))
    }
}
