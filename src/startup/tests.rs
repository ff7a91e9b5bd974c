use super::*;
use crate::test_support::{estimate_form, set, today};
use crate::share::estimate::link_payload;
use crate::share::LinkError;
use crate::state::{EstimateField, EstimateForm};

fn drafted_headcount(headcount: &str) -> AppState {
    AppState { estimate: Rc::new(estimate_form(vec![set(EstimateField::Headcount, headcount)])), ..AppState::default() }
}

#[test]
fn with_no_link_the_drafts_are_restored_in_the_fragment_s_view() {
    let state = state_for(&Fragment::parse("#claim"), drafted_headcount("12"), today());
    assert_eq!(state.view, View::Claim);
    assert_eq!(state.estimate.headcount, "12");
    assert_eq!(state.link_problem, None);
}

#[test]
fn a_link_s_answers_come_before_the_drafts() {
    let shared = estimate_form(vec![set(EstimateField::Headcount, "200")]);
    let fragment = Fragment::parse(&format!("#estimate/{}", link_payload(&shared).unwrap()));
    let state = state_for(&fragment, drafted_headcount("12"), today());
    assert_eq!(state.estimate.headcount, "200");
}

#[test]
fn a_damaged_link_opens_default_answers_with_a_message() {
    let state = state_for(&Fragment::parse("#estimate/v1.jeyJoIjoiMjAw"), drafted_headcount("12"), today());
    assert_eq!(state.link_problem, Some(LinkError::Damaged));
    assert_eq!(*state.estimate, EstimateForm::default());
}

#[test]
fn an_embedding_page_s_preset_is_chosen_when_there_is_no_link() {
    let state = state_for(&Fragment::parse("#estimate/embed/preset=cjrs-oct-2020"), AppState::default(), today());
    assert_eq!(state.estimate.preset, "cjrs-oct-2020");
    assert_eq!(state.estimate.scheme.gov_rate_pct, "60");
    assert!(state.embed.is_some());
}
