//! Browser tests of the GOV.UK-style form components: label, hint and error wiring, the error
//! summary's focus, and that what is typed reaches the app untouched.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use furlough_app::components::form::{text_field, ErrorSummary, TextFieldProps};
use furlough_app::state::FieldError;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;
use yew::props;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_element() -> Element {
    let document = gloo_utils::document();
    let element = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

fn attribute(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap().and_then(|e| e.get_attribute(name))
}

#[derive(Properties, PartialEq)]
struct PayFieldProps {
    error: Option<AttrValue>,
    typed: Rc<RefCell<Vec<String>>>,
}

#[function_component(PayField)]
fn pay_field(props: &PayFieldProps) -> Html {
    let typed = props.typed.clone();
    html! {
        { text_field(&props!(TextFieldProps {
            id: "pay", label: "Average annual pay, in pounds", hint: "Before tax", prefix: "£",
            value: "1,234.5", error: props.error.clone(),
            on_input: Callback::from(move |text| typed.borrow_mut().push(text)),
        })) }
    }
}

#[wasm_bindgen_test]
async fn a_money_field_ties_its_label_hint_and_error_to_the_input() {
    let root = fresh_element();
    let props = PayFieldProps { error: Some("Enter an amount".into()), typed: Rc::default() };
    yew::Renderer::<PayField>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(attribute(&root, "label", "for").as_deref(), Some("pay"));
    assert_eq!(attribute(&root, "input", "aria-describedby").as_deref(), Some("pay-hint pay-error"));
    assert_eq!(attribute(&root, "input", "inputmode").as_deref(), Some("decimal"));
    assert_eq!(attribute(&root, "input", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(attribute(&root, ".input-prefix", "aria-hidden").as_deref(), Some("true"));
    let hint = root.query_selector("#pay-hint").unwrap().unwrap();
    assert_eq!(hint.text_content().unwrap(), "Before tax");
    let error = root.query_selector("#pay-error").unwrap().unwrap();
    assert_eq!(error.text_content().unwrap(), "Error: Enter an amount");
    let visually_hidden = error.query_selector(".visually-hidden").unwrap().unwrap();
    assert_eq!(visually_hidden.text_content().unwrap(), "Error: ");
    assert!(root.query_selector(".form-group--error").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_field_without_an_error_describes_itself_by_its_hint_only() {
    let root = fresh_element();
    let props = PayFieldProps { error: None, typed: Rc::default() };
    yew::Renderer::<PayField>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(attribute(&root, "input", "aria-describedby").as_deref(), Some("pay-hint"));
    assert_eq!(attribute(&root, "input", "aria-invalid"), None);
    assert!(root.query_selector("#pay-error").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn what_is_typed_reaches_the_app_exactly_as_typed() {
    let root = fresh_element();
    let typed = Rc::new(RefCell::new(Vec::new()));
    let props = PayFieldProps { error: None, typed: typed.clone() };
    yew::Renderer::<PayField>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let input: HtmlInputElement = root.query_selector("input").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(input.value(), "1,234.5");
    input.set_value(" £1,234.50x");
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;

    assert_eq!(typed.borrow().as_slice(), [" £1,234.50x".to_string()]);
}

#[derive(Properties, PartialEq)]
struct SummaryHostProps {
    focus_request: u32,
}

#[function_component(SummaryHost)]
fn summary_host(props: &SummaryHostProps) -> Html {
    let errors = vec![FieldError::new("summary-pay", "Enter your pay")];
    html! {
        <>
            <ErrorSummary {errors} focus_request={props.focus_request} />
            { text_field(&props!(TextFieldProps {
                id: "summary-pay", label: "Pay", value: "", on_input: Callback::noop(),
            })) }
        </>
    }
}

#[wasm_bindgen_test]
async fn the_error_summary_takes_focus_when_asked_and_its_links_focus_the_field() {
    let root = fresh_element();
    let hash_before = gloo_utils::window().location().hash().unwrap();
    yew::Renderer::<SummaryHost>::with_root_and_props(root.clone(), SummaryHostProps { focus_request: 1 })
        .render();
    yew::scheduler::flush().await;

    let summary = root.query_selector(".error-summary").unwrap().expect("a summary");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    let active = gloo_utils::document().active_element().unwrap();
    assert!(active.is_same_node(Some(&summary)), "the summary did not take focus");
    assert!(summary.text_content().unwrap().contains("There is a problem"));

    let link: HtmlElement = summary.query_selector("a").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#summary-pay"));
    link.click();
    let active = gloo_utils::document().active_element().unwrap();
    assert_eq!(active.id(), "summary-pay", "the link did not focus its field");
    assert!(root.contains(Some(&active)));
    assert_eq!(gloo_utils::window().location().hash().unwrap(), hash_before, "the link changed the URL");
}

#[function_component(UnorderedSummaryHost)]
fn unordered_summary_host() -> Html {
    // Checked in another order than the page's: the form's reading, then the engine's rules.
    let errors = vec![
        FieldError::new("order-cash", "Enter the cash"),
        FieldError::new("order-not-on-page", "A problem with no field here"),
        FieldError::new("order-headcount", "Enter the headcount"),
    ];
    // As on a page, the fields are already there when the summary is drawn: a second render.
    let renders = use_state(|| 0);
    {
        let renders = renders.clone();
        use_effect_with((), move |_| renders.set(1));
    }
    html! {
        <>
            <ErrorSummary {errors} focus_request={*renders} />
            { text_field(&props!(TextFieldProps {
                id: "order-headcount", label: "Headcount", value: "", on_input: Callback::noop(),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "order-cash", label: "Cash", value: "", on_input: Callback::noop(),
            })) }
        </>
    }
}

#[wasm_bindgen_test]
async fn the_error_summary_lists_errors_in_the_order_of_their_fields_on_the_page() {
    let root = fresh_element();
    yew::Renderer::<UnorderedSummaryHost>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let links = root.query_selector_all(".error-summary a").unwrap();
    let hrefs: Vec<String> = (0..links.length())
        .map(|i| links.item(i).unwrap().dyn_into::<web_sys::Element>().unwrap().get_attribute("href").unwrap())
        .collect();
    assert_eq!(hrefs, ["#order-headcount", "#order-cash", "#order-not-on-page"]);
    root.remove();
}
