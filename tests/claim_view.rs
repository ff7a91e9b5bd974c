//! Browser tests of the CJRS claim view, mounted with the app's state and derive as at the
//! root: what is typed reaches the form, errors sit next to their fields and in the summary,
//! questions appear when they apply, and a public case shows HMRC's amount.
#![cfg(target_arch = "wasm32")]

use furlough_app::derive::claim::derive_claim;
use furlough_app::derive::use_shown;
use furlough_app::state::{Action, AppState};
use furlough_app::views::{claim_view, ClaimViewProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;
use yew::props;

wasm_bindgen_test_configure!(run_in_browser);

/// The claim view with the app's reducer, memoised derive and last-valid figures.
#[function_component(Host)]
fn host() -> Html {
    let state = use_reducer(AppState::default);
    let claim = use_memo(state.claim.clone(), |form| derive_claim(form));
    let shown = use_shown(claim);
    let on_action = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(Action::Claim(action)))
    };
    let on_submit = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::FocusErrors))
    };
    html! {
        { claim_view(&props!(ClaimViewProps {
            form: state.claim.clone(), today: chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(), shown,
            show_missing: state.show_missing(), focus_request: state.error_focus_request, on_action, on_submit,
        })) }
    }
}

/// A fresh view, alone in the page: an earlier test's view is taken out first, so that lookups
/// by id (the error summary's links) find this one's fields.
async fn mounted() -> Element {
    let document = gloo_utils::document();
    if let Some(earlier) = document.query_selector("[data-test-root]").unwrap() {
        earlier.remove();
    }
    let root = document.create_element("div").unwrap();
    root.set_attribute("data-test-root", "").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Host>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn attribute(root: &Element, selector: &str, name: &str) -> Option<String> {
    find(root, selector).and_then(|element| element.get_attribute(name))
}

fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector).and_then(|element| element.text_content()).unwrap_or_default()
}

async fn type_into(root: &Element, id: &str, text: &str) {
    let input: HtmlInputElement = find(root, &format!("#{id}")).expect(id).dyn_into().unwrap();
    input.set_value(text);
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    yew::scheduler::flush().await;
}

async fn type_date(root: &Element, id: &str, [day, month, year]: [&str; 3]) {
    type_into(root, &format!("{id}-day"), day).await;
    type_into(root, &format!("{id}-month"), month).await;
    type_into(root, &format!("{id}-year"), year).await;
}

