//! Browser tests of the employee roster view: a roster with a bad row shown as the root would
//! show it, and what the user types sent back untouched.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use furlough_app::derive::roster::{derive_roster, read_roster_text};
use furlough_app::state::{CsvAction, RosterAction, RosterField, RosterForm};
use furlough_app::views::roster::RosterViewProps;
use furlough_app::views::RosterView;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

mod browser_support;

use browser_support::{current, fresh_element, recorder, text_of};

wasm_bindgen_test_configure!(run_in_browser);

/// The spec's worked example, 200 people, with a bad row at line 102.
fn roster() -> String {
    let mut csv = String::from("label,annual_pay,age,years_service\n");
    for row in 2..=201 {
        csv.push_str("Line,32000,40,8\n");
        if row == 101 {
            csv.push_str("Line,32k,40,8\n");
        }
    }
    csv
}

fn props(actions: Rc<RefCell<Vec<RosterAction>>>) -> RosterViewProps {
    let mut form = RosterForm::default();
    form.apply(RosterAction::Csv(CsvAction::Type(roster().into())));
    form.apply(RosterAction::Set(RosterField::LostOutput, "60".into()));
    form.apply(RosterAction::Set(RosterField::ShutdownWeeks, "6".into()));
    form.apply(RosterAction::Set(RosterField::CashReserves, "600000".into()));
    let file = Rc::new(read_roster_text(&form.csv.text));
    let today = furlough_app::clock::today();
    let figures = derive_roster(&form, &file, today).unwrap();
    RosterViewProps {
        form: Rc::new(form),
        today,
        file,
        shown: current(figures),
        show_missing: false,
        focus_request: 0,
        on_action: recorder(actions),
        on_submit: Callback::noop(),
    }
}

#[wasm_bindgen_test]
async fn the_roster_view_shows_the_figures_the_rows_left_out_and_a_page_of_employees() {
    let root = fresh_element();
    yew::Renderer::<RosterView>::with_root_and_props(root.clone(), props(Rc::default())).render();
    yew::scheduler::flush().await;

    let area: HtmlTextAreaElement = root.query_selector("#roster-csv").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(area.value(), roster());
    assert!(text_of(&root, ".row-problems tbody tr").starts_with("102annual_pay"));
    assert!(text_of(&root, ".error-summary").contains("Row 102, annual_pay: "));
    let figures = text_of(&root, ".figures");
    assert!(figures.contains("Cost to the government£354,456.00"), "{figures}");
    assert!(figures.contains("Jobs saved200"), "{figures}");
    assert_eq!(root.query_selector_all(".employee-table tbody tr").unwrap().length(), 50);

    let next: HtmlElement = root
        .query_selector_all(".pagination button")
        .unwrap()
        .item(2)
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(next.text_content().unwrap(), "Next page");
    next.click();
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".pagination__range"), "Showing 51 to 100 of 200");
    assert_eq!(text_of(&root, ".employee-table tbody tr th"), "52");
    root.remove();
}

#[wasm_bindgen_test]
async fn what_is_pasted_or_typed_goes_back_to_the_app_untouched() {
    let root = fresh_element();
    let actions = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<RosterView>::with_root_and_props(root.clone(), props(actions.clone())).render();
    yew::scheduler::flush().await;

    let area: HtmlTextAreaElement = root.query_selector("#roster-csv").unwrap().unwrap().dyn_into().unwrap();
    area.set_value("label,annual_pay\n A ,£1 ");
    area.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    let lost: HtmlInputElement =
        root.query_selector("#roster-lost-output-pct").unwrap().unwrap().dyn_into().unwrap();
    lost.set_value(" 60 %");
    lost.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    yew::scheduler::flush().await;

    assert_eq!(
        actions.borrow().as_slice(),
        [
            RosterAction::Csv(CsvAction::Type("label,annual_pay\n A ,£1 ".into())),
            RosterAction::Set(RosterField::LostOutput, " 60 %".into()),
        ]
    );
    root.remove();
}
