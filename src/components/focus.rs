//! Moving keyboard focus to an element of the page by its id.

use wasm_bindgen::JsCast;

/// Focuses the element with this id, if it is on the page and can take focus. Used where an
/// action removes the control that had focus (a "Remove" button): focus goes to a control that
/// stays, the list's "Add" button, so keyboard and screen reader users are not left on the
/// page's body at its top (WCAG 2.4.3).
pub fn focus_element(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