async fn click(root: &Element, selector: &str) {
    let element: HtmlElement = find(root, selector).expect(selector).dyn_into().unwrap();
    element.click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_date_that_is_not_real_is_shown_next_to_its_boxes_and_in_the_summary() {
    let root = mounted().await;
    assert_eq!(attribute(&root, "label[for=claim-start-day]", "for").as_deref(), Some("claim-start-day"));
    assert_eq!(text_of(&root, "#claim-start legend"), "When does the claim period start?");
    type_date(&root, "claim-start", ["31", "11", "2020"]).await;

    assert_eq!(text_of(&root, "#claim-start-error"), "Error: The claim start date must be a real date, like 27 3 2020");
    assert_eq!(
        attribute(&root, "#claim-start", "aria-describedby").as_deref(),
        Some("claim-start-hint claim-start-error")
    );
    assert_eq!(attribute(&root, "#claim-start-month", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(attribute(&root, ".error-summary a", "href").as_deref(), Some("#claim-start"));
    let input: HtmlInputElement = find(&root, "#claim-start-day").unwrap().dyn_into().unwrap();
    assert_eq!(input.value(), "31", "what was typed stays as typed");
}

#[wasm_bindgen_test]
async fn a_date_with_one_wrong_box_marks_that_box_only_and_the_summary_goes_to_it() {
    let root = mounted().await;
    type_date(&root, "claim-start", ["1", "13", "2020"]).await;
    assert_eq!(attribute(&root, "#claim-start-month", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(attribute(&root, "#claim-start-day", "aria-invalid"), None);
    assert_eq!(attribute(&root, "#claim-start-year", "aria-invalid"), None);
    click(&root, ".error-summary a[href='#claim-start']").await;
    let active = gloo_utils::document().active_element().expect("focus");
    assert_eq!(active.id(), "claim-start-month");
}

#[wasm_bindgen_test]
async fn questions_appear_only_when_the_answers_before_them_make_them_apply() {
    let root = mounted().await;
    assert!(find(&root, "#furlough-end").is_none());
    assert!(find(&root, "#regular-pay").is_none());
    assert!(find(&root, "#nic-category").is_none());
    click(&root, "#furlough-ended-yes").await;
    assert!(find(&root, "#furlough-end").is_some(), "the end date once the furlough has ended");
    click(&root, "#pay-method-variable").await;
    assert!(find(&root, "#variable-total").is_some());
    assert!(find(&root, "#last-year-payments").is_none(), "last year's pay only for those who qualify");
    click(&root, "#employee-started-on-or-before").await;
    assert!(find(&root, "#last-year-payments").is_some());
    type_date(&root, "claim-start", ["1", "6", "2020"]).await;
    type_date(&root, "claim-end", ["30", "6", "2020"]).await;
    assert!(find(&root, "#nic-category").is_some(), "NIC and pension before August 2020");
    assert!(find(&root, "#topped-up").is_some(), "top-ups before July 2020");
    assert!(find(&root, "#worked-during-claim").is_none(), "no flexible furlough before July 2020");
}

#[wasm_bindgen_test]
async fn a_public_case_typed_into_the_view_shows_hmrcs_amount_and_its_pay_periods() {
    // HMRC's case e2e-aug2020-no-nic-pension: August 2020, £2,000 a month, furloughed all month.
    let root = mounted().await;
    type_date(&root, "claim-start", ["1", "8", "2020"]).await;
    type_date(&root, "claim-end", ["31", "8", "2020"]).await;
    type_date(&root, "furlough-start", ["1", "8", "2020"]).await;
    click(&root, "#furlough-ended-no").await;
    click(&root, "#pay-frequency-monthly").await;
    click(&root, "#pay-method-regular").await;
    type_into(&root, "regular-pay", "2000").await;
    type_date(&root, "pay-period-0-end", ["31", "7", "2020"]).await;
    type_date(&root, "pay-period-1-end", ["31", "8", "2020"]).await;
    click(&root, "#worked-during-claim-no").await;

    assert_eq!(text_of(&root, "#claim-amount"), "£1,600.00");
    assert!(text_of(&root, ".summary-list").contains("Not applicable"));
    assert!(find(&root, "#nic-category").is_none());
    let rows = root.query_selector_all(".claim-table tbody tr").unwrap();
    assert_eq!(rows.length(), 1);
    assert_eq!(text_of(&root, ".claim-table tbody th"), "1 August 2020 to 31 August 2020");
    assert_eq!(attribute(&root, ".table-scroll", "tabindex").as_deref(), Some("0"));
    assert!(find(&root, ".error-summary").is_none());
}

#[wasm_bindgen_test]
async fn submitting_an_unfinished_claim_shows_what_is_missing_and_focuses_the_summary() {
    let root = mounted().await;
    assert!(find(&root, ".error-summary").is_none(), "a fresh form is not a wall of red");
    click(&root, "button[type=submit]").await;
    yew::scheduler::flush().await;

    let summary = find(&root, ".error-summary").expect("a summary");
    let active = gloo_utils::document().active_element().expect("focus");
    assert!(active.is_same_node(Some(&summary)));
    assert_eq!(text_of(&root, "#pay-frequency-error"), "Error: Select how often the employee is paid");
    assert_eq!(text_of(&root, "#pay-period-1-end-error"), "Error: End of pay period 1: Enter the end date of this pay period, or remove it");
}

#[wasm_bindgen_test]
async fn the_printed_answers_leave_out_an_answer_whose_question_no_longer_applies() {
    let root = mounted().await;
    type_date(&root, "claim-start", ["1", "6", "2020"]).await;
    type_date(&root, "claim-end", ["30", "6", "2020"]).await;
    click(&root, "#topped-up-no").await;
    let printed = || text_of(&root, ".answers-summary");
    assert!(printed().contains("1 June 2020"), "{}", printed());
    assert!(printed().contains("Did the employer top up"), "a June 2020 claim asks about top-ups: {}", printed());

    // From July 2020 the top-up question is not asked, and its answer no longer counts.
    type_date(&root, "claim-start", ["1", "7", "2020"]).await;
    type_date(&root, "claim-end", ["31", "7", "2020"]).await;
    assert!(find(&root, "#topped-up").is_none());
    assert!(printed().contains("1 July 2020"), "{}", printed());
    assert!(!printed().contains("Did the employer top up"), "{}", printed());
}
