//! The CJRS claim's answers → an engine `ClaimInput` → the engine's `ClaimResult`.
//!
//! What cannot be read (a date not in the calendar, letters in an amount) and what is still to
//! answer are found here, per field ([`reader`]); the scheme's rules are the engine's, whose
//! §7 field names become the ids of the inputs on the page ([`engine_error`]).

pub mod engine_error;
pub mod proposal;
pub mod questions;
mod reader;
mod row_names;

pub use row_names::{pay_period_end_name, typed_periods};

use std::rc::Rc;

use furlough_engine::claim::{calculate_claim, ClaimResult, PayFrequency};

use super::{Derived, Problems};
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
        row_names::name_the_rows(&mut problems, form);
        problems
    })
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
