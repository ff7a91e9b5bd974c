//! The state the app starts in. A shared link's answers come first; then the drafts this browser
//! kept; then the defaults. A link that cannot be used opens its view with default answers and a
//! message saying why. Embedding options are read here, once: later fragment changes (a skip
//! link, a navigation link) never turn embed mode off.

use std::rc::Rc;

use chrono::NaiveDate;

use crate::embed::Embed;
use crate::hooks::drafts;
use crate::share::estimate::form_from_link;
use crate::share::fragment::Fragment;
use crate::state::{AppState, EstimateAction, EstimateForm, View};

pub fn initial_state(today: NaiveDate) -> AppState {
    let fragment = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .map(|hash| Fragment::parse(&hash))
        .unwrap_or_default();
    state_for(&fragment, drafts::load(), today)
}

/// The start state for a fragment and the drafts found in storage (pure, so it is tested
/// natively).
pub fn state_for(fragment: &Fragment, drafts: AppState, today: NaiveDate) -> AppState {
    let mut state = AppState { view: fragment.view.unwrap_or_default(), ..drafts };
    state.embed = fragment.embed.as_ref().map(Embed::from_request);
    if let Some(payload) = &fragment.payload {
        match state.view {
            View::Estimate => match form_from_link(payload, today) {
                Ok(form) => state.estimate = Rc::new(form),
                Err(problem) => {
                    state.estimate = Rc::new(EstimateForm::default());
                    state.link_problem = Some(problem);
                }
            },
            View::Roster | View::Claim | View::SupplyChain | View::Method => {}
        }
    } else if let Some(preset) = state.embed.as_ref().and_then(|embed| embed.preset) {
        Rc::make_mut(&mut state.estimate).apply(EstimateAction::ChoosePreset(preset.id().into()));
    }
    state
}

#[cfg(test)]
mod tests;
