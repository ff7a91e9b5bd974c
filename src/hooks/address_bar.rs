//! The page's address: where links and embed snippets point, and the fragment a shared link
//! leaves behind.

use yew::AttrValue;

use crate::share::fragment::Fragment;

/// The page's address without its fragment: what links and embed snippets point at.
pub fn page_url() -> AttrValue {
    let href = web_sys::window().and_then(|window| window.location().href().ok()).unwrap_or_default();
    AttrValue::from(href.split('#').next().unwrap_or_default().to_string())
}

/// The full calculator's address, from either of its pages: the page's directory (the full
/// calculator is that directory's `index.html`; the embedded one is `embed.html` beside it).
pub fn calculator_home_url() -> AttrValue {
    let page = page_url();
    let page = page.split('?').next().unwrap_or_default();
    let directory = page.rfind('/').map_or(page, |slash| &page[..=slash]);
    AttrValue::from(directory.to_string())
}

/// Once a link's answers are in the state (and so in the drafts), the address bar goes back to
/// the plain view, so a reload shows the answers as edited since, not the link's again.
pub fn forget_link_in_address_bar(opened_with: &Fragment) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if opened_with.payload.is_none() {
        return;
    }
    let plain = Fragment::for_view(opened_with.view.unwrap_or_default(), None);
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&plain));
    }
}
