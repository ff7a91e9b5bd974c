//! The furlough calculator as a Yew app. Layers, from the bottom up:
//! the engines (`furlough_engine`, pure) → [`messages`] (all user-facing text) and [`format`]
//! (all numbers and dates) →
//! [`components`] (what is drawn) → [`app`] (the root). Styles live in `styles/`.

pub mod app;
pub mod components;
pub mod format;
pub mod messages;
pub mod panic_notice;

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
