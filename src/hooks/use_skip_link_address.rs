//! The skip link (`index.html`'s "Skip to main content", `href="#main-content"`) is a jump
//! within the page, not a new address: followed by the browser, it replaced the view's fragment
//! (`#roster`, or an embedded calculator's options), so a reload opened another view, and it
//! added a step to the history. Like the error summary's links, it moves focus itself.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The id of the page's main content, the skip link's target.
pub const MAIN_CONTENT_ID: &str = "main-content";

/// Follows the skip link without the browser's jump: focus goes to the main content (which
/// takes focus: `tabindex="-1"`, and scrolls into view as it does), the address stays.
#[hook]
pub fn use_skip_link_keeps_address() {
    use_effect_with((), |_| {
        let link = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.query_selector("a.skip-link").ok().flatten());
        let listener = link.map(|link| {
            EventListener::new_with_options(&link, "click", EventListenerOptions::enable_prevent_default(), |event| {
                let main = web_sys::window()
                    .and_then(|window| window.document())
                    .and_then(|document| document.get_element_by_id(MAIN_CONTENT_ID))
                    .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(main) = main {
                    event.prevent_default();
                    let _ = main.focus();
                }
            })
        });
        move || drop(listener)
    });
}
