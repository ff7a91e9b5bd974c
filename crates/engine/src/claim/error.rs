//! Why a claim could not be calculated, in words a payroll officer can act on.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::MoneyError;

/// A claim the engine refuses, naming the input field at fault (claim spec §7, §8). The field
/// names are those of the §7 input so the CLI, the app's form and the message all agree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimError {
    pub field: String,
    pub message: String,
}

impl ClaimError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> ClaimError {
        ClaimError { field: field.into(), message: message.into() }
    }

    /// A required field that was not given.
    pub fn missing(field: &str) -> ClaimError {
        ClaimError::new(field, format!("Enter {}", field.replace('_', " ")))
    }
}

impl fmt::Display for ClaimError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for ClaimError {}

/// Arithmetic can only fail on absurd amounts; the amounts entered are then the field at fault.
impl From<MoneyError> for ClaimError {
    fn from(error: MoneyError) -> ClaimError {
        ClaimError::new("amounts", format!("Check the amounts entered: {error}"))
    }
}
