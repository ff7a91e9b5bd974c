//! Browser tests of putting off the workings until the headline figures are painted: the first
//! render holds only what is needed at once, the rest follows once the browser has painted.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::fresh_element;
use furlough_app::hooks::use_after_first_paint;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Figures at once, workings after the first paint, as the firm estimate's results.
#[function_component(Results)]
fn results() -> Html {
    let painted = use_after_first_paint();
    html! {
        <>
            <p class="figures">{ "£354,456.00" }</p>
            if painted { <p class="workings">{ "Week by week" }</p> }
        </>
    }
}

async fn mount() -> Element {
    let root = fresh_element();
    yew::Renderer::<Results>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// Waits `ms` milliseconds on the browser's clock, letting it run frames meanwhile.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo_utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn the_first_render_holds_the_figures_and_the_workings_follow_after_a_paint() {
    let root = mount().await;
    assert!(root.query_selector(".figures").unwrap().is_some(), "the figures are in the first render");
    assert!(root.query_selector(".workings").unwrap().is_none(), "the workings wait for a paint");

    // Time for an animation frame (headless Chromium paints about every 16 ms) and the
    // timeout queued from it.
    sleep(100).await;
    yew::scheduler::flush().await;
    assert!(root.query_selector(".workings").unwrap().is_some(), "the workings follow the paint");
}
