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
fn an_embedding_page_s_preset_is_chosen_over_the_draft_when_there_is_no_link() {
    let fragment = Fragment::parse("#estimate/embed/preset=cjrs-oct-2020");
    let embed = embed_options(&fragment);
    assert_eq!(embed.preset.map(|preset| preset.id()), Some("cjrs-oct-2020"));
    let draft = estimate_form(vec![set(EstimateField::Headcount, "12")]);
    let state = embedded_state_for(&fragment, Some(draft), &embed, today());
    assert_eq!(state.estimate.preset, "cjrs-oct-2020");
    assert_eq!(state.estimate.scheme.gov_rate_pct, "60");
    assert_eq!(state.estimate.headcount, "12");
}

#[test]
fn the_embedded_calculator_opens_an_estimate_link_and_says_when_one_is_damaged() {
    let shared = estimate_form(vec![set(EstimateField::Headcount, "200")]);
    let fragment = Fragment::parse(&format!("#estimate/{}/embed/preset=cjrs-oct-2020", link_payload(&shared).unwrap()));
    let opened = embedded_state_for(&fragment, None, &embed_options(&fragment), today());
    assert_eq!(opened.estimate.headcount, "200");
    assert_eq!(opened.estimate.preset, shared.preset, "the link's scheme, not the host's preset");

    let damaged = Fragment::parse("#estimate/v1.jeyJoIjoiMjAw/embed");
    let damaged = embedded_state_for(&damaged, None, &embed_options(&damaged), today());
    assert_eq!(damaged.link_problem, Some(LinkError::Damaged));
    assert_eq!(*damaged.estimate, EstimateForm::default());
}

#[test]
fn the_embedded_calculator_given_another_view_s_link_shows_its_draft_with_the_host_s_preset() {
    let draft = || Some(estimate_form(vec![set(EstimateField::Headcount, "12")]));
    let plain = embedded_state_for(&Fragment::parse(""), draft(), &Embed::default(), today());
    assert_eq!((plain.view, plain.estimate.headcount.as_str()), (View::Estimate, "12"));
    let fragment = Fragment::parse("#claim/v1.jeyJoIjoiMjAw/embed/preset=cjrs-oct-2020");
    let claim_link = embedded_state_for(&fragment, draft(), &embed_options(&fragment), today());
    assert_eq!((claim_link.estimate.headcount.as_str(), claim_link.link_problem), ("12", None));
    assert_eq!(claim_link.estimate.preset, "cjrs-oct-2020");
}

#[test]
fn embed_html_opened_with_another_view_s_link_sends_it_to_the_full_calculator() {
    let home = "https://example.org/calculator/";
    let claim = Fragment::parse("#claim/v1.jeyJoIjoiMjAw/embed/preset=cjrs-oct-2020");
    assert_eq!(
        full_calculator_for_other_view(&claim, home).as_deref(),
        Some("https://example.org/calculator/#claim/v1.jeyJoIjoiMjAw")
    );
    let roster = Fragment::parse("#roster");
    assert_eq!(full_calculator_for_other_view(&roster, home).as_deref(), Some("https://example.org/calculator/#roster"));
    for own in ["", "#estimate", "#estimate/v1.jeyJoIjoiMjAw", "#embed/preset=cjrs-oct-2020"] {
        assert_eq!(full_calculator_for_other_view(&Fragment::parse(own), home), None, "{own}");
    }
}
