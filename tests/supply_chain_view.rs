//! Browser tests of the supply-chain view: the template's firms shown as the root would show
//! them, and the table's cells and buttons sending their actions.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use furlough_app::derive::supply_chain::derive_supply_chain;
use furlough_app::state::{CsvAction, FirmField, SupplyChainAction, SupplyChainForm};
use furlough_app::views::supply_chain::SupplyChainViewProps;
use furlough_app::views::SupplyChainView;
use furlough_engine::estimate::SUPPLY_CHAIN_TEMPLATE;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

mod browser_support;

use browser_support::{current, fresh_element, recorder};

wasm_bindgen_test_configure!(run_in_browser);

fn props(actions: Rc<RefCell<Vec<SupplyChainAction>>>) -> SupplyChainViewProps {
    let mut form = SupplyChainForm::default();
    form.apply(SupplyChainAction::Csv(CsvAction::Type(SUPPLY_CHAIN_TEMPLATE.into())));
    let today = furlough_app::clock::today();
    let figures = derive_supply_chain(&form, today).unwrap();
    SupplyChainViewProps {
        form: Rc::new(form),
        today,
        shown: current(figures),
        show_missing: false,
        focus_request: 0,
        on_action: recorder(actions),
        on_submit: Callback::noop(),
    }
}

#[wasm_bindgen_test]
async fn the_supply_chain_view_shows_the_totals_the_outcomes_and_each_firm() {
    let root = fresh_element();
    yew::Renderer::<SupplyChainView>::with_root_and_props(root.clone(), props(Rc::default())).render();
    yew::scheduler::flush().await;

    // The template's totals, hand-checked in src/derive/supply_chain/tests.rs.
    let totals = root.query_selector(".figures").unwrap().unwrap().text_content().unwrap();
    assert!(totals.contains("Firms in the totals3"), "{totals}");
    assert!(totals.contains("Cost to the government£600,917.76"), "{totals}");
    assert!(totals.contains("Government cost per job saved£1,877.87"), "{totals}");
    let outcomes = root.query_selector(".table--outcomes tbody").unwrap().unwrap().text_content().unwrap();
    assert_eq!(outcomes, "Safe13Layoffs00Insolvency20");
    let firms = root.query_selector_all(".firm-results tbody tr").unwrap();
    assert_eq!(firms.length(), 3);
    let first = firms.item(0).unwrap().text_content().unwrap();
    assert!(first.starts_with("Example Pressings LtdFile, row 6200120Insolvency200Safe0£354,456.00"), "{first}");
    root.remove();
}

#[wasm_bindgen_test]
async fn each_cell_is_labelled_by_column_and_row_and_sends_what_is_typed() {
    let root = fresh_element();
    let actions = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<SupplyChainView>::with_root_and_props(root.clone(), props(actions.clone())).render();
    yew::scheduler::flush().await;

    let label = root.query_selector("label[for=firm-0-employees]").unwrap().unwrap();
    assert_eq!(label.text_content().unwrap(), "Employees, row 1");
    assert!(label.get_attribute("class").unwrap().contains("visually-hidden"));
    let cell: HtmlInputElement = root.query_selector("#firm-0-employees").unwrap().unwrap().dyn_into().unwrap();
    cell.set_value("1,200 ");
    cell.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    let add: HtmlElement = root.query_selector("#supply-chain-add-firm").unwrap().unwrap().dyn_into().unwrap();
    add.click();
    yew::scheduler::flush().await;

    assert_eq!(
        actions.borrow().as_slice(),
        [
            SupplyChainAction::SetFirm { key: 0, field: FirmField::Employees, text: "1,200 ".into() },
            SupplyChainAction::AddFirm,
        ]
    );
    root.remove();
}
