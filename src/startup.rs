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
use crate::state::{AppState, EstimateAction, EstimateForm, View};

pub fn initial_state(today: NaiveDate) -> AppState {
    state_for(&page_fragment(), drafts::load(), today)
}

/// The embedded calculator's start state: the firm estimate only (see [`embedded_state_for`]).
pub fn initial_embedded_state(today: NaiveDate) -> AppState {
    embedded_state_for(&page_fragment(), drafts::load_estimate(), today)
}

/// Whether the page was opened to be embedded (`#estimate/embed/…`): the full calculator's
/// page then shows the embedded one.
pub fn opened_to_embed() -> bool {
    page_fragment().embed.is_some()
}

fn page_fragment() -> Fragment {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .map(|hash| Fragment::parse(&hash))
        .unwrap_or_default()
}

/// The start state for a fragment and the drafts found in storage (pure, so it is tested
/// natively). Embed options are not read here: an embedding page gets the embedded calculator
/// (see [`embedded_state_for`]).
pub fn state_for(fragment: &Fragment, drafts: AppState, today: NaiveDate) -> AppState {
    let mut state = AppState { view: fragment.view.unwrap_or_default(), ..drafts };
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
    }
    state
}

/// The embedded calculator's start state for a fragment and the firm estimate's draft (pure,
/// tested natively): always embedded (a page opened without embed options gets the defaults);
/// the estimate from the link's answers, else the draft with the host's preset chosen. Other
/// views' links are not read: the embedded calculator has no other view.
pub fn embedded_state_for(fragment: &Fragment, draft: Option<EstimateForm>, today: NaiveDate) -> AppState {
    let embed = fragment.embed.as_ref().map(Embed::from_request).unwrap_or_default();
    let mut state = AppState { estimate: Rc::new(draft.unwrap_or_default()), ..AppState::default() };
    match (&fragment.payload, fragment.view) {
        (Some(payload), None | Some(View::Estimate)) => {
            restore(&mut state.estimate, estimate::form_from_link(payload, today), &mut state.link_problem);
        }
        (None, _) => {
            if let Some(preset) = embed.preset {
                Rc::make_mut(&mut state.estimate).apply(EstimateAction::ChoosePreset(preset.id().into()));
            }
        }
        (Some(_), _) => {}
    }
    state.embed = Some(embed);
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
