//! What the unit tests of several layers share: a fixed "today" and an estimate form typed
//! the way a user would type it.

use chrono::NaiveDate;

use crate::state::{EstimateAction, EstimateField, EstimateForm};

/// The date the tests run "on", so figures that depend on the tax year never move.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

/// The estimate form after these actions, in order.
pub fn estimate_form(actions: Vec<EstimateAction>) -> EstimateForm {
    let mut form = EstimateForm::default();
    for action in actions {
        form.apply(action);
    }
    form
}

/// Typing `text` into an estimate field.
pub fn set(field: EstimateField, text: &str) -> EstimateAction {
    EstimateAction::Set(field, text.into())
}
