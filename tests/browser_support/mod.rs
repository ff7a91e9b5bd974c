//! What the browser tests of the views share: a fresh element to mount into, and reading the
//! DOM back. Each test file uses what it needs of it.
#![allow(dead_code)]

use std::cell::RefCell;
use std::rc::Rc;

use furlough_app::derive::{Problems, Shown};
use web_sys::Element;
use yew::Callback;

/// A new `<div>` at the end of the page's body.
pub fn fresh_element() -> Element {
    let document = gloo_utils::document();
    let element = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

/// An attribute of the first element matching `selector`, if both are there.
pub fn attribute(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap().and_then(|e| e.get_attribute(name))
}

/// The text of the first element matching `selector` (panics if there is none).
pub fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap()
}

/// Figures as the root shows them when the answers are current.
pub fn current<T>(figures: Rc<T>) -> Shown<T> {
    Shown { figures: Some(figures), out_of_date: false, problems: Problems::default() }
}

/// A callback that records every action it is sent.
pub fn recorder<A: 'static>(actions: Rc<RefCell<Vec<A>>>) -> Callback<A> {
    Callback::from(move |action| actions.borrow_mut().push(action))
}

/// A root's props as the page's entry makes them: this test page's fragment.
pub fn opened_with_this_page() -> furlough_app::startup::OpenedWith {
    furlough_app::startup::OpenedWith { fragment: Rc::new(furlough_app::startup::page_fragment()) }
}
