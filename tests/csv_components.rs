//! Browser tests of the pieces for spreadsheets and large tables: the CSV box and its swap
//! back, the list of rows left out, and the pages of a table.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use furlough_app::components::csv::{CsvInput, RowProblems};
use furlough_app::components::data_table::{pagination, PaginationProps};
use furlough_app::derive::row_problems::RowProblem;
use furlough_app::state::{CsvAction, CsvText};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;
use yew::prelude::*;
use yew::props;

mod browser_support;

use browser_support::{attribute, fresh_element};

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct BoxHostProps {
    csv: CsvText,
    actions: Rc<RefCell<Vec<CsvAction>>>,
}

#[function_component(BoxHost)]
fn box_host(props: &BoxHostProps) -> Html {
    let actions = props.actions.clone();
    html! {
        <CsvInput id="csv" label="Your roster" hint="One row per employee" file_label="Or choose a file"
            template="a,b\n" template_file_name="template.csv" csv={props.csv.clone()}
            error={Some(AttrValue::from("Paste your roster"))}
            on_action={Callback::from(move |action| actions.borrow_mut().push(action))} />
    }
}

#[wasm_bindgen_test]
async fn the_csv_box_ties_its_label_hint_and_error_and_offers_the_template_and_a_file() {
    let root = fresh_element();
    let props = BoxHostProps { csv: CsvText::default(), actions: Rc::default() };
    yew::Renderer::<BoxHost>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(attribute(&root, "label[for=csv]", "class").as_deref(), Some("label"));
    assert_eq!(attribute(&root, "textarea", "aria-describedby").as_deref(), Some("csv-hint csv-error"));
    assert_eq!(attribute(&root, "textarea", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(attribute(&root, "textarea", "wrap").as_deref(), Some("off"));
    assert_eq!(attribute(&root, "a[download]", "href").as_deref(), Some("data:text/csv;charset=utf-8,a%2Cb%0A"));
    assert_eq!(attribute(&root, "a[download]", "download").as_deref(), Some("template.csv"));
    assert_eq!(attribute(&root, "input[type=file]", "accept").as_deref(), Some(".csv,text/csv"));
    assert_eq!(attribute(&root, "label[for=csv-file]", "for").as_deref(), Some("csv-file"));
    assert!(root.query_selector(".notice").unwrap().is_none(), "nothing to swap back yet");
    root.remove();
}

#[wasm_bindgen_test]
async fn text_a_file_replaced_can_be_swapped_back() {
    let root = fresh_element();
    let actions = Rc::new(RefCell::new(Vec::new()));
    let mut csv = CsvText::default();
    csv.apply(CsvAction::Type("typed".into()));
    csv.apply(CsvAction::Load("from a file".into()));
    yew::Renderer::<BoxHost>::with_root_and_props(root.clone(), BoxHostProps { csv, actions: actions.clone() })
        .render();
    yew::scheduler::flush().await;

    let swap: HtmlElement = root.query_selector(".notice button").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(swap.text_content().unwrap(), "Swap back");
    swap.click();
    assert_eq!(actions.borrow().as_slice(), [CsvAction::SwapBack]);
    root.remove();
}

#[derive(Properties, PartialEq)]
struct ProblemsHostProps {
    problems: Vec<RowProblem>,
}

#[function_component(ProblemsHost)]
fn problems_host(props: &ProblemsHostProps) -> Html {
    html! { <RowProblems id="left-out" caption="Rows left out" problems={props.problems.clone()} /> }
}

#[wasm_bindgen_test]
async fn rows_left_out_are_listed_with_row_column_and_problem_and_can_take_focus() {
    let root = fresh_element();
    let problems = vec![
        RowProblem { row: 7, column: "age".into(), message: "Enter a whole number, like 12.".into() },
        RowProblem { row: 0, column: String::new(), message: "… and 3 more problems.".into() },
    ];
    yew::Renderer::<ProblemsHost>::with_root_and_props(root.clone(), ProblemsHostProps { problems }).render();
    yew::scheduler::flush().await;

    let list = root.query_selector("#left-out").unwrap().expect("the list");
    assert_eq!(list.get_attribute("tabindex").as_deref(), Some("-1"));
    assert_eq!(attribute(&root, ".table-scroll", "aria-label").as_deref(),
        Some("Rows left out (scroll sideways to see every column)"));
    let rows = root.query_selector_all("tbody tr").unwrap();
    assert_eq!(rows.item(0).unwrap().text_content().unwrap(), "7ageEnter a whole number, like 12.");
    assert_eq!(rows.item(1).unwrap().text_content().unwrap(), "… and 3 more problems.");
    root.remove();
}

#[derive(Properties, PartialEq)]
struct PagesHostProps {
    page: usize,
    pages: Rc<RefCell<Vec<usize>>>,
}

#[function_component(PagesHost)]
fn pages_host(props: &PagesHostProps) -> Html {
    let pages = props.pages.clone();
    html! {
        { pagination(&props!(PaginationProps {
            label: "Pages of the table", page: props.page, total: 120,
            on_page: Callback::from(move |page| pages.borrow_mut().push(page)),
        })) }
    }
}

#[wasm_bindgen_test]
async fn the_pages_say_which_rows_are_shown_and_buttons_that_lead_nowhere_do_nothing() {
    let root = fresh_element();
    let pages = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<PagesHost>::with_root_and_props(root.clone(), PagesHostProps { page: 0, pages: pages.clone() })
        .render();
    yew::scheduler::flush().await;

    assert_eq!(attribute(&root, "nav", "aria-label").as_deref(), Some("Pages of the table"));
    assert_eq!(root.query_selector(".pagination__range").unwrap().unwrap().text_content().unwrap(), "Showing 1 to 50 of 120");
    let buttons = root.query_selector_all("nav button").unwrap();
    let button = |i: u32| -> HtmlElement { buttons.item(i).unwrap().dyn_into().unwrap() };
    assert_eq!(button(1).get_attribute("aria-disabled").as_deref(), Some("true"), "no page before the first");
    button(1).click();
    button(2).click();
    button(3).click();
    assert_eq!(pages.borrow().as_slice(), [1, 2], "previous did nothing; next and last went on");
    root.remove();
}

/// A box whose text changes as the app's would: typed text and loaded files are applied, and
/// the test can put text in from outside (`outside`), as "Clear my data" or a link does.
#[derive(Properties, PartialEq)]
struct LiveBoxProps {
    outside: Rc<RefCell<Option<Callback<Rc<str>>>>>,
}

#[function_component(LiveBox)]
fn live_box(props: &LiveBoxProps) -> Html {
    let csv = use_state(CsvText::default);
    let on_action = {
        let csv = csv.clone();
        Callback::from(move |action| {
            let mut next = (*csv).clone();
            next.apply(action);
            csv.set(next);
        })
    };
    *props.outside.borrow_mut() = Some(on_action.reform(CsvAction::Load));
    html! {
        <CsvInput id="csv" label="Your roster" hint="One row per employee" file_label="Or choose a file"
            template="a,b\n" template_file_name="template.csv" csv={(*csv).clone()} {on_action} />
    }
}

#[wasm_bindgen_test]
async fn a_long_text_shown_for_editing_is_summarised_again_when_a_new_one_arrives_or_it_was_cleared() {
    let root = fresh_element();
    let outside = Rc::new(RefCell::new(None::<Callback<Rc<str>>>));
    yew::Renderer::<LiveBox>::with_root_and_props(root.clone(), LiveBoxProps { outside: outside.clone() }).render();
    yew::scheduler::flush().await;
    let put = |text: String| {
        let callback = outside.borrow().clone().expect("the box is rendered");
        callback.emit(text.into());
    };
    let summarised = || root.query_selector(".csv-input__summary").unwrap().is_some();
    let long = |cell: &str| format!("name,annual_pay\n{}", format!("{cell},30000\n").repeat(5_000));
    let type_in_box = |text: &str| {
        let area: web_sys::HtmlTextAreaElement = root.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap();
        area.set_value(text);
        area.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    };

    put(long("Ann"));
    yew::scheduler::flush().await;
    assert!(summarised(), "a long text arriving is summarised");
    let show: HtmlElement = root.query_selector(".csv-input__summary button").unwrap().unwrap().dyn_into().unwrap();
    show.click();
    yew::scheduler::flush().await;
    assert!(!summarised(), "shown when asked for");

    type_in_box(&long("Bea"));
    yew::scheduler::flush().await;
    assert!(!summarised(), "still shown while it is edited in the box");
    let under_the_limit = "name,annual_pay\nBo,30000\n".repeat(1_000);
    type_in_box(&under_the_limit);
    yew::scheduler::flush().await;
    type_in_box(&long("Bea"));
    yew::scheduler::flush().await;
    assert!(!summarised(), "still shown when an edit takes it under the limit and back over");

    put(long("Cal"));
    yew::scheduler::flush().await;
    assert!(summarised(), "a new long text from outside the box is summarised again");

    root.query_selector(".csv-input__summary button").unwrap().unwrap().dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    type_in_box("");
    yew::scheduler::flush().await;
    type_in_box(&long("Dee"));
    yew::scheduler::flush().await;
    assert!(summarised(), "a box emptied and filled again with a long text is summarised again");
    root.remove();
}
