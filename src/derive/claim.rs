//! The CJRS claim's answers → an engine `ClaimInput` → the engine's `ClaimResult`.
//!
//! What cannot be read (a date not in the calendar, letters in an amount) and what is still to
//! answer are found here, per field ([`reader`]); the scheme's rules are the engine's, whose
//! §7 field names become the ids of the inputs on the page ([`engine_error`]).

pub mod engine_error;
pub mod proposal;
pub mod questions;
mod reader;

use std::rc::Rc;

use furlough_engine::claim::{calculate_claim, ClaimResult, PayFrequency};

use super::{Derived, Problems};
use crate::messages::{text, text_with, ClaimText};
use crate::state::claim_form::ids;
use crate::state::ClaimForm;
use questions::ClaimQuestions;
use reader::Reader;

/// What the claim view shows: the engine's result and the pay frequency it is for.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimFigures {
    pub frequency: PayFrequency,
    pub result: ClaimResult,
}

/// Reads the form, asks the engine, and returns the figures or every problem found.
pub fn derive_claim(form: &ClaimForm) -> Derived<ClaimFigures> {
    derive(form).map_err(|mut problems| {
        name_the_pay_periods(&mut problems, form);
        problems
    })
}

/// A pay period's end date by its place in the list: "End of the pay period before the claim"
/// for the first row, "End of pay period 2" for the third. The form's legend, and the name its
/// problems start with.
pub fn pay_period_end_name(index: usize) -> String {
    match index {
        0 => text(ClaimText::PayPeriodBeforeClaimLegend).to_string(),
        n => text_with(ClaimText::PayPeriodEndLegend, &[("n", &n.to_string())]),
    }
}

/// Each pay period end's problem starts with the period's name ("End of pay period 2: Enter
/// …"): in the error summary, away from the rows, two periods' same message would otherwise
/// read the same (GOV.UK: say which item of a list).
fn name_the_pay_periods(problems: &mut Problems, form: &ClaimForm) {
    for error in problems.invalid.iter_mut().chain(problems.missing.iter_mut()) {
        let row = form.pay_periods.iter().position(|row| error.field_id == ids::pay_period_end(row.key));
        if let Some(index) = row {
            error.message = format!("{}: {}", pay_period_end_name(index), error.message);
        }
    }
}

fn derive(form: &ClaimForm) -> Derived<ClaimFigures> {
    let mut reader = Reader::new(form, ClaimQuestions::of(form));
    let input = reader.claim_input();
    let problems = reader.into_problems();
    match input {
        Some(input) if problems == Problems::default() => match calculate_claim(&input) {
            Ok(result) => Ok(Rc::new(ClaimFigures { frequency: input.pay_frequency, result })),
            Err(error) => Err(Problems { invalid: vec![engine_error::field_error(&error, form)], missing: Vec::new() }),
        },
        _ => Err(problems),
    }
}

#[cfg(test)]
pub(crate) mod tests;
