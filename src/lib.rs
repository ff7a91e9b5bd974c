//! The furlough calculator as a Yew app. Layers, from the bottom up:
//!
//! 1. the engines (`furlough_engine`: pure calculations, no browser);
//! 2. app state: [`state`] (what the user typed, one reducer), [`derive`] (answers → engine →
//!    figures, memoised at the root), [`messages`] (all user-facing text), [`format`] (all
//!    numbers and dates);
//! 3. [`components`] (shared pieces: form fields, charts) and [`views`] (one per part of the
//!    calculator), which show data and send actions back through callbacks;
//! 4. [`app`], the root that owns the state, and [`embedded_app`], the root of the calculator
//!    embedded in another site (the firm estimate alone); [`hooks`] connect them to the browser.
//!
//! Styles live in `styles/`, one file per concern.

// A panic in the wasm kills the page: nothing outside tests may unwrap (issue 2's rule).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod app;
pub mod clock;
pub mod components;
pub mod derive;
pub mod embed;
pub mod embedded_app;
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

use std::rc::Rc;

use hooks::address_bar::{calculator_home_url, page_url};
use share::fragment::Fragment;
use startup::OpenedWith;

pub use app::App;
pub use embedded_app::EmbeddedApp;

/// The id of the element the app renders into (see `index.html`).
pub const ROOT_ELEMENT_ID: &str = "app";

/// Renders the calculator into `#app` (or into `<body>` if a host page has no such element):
/// the embedded one when the page was opened with embed options, else the full one. The
/// fragment is read here, once, and given to the root.
pub fn mount() {
    let fragment = Rc::new(startup::page_fragment());
    if startup::opened_to_embed(&fragment) {
        render::<EmbeddedApp>(fragment);
    } else {
        render::<App>(fragment);
    }
}

/// `embed.html`'s entry point: renders the embedded calculator (the firm estimate alone).
/// Opened with another view's link, the page goes to that view in the full calculator instead
/// (unless it is itself the full calculator's address, as a server's directory page).
pub fn mount_embedded() {
    let fragment = Rc::new(startup::page_fragment());
    let home = calculator_home_url();
    let elsewhere = startup::full_calculator_for_other_view(&fragment, &home);
    let window = web_sys::window();
    let page = page_url();
    let at_home = page.split('?').next() == Some(home.as_str());
    if let (Some(target), Some(window), false) = (elsewhere, window, at_home) {
        if window.location().replace(&target).is_ok() {
            return;
        }
    }
    render::<EmbeddedApp>(fragment);
}

fn render<Root: yew::BaseComponent<Properties = OpenedWith>>(fragment: Rc<Fragment>) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(ROOT_ELEMENT_ID));
    let props = OpenedWith { fragment };
    match root {
        Some(root) => yew::Renderer::<Root>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<Root>::with_props(props).render(),
    };
}
