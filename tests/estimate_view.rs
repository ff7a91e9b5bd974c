//! Browser test of the firm estimate's main path: the whole app mounted, answers typed into the
//! quick mode, the figures shown; and a bad answer marked in place with the figures kept.
#![cfg(target_arch = "wasm32")]

use furlough_app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

mod browser_support;

wasm_bindgen_test_configure!(run_in_browser);

fn type_into(root: &Element, id: &str, typed: &str) {
    let input: HtmlInputElement = root
        .query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap_or_else(|| panic!("no input #{id}"))
        .dyn_into()
        .unwrap();
    input.set_value(typed);
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
}

fn card_value(root: &Element, label: &str) -> String {
    let cards = root.query_selector_all(".card").unwrap();
    (0..cards.length())
        .filter_map(|i| cards.get(i).and_then(|node| node.dyn_into::<Element>().ok()))
        .find(|card| card.query_selector(".card__label").unwrap().unwrap().text_content().unwrap() == label)
        .and_then(|card| card.query_selector(".card__value").unwrap())
        .map(|value| value.text_content().unwrap())
        .unwrap_or_else(|| panic!("no card {label:?}"))
}

#[wasm_bindgen_test]
async fn typing_the_quick_questions_shows_the_figures_and_a_typo_keeps_them_marked_out_of_date() {
    let document = gloo_utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), browser_support::opened_with_this_page()).render();
    yew::scheduler::flush().await;

    assert!(root.query_selector(".card").unwrap().is_none(), "no figures before any answer");
    for (id, typed) in [
        ("headcount", "200"),
        ("average-pay", "£32,000"),
        ("lost-output-pct", "60"),
        ("shutdown-weeks", "6"),
        ("finances-cash-reserves", "600,000"),
    ] {
        type_into(&root, id, typed);
        yew::scheduler::flush().await;
    }
    assert_eq!(card_value(&root, "Jobs at risk without a scheme"), "200");
    assert_eq!(card_value(&root, "Jobs saved by the scheme"), "200");
    assert_eq!(card_value(&root, "Government cost per job saved"), "£1,772.28");
    assert!(root.query_selector(".error-summary").unwrap().is_none());

    type_into(&root, "shutdown-weeks", "six");
    yew::scheduler::flush().await;
    let error = root.query_selector("#shutdown-weeks-error").unwrap().expect("an error by the field");
    assert!(error.text_content().unwrap().contains("whole number"));
    let input = root.query_selector("#shutdown-weeks").unwrap().unwrap();
    assert_eq!(input.get_attribute("aria-describedby").as_deref(), Some("shutdown-weeks-hint shutdown-weeks-error"));
    assert!(root.query_selector(".notice--warning").unwrap().is_some(), "figures not marked out of date");
    assert_eq!(card_value(&root, "Jobs saved by the scheme"), "200", "the last figures are kept");
    let pay: HtmlInputElement = root.query_selector("#average-pay").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(pay.value(), "£32,000");
    assert_eq!(document.title(), "Error: Furlough and jobs-at-risk calculator");
    root.remove();
}
