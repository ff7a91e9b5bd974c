//! The app's one state, owned by a `use_reducer` at the root ([`crate::app`]). The reducer is
//! pure: it records what the user did, as typed. Results are derived from the state in
//! [`crate::derive`]; storage and the URL are written by effects, never from here.
//!
//! Each view has its own slice of the state in its own file (`estimate_form.rs`, …), with the
//! actions that change it.

pub mod claim_form;
mod csv_text;
mod date_text;
mod estimate_form;
mod field_error;
mod roster_form;
mod supply_chain_form;
mod view;

use std::cell::RefCell;
use std::rc::Rc;

use yew::Reducible;

use crate::share::LinkError;

pub use claim_form::{ClaimAction, ClaimForm};
pub use csv_text::{CsvAction, CsvText};
pub use date_text::{DatePart, DateText};
pub use estimate_form::{
    EntryMode, EstimateAction, EstimateField, EstimateForm, FinanceField, FinancesForm, GroupField,
    GroupForm, SchemeField, SchemeFlag, SchemeForm,
};
pub use field_error::{error_for, FieldError};
pub use roster_form::{RosterAction, RosterField, RosterForm};
pub use supply_chain_form::{FirmField, FirmForm, SupplyChainAction, SupplyChainForm};
pub use view::View;

/// Each view's answers sit behind an `Rc`: an action clones only the slice it changes, and a
/// view's props stay equal (no re-render) while another view is being edited.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub view: View,
    pub estimate: Rc<EstimateForm>,
    pub claim: Rc<ClaimForm>,
    pub roster: Rc<RosterForm>,
    pub supply_chain: Rc<SupplyChainForm>,
    /// Bumped each time the error summary should take focus (submit, attempted share). From
    /// the first request on, empty required fields count as errors too.
    pub error_focus_request: u32,
    /// Why the link the page was opened with could not be used, until the user dismisses it.
    pub link_problem: Option<LinkError>,
    /// The user asked for the roster's labels (possibly names) to go in its link.
    pub roster_link_has_names: bool,
}

impl AppState {
    /// Whether empty required fields are shown as errors: only once the user has submitted or
    /// tried to share, so that a fresh form is not a wall of red.
    pub fn show_missing(&self) -> bool {
        self.error_focus_request > 0
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ShowView(View),
    /// The user submitted a form or tried to share: show every problem and focus the summary.
    FocusErrors,
    Estimate(EstimateAction),
    Claim(ClaimAction),
    Roster(RosterAction),
    SupplyChain(SupplyChainAction),
    DismissLinkProblem,
    PutNamesInRosterLink(bool),
    /// "Clear my data": every answer back to its default (storage is cleared by the caller).
    ClearAll,
}

thread_local! {
    /// The state after the last action. Yew renders, and the drafts are written, after an action:
    /// a frame later when a long render yields to the browser. The page's `pagehide` handler
    /// writes the drafts of this state, so a reload or a closed tab in between keeps what was typed.
    static LATEST: RefCell<Option<Rc<AppState>>> = const { RefCell::new(None) };
}

/// The state after the last action, if there has been one.
pub fn latest_state() -> Option<Rc<AppState>> {
    LATEST.with(|latest| latest.borrow().clone())
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.next(action);
        LATEST.with(|latest| *latest.borrow_mut() = Some(next.clone()));
        next
    }
}

impl AppState {
    fn next(self: Rc<Self>, action: Action) -> Rc<Self> {
        if action == Action::ShowView(self.view) {
            return self;
        }
        let mut state = (*self).clone();
        match action {
            Action::ShowView(view) => state.view = view,
            Action::FocusErrors => state.error_focus_request = state.error_focus_request.wrapping_add(1).max(1),
            Action::Estimate(action) => Rc::make_mut(&mut state.estimate).apply(action),
            Action::Claim(action) => Rc::make_mut(&mut state.claim).apply(action),
            Action::Roster(action) => Rc::make_mut(&mut state.roster).apply(action),
            Action::SupplyChain(action) => Rc::make_mut(&mut state.supply_chain).apply(action),
            Action::DismissLinkProblem => state.link_problem = None,
            Action::PutNamesInRosterLink(yes) => state.roster_link_has_names = yes,
            Action::ClearAll => {
                state = AppState { view: state.view, ..AppState::default() };
            }
        }
        Rc::new(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: AppState, action: Action) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn showing_a_view_changes_only_the_view() {
        let state = reduce(AppState::default(), Action::ShowView(View::Claim));
        assert_eq!(state, AppState { view: View::Claim, ..AppState::default() });
    }

    #[test]
    fn showing_the_open_view_keeps_the_same_state_so_nothing_rerenders() {
        let before = Rc::new(AppState::default());
        let after = before.clone().reduce(Action::ShowView(View::Estimate));
        assert!(Rc::ptr_eq(&before, &after));
    }

    #[test]
    fn clearing_all_data_resets_every_answer_but_keeps_the_view() {
        let mut state = AppState { view: View::Claim, error_focus_request: 3, ..AppState::default() };
        Rc::make_mut(&mut state.estimate).apply(EstimateAction::Set(EstimateField::Headcount, "200".into()));
        let cleared = reduce(state, Action::ClearAll);
        assert_eq!(cleared, AppState { view: View::Claim, ..AppState::default() });
    }

    #[test]
    fn each_request_for_error_focus_is_a_new_request_and_shows_missing_answers() {
        assert!(!AppState::default().show_missing());
        let once = reduce(AppState::default(), Action::FocusErrors);
        let twice = reduce(once.clone(), Action::FocusErrors);
        assert_ne!(once.error_focus_request, twice.error_focus_request);
        assert!(once.show_missing() && twice.show_missing());
    }
}
