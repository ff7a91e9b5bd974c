//! Results derived from the app state: each view's answers are parsed, checked and handed to
//! the engine here, in one place, and memoised at the root (`app.rs`). Components only show
//! what comes out.

pub mod claim;
pub mod date;
pub mod defaults;
pub mod estimate;
pub mod parse;
mod problem_text;
pub mod roster;
pub mod row_problems;
pub mod supply_chain;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::state::FieldError;

/// The figures of a view, or the problems with its answers.
pub type Derived<T> = Result<Rc<T>, Problems>;

/// What stops a view's figures from being calculated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Problems {
    /// Answers that cannot be used as typed: shown next to their field at once.
    pub invalid: Vec<FieldError>,
    /// Required answers not given yet: shown only after a submit or an attempted share.
    pub missing: Vec<FieldError>,
}

impl Problems {
    /// The problems to show: the invalid answers, and the missing ones if asked to.
    pub fn shown(&self, show_missing: bool) -> Vec<FieldError> {
        let missing = self.missing.iter().filter(|_| show_missing);
        self.invalid.iter().chain(missing).cloned().collect()
    }

    /// Whether `shown` would list anything, without copying the problems.
    pub fn any_shown(&self, show_missing: bool) -> bool {
        !self.invalid.is_empty() || (show_missing && !self.missing.is_empty())
    }
}

/// What a view shows: the latest figures that could be calculated, whether they are out of
/// date (the answers have changed and something is now wrong), and the problems.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown<T> {
    pub figures: Option<Rc<T>>,
    pub out_of_date: bool,
    pub problems: Problems,
}

impl<T> Shown<T> {
    /// Whether the figures belong to the answers as they are now (so they can be shared).
    pub fn is_current(&self) -> bool {
        self.figures.is_some() && !self.out_of_date
    }
}

/// Keeps the last figures that could be calculated, so that a typo does not blank the results
/// (issue: "results show the last valid figures and say they are out of date").
#[hook]
pub fn use_shown<T: 'static>(derived: Rc<Derived<T>>) -> Shown<T> {
    let last_valid = use_mut_ref(|| None::<Rc<T>>);
    match derived.as_ref() {
        Ok(figures) => {
            *last_valid.borrow_mut() = Some(figures.clone());
            Shown { figures: Some(figures.clone()), out_of_date: false, problems: Problems::default() }
        }
        Err(problems) => {
            let figures = RefCell::borrow(&last_valid).clone();
            Shown { out_of_date: figures.is_some(), figures, problems: problems.clone() }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_shown_says_whether_shown_lists_anything() {
        let error = || FieldError::new("headcount", "Enter how many people the firm employs.");
        let cases = [
            Problems::default(),
            Problems { invalid: vec![error()], missing: Vec::new() },
            Problems { invalid: Vec::new(), missing: vec![error()] },
        ];
        for problems in &cases {
            for show_missing in [false, true] {
                assert_eq!(problems.any_shown(show_missing), !problems.shown(show_missing).is_empty(), "{problems:?}");
            }
        }
        assert!(!cases[2].any_shown(false) && cases[2].any_shown(true));
    }
}
