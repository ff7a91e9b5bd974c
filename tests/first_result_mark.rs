//! Browser tests of the first-result mark that `make bench` reads as the app's load time: set
//! once the result is on screen, never before it and never again.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::fresh_element;
use furlough_app::hooks::{use_first_result_mark, FIRST_RESULT_MARK};
use wasm_bindgen_test::*;
use web_sys::{Element, Performance};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn performance() -> Performance {
    gloo_utils::window().performance().unwrap()
}

fn marks() -> u32 {
    performance().get_entries_by_name_with_entry_type(FIRST_RESULT_MARK, "mark").length()
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    result: Option<AttrValue>,
}

/// A view that shows a result when it has one, as the app's views do.
#[function_component(View)]
fn view(props: &ViewProps) -> Html {
    use_first_result_mark(props.result.is_some());
    html! { <p class="result">{ props.result.clone().unwrap_or_default() }</p> }
}

async fn mount(result: Option<&'static str>) -> Element {
    let root = fresh_element();
    let props = ViewProps { result: result.map(AttrValue::from) };
    yew::Renderer::<View>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn the_mark_is_set_once_a_result_is_on_screen_and_never_again() {
    performance().clear_marks_with_mark_name(FIRST_RESULT_MARK);

    mount(None).await;
    assert_eq!(marks(), 0, "no result on screen, no mark");

    let root = mount(Some("£354,456.00")).await;
    assert_eq!(root.text_content().unwrap(), "£354,456.00");
    assert_eq!(marks(), 1, "the first result sets the mark");

    mount(Some("£1,772.28")).await;
    assert_eq!(marks(), 1, "a later result keeps the first mark");
}
