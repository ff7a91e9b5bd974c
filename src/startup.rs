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

/// A root's props: the fragment the page was opened with.
#[derive(yew::Properties, PartialEq)]
pub struct OpenedWith {
    pub fragment: Rc<Fragment>,
}

/// The full calculator's start, from the page's fragment (see [`page_fragment`]).
pub fn initial_state(fragment: &Fragment, today: NaiveDate) -> AppState {
    state_for(fragment, drafts::load(), today)
}

/// The embedded calculator's start, from the page's fragment: its answers (see
/// [`embedded_state_for`]) and the embedding page's options, fixed for the life of the page.
pub fn initial_embedded_state(fragment: &Fragment, today: NaiveDate) -> (AppState, Embed) {
    let embed = embed_options(fragment);
    (embedded_state_for(fragment, drafts::load_estimate(), &embed, today), embed)
}

/// Whether the page was opened to be embedded: `#estimate/embed/…` (or `#embed/…`), as
/// `embed.js` and the snippets make it. The full calculator's page then shows the embedded
/// one; another view's fragment with embed options opens that view in the full calculator.
pub fn opened_to_embed(fragment: &Fragment) -> bool {
    fragment.embed.is_some() && matches!(fragment.view, None | Some(View::Estimate))
}

/// Where `embed.html`, opened with another view's fragment (a share link's fragment pasted after
/// its address), sends the visitor: that view, with the link's answers, in the full calculator
/// at `home`, as the full calculator's own page does with such a fragment. `None` for the firm
/// estimate's fragment, which the embedded calculator opens itself.
pub fn full_calculator_for_other_view(fragment: &Fragment, home: &str) -> Option<String> {
    let view = fragment.view.filter(|view| *view != View::Estimate)?;
    Some(format!("{home}{}", Fragment::for_view(view, fragment.payload.as_deref())))
}

/// What the embedding page asked for, checked (anything that fails its check is left out).
pub fn embed_options(fragment: &Fragment) -> Embed {
    fragment.embed.as_ref().map(Embed::from_request).unwrap_or_default()
}

/// The page's fragment, parsed once by the page's entry (`crate::mount`): it chooses the
/// calculator, and the root gets it ([`OpenedWith`]) for its start and, in the full
/// calculator, to clear a link's answers from the address bar.
pub fn page_fragment() -> Fragment {
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

/// The embedded calculator's start state for a fragment, the firm estimate's draft and the
/// embedding page's options (pure, tested natively): the estimate from the fragment's link;
/// else the draft with the host's preset chosen. Another view's link is not read: the embedded
/// calculator has no other view, and `embed.html` sends such a link on to the full calculator
/// before it starts (`mount_embedded`); this is for when the browser would not go.
pub fn embedded_state_for(fragment: &Fragment, draft: Option<EstimateForm>, embed: &Embed, today: NaiveDate) -> AppState {
    let mut state = AppState { estimate: Rc::new(draft.unwrap_or_default()), ..AppState::default() };
    match (&fragment.payload, fragment.view) {
        (Some(payload), None | Some(View::Estimate)) => {
            restore(&mut state.estimate, estimate::form_from_link(payload, today), &mut state.link_problem);
        }
        _ => {
            if let Some(preset) = embed.preset {
                Rc::make_mut(&mut state.estimate).apply(EstimateAction::ChoosePreset(preset.id().into()));
            }
        }
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
