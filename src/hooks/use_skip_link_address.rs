//! The skip link (`index.html`'s "Skip to main content", `href="#main-content"`) is a jump
//! within the page, not a new address: without this, following it replaced the view's
//! fragment (`#roster`, or an embedded calculator's options), so a reload opened another view.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The id of the page's main content, the skip link's target.
pub const MAIN_CONTENT_ID: &str = "main-content";

/// After the skip link is followed, puts the address it replaced back (the browser has already
/// moved focus to the main content, which is what the link is for).
#[hook]
pub fn use_skip_link_keeps_address() {
    use_effect_with((), |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", |event| {
                let Some(change) = event.dyn_ref::<web_sys::HashChangeEvent>() else {
                    return;
                };
                let Some(window) = web_sys::window() else {
                    return;
                };
                if window.location().hash().ok().as_deref() == Some(&format!("#{MAIN_CONTENT_ID}")) {
                    if let Ok(history) = window.history() {
                        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&change.old_url()));
                    }
                }
            })
        });
        move || drop(listener)
    });
}
