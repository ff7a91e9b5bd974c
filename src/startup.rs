//! The state the app starts in. A shared link's answers come first; then the drafts this browser
//! kept; then the defaults. A link that cannot be used opens its view with default answers and a
//! message saying why. Embedding options are read here, once: later fragment changes (a skip
//! link, a navigation link) never turn embed mode off.

use std::rc::Rc;

use chrono::NaiveDate;

use crate::embed::Embed;
use crate::hooks::drafts;
use crate::share::fragment::Fragment;
use crate::share::{claim, estimate, roster, supply_chain, LinkError};
use crate::state::{AppState, EstimateAction, View};

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
        let problem = &mut state.link_problem;
        match state.view {
            View::Estimate => restore(&mut state.estimate, estimate::form_from_link(payload, today), problem),
            View::Claim => restore(&mut state.claim, claim::form_from_link(payload), problem),
            View::Roster => restore(&mut state.roster, roster::form_from_link(payload, today), problem),
            View::SupplyChain => {
                restore(&mut state.supply_chain, supply_chain::form_from_link(payload, today), problem)
            }
            View::Method => {}
        }
    } else if let Some(preset) = state.embed.as_ref().and_then(|embed| embed.preset) {
        Rc::make_mut(&mut state.estimate).apply(EstimateAction::ChoosePreset(preset.id().into()));
    }
    state
}

/// A view's answers from a link; or, when the link cannot be used, the view's default answers
/// and the reason, for the message.
fn restore<F: Default>(answers: &mut Rc<F>, from_link: Result<F, LinkError>, problem: &mut Option<LinkError>) {
    match from_link {
        Ok(form) => *answers = Rc::new(form),
        Err(reason) => {
            *answers = Rc::new(F::default());
            *problem = Some(reason);
        }
    }
}

#[cfg(test)]
mod tests;
