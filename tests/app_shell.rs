//! Browser tests of the page's frame: the app mounted into a fresh element, checked in the DOM.
#![cfg(target_arch = "wasm32")]

use furlough_app::messages::{text, CommonText};
use furlough_app::App;
use wasm_bindgen_test::*;

mod browser_support;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_element(id: &str) -> web_sys::Element {
    let document = gloo_utils::document();
    let element = document.create_element("div").unwrap();
    element.set_id(id);
    document.body().unwrap().append_child(&element).unwrap();
    element
}

#[wasm_bindgen_test]
async fn the_app_shows_its_title_intro_and_privacy_promise() {
    let root = fresh_element("shell-test");
    yew::Renderer::<App>::with_root_and_props(root.clone(), browser_support::opened_with_this_page()).render();
    yew::scheduler::flush().await;

    let h1 = root.query_selector("h1").unwrap().expect("a main heading");
    assert_eq!(h1.text_content().unwrap(), text(CommonText::AppTitle));
    let html = root.inner_html();
    assert!(html.contains(text(CommonText::PrivacyNote)), "privacy note missing: {html}");
    assert!(root.query_selector("main#main-content").unwrap().is_some(), "skip-link target missing");
}

#[wasm_bindgen_test]
fn the_crash_notice_replaces_the_app_with_a_reload_message() {
    let root = fresh_element(furlough_app::ROOT_ELEMENT_ID);
    root.set_inner_html("<p>stale figures</p>");

    furlough_app::panic_notice::show_notice(&gloo_utils::document());

    let html = root.inner_html();
    assert!(!html.contains("stale figures"), "the frozen app is still shown: {html}");
    assert!(html.contains(text(CommonText::CrashHeading)));
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert role");
    assert!(alert.text_content().unwrap().contains(text(CommonText::CrashBody)));
    root.remove();
}
