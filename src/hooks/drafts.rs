//! Drafts: each view's answers kept in `localStorage` as they change, so a reload loses
//! nothing. Each view is its own entry, written only when that view's answers change.

use std::rc::Rc;

use yew::prelude::*;

use super::storage;
use crate::share::estimate::SharedEstimate;
use crate::state::{AppState, EstimateForm};

const ESTIMATE: &str = "estimate";

/// The drafts this browser holds (defaults for anything missing or unreadable).
pub fn load() -> AppState {
    let mut state = AppState::default();
    if let Some(draft) = storage::read(ESTIMATE).and_then(|json| serde_json::from_str::<SharedEstimate>(&json).ok()) {
        state.estimate = Rc::new(draft.into_form());
    }
    state
}

/// Writes each view's answers to storage whenever they change. Answers back at their defaults
/// (a fresh page, or after "Clear my data") are not kept at all.
#[hook]
pub fn use_drafts(state: &AppState) {
    use_effect_with(state.estimate.clone(), |form| {
        if **form == EstimateForm::default() {
            storage::remove(ESTIMATE);
        } else if let Ok(json) = serde_json::to_string(&SharedEstimate::for_draft(form)) {
            storage::write(ESTIMATE, &json);
        }
    });
}
