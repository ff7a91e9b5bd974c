//! The furlough calculator as a Yew app. Layers, from the bottom up:
//!
//! 1. the engines (`furlough_engine`: pure calculations, no browser);
//! 2. app state: [`state`] (what the user typed, one reducer), [`derive`] (answers → engine →
//!    figures, memoised at the root), [`messages`] (all user-facing text), [`format`] (all
//!    numbers and dates);
//! 3. [`components`] (shared pieces: form fields, charts) and [`views`] (one per part of the
//!    calculator), which show data and send actions back through callbacks;
//! 4. [`app`], the root that owns the state; [`hooks`] connect it to the browser.
//!
//! Styles live in `styles/`, one file per concern.

// A panic in the wasm kills the page: nothing outside tests may unwrap (issue 2's rule).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod app;
pub mod clock;
pub mod components;
pub mod derive;
pub mod embed;
pub mod format;
pub mod hooks;
pub mod messages;
pub mod panic_notice;
pub mod share;
pub mod startup;
pub mod state;
pub mod views;

#[cfg(test)]
mod test_support;

pub use app::App;

/// The id of the element the app renders into (see `index.html`).
pub const ROOT_ELEMENT_ID: &str = "app";

/// Renders the app into `#app`, or into `<body>` if a host page has no such element.
pub fn mount() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(ROOT_ELEMENT_ID));
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
