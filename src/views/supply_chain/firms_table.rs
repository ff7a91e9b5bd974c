use yew::prelude::*;

use super::firm_row::{firm_row_inputs, FirmRow};
use crate::components::focus::focus_element;
use crate::components::{table_scroll, TableTitle};
use crate::derive::supply_chain::{cell_id, ADD_FIRM_ID};
use crate::messages::{text, SupplyChainText};
use crate::state::{FieldError, FirmField, FirmForm, SupplyChainAction};

#[derive(Properties, PartialEq)]
pub struct FirmsTableProps {
    pub firms: Vec<FirmForm>,
    /// The key the next added firm gets, so its first cell can take focus.
    pub next_key: u32,
    pub errors: Vec<FieldError>,
    pub on_action: Callback<SupplyChainAction>,
}

/// The column headers, in the order of [`FirmField::ALL`].
pub const FIELD_COLUMNS: [SupplyChainText; 6] = [
    SupplyChainText::ColumnName,
    SupplyChainText::ColumnEmployees,
    SupplyChainText::ColumnAveragePay,
    SupplyChainText::ColumnLostOutput,
    SupplyChainText::ColumnShutdownWeeks,
    SupplyChainText::ColumnCashReserves,
];

/// The firms typed in, one editable row each. A new row's first cell takes focus; removing a
/// row moves focus to "Add a firm", so keyboard users are never left on nothing.
#[function_component(FirmsTable)]
pub fn firms_table(props: &FirmsTableProps) -> Html {
    let focus_after_render = use_mut_ref(|| None::<String>);
    {
        let focus_after_render = focus_after_render.clone();
        use_effect_with(props.firms.len(), move |_| {
            if let Some(id) = focus_after_render.borrow_mut().take() {
                focus_element(&id);
            }
        });
    }
    let on_add = {
        let on_action = props.on_action.clone();
        let focus_after_render = focus_after_render.clone();
        let new_cell = cell_id(props.next_key, FirmField::Name);
        Callback::from(move |_: MouseEvent| {
            *focus_after_render.borrow_mut() = Some(new_cell.clone());
            on_action.emit(SupplyChainAction::AddFirm);
        })
    };
    let on_remove = {
        let on_action = props.on_action.clone();
        Callback::from(move |key| {
            *focus_after_render.borrow_mut() = Some(ADD_FIRM_ID.to_string());
            on_action.emit(SupplyChainAction::RemoveFirm { key });
        })
    };
    let caption = text(SupplyChainText::FirmsCaption);
    html! {
        <>
            <h3 class="heading-m">{ text(SupplyChainText::FirmsHeading) }</h3>
            if props.firms.is_empty() {
                <p>{ text(SupplyChainText::NoFirmRows) }</p>
            } else {
                { table_scroll(caption, TableTitle::Shown, html! {
                    <table class="table table--inputs">
                        <caption class="visually-hidden">{ caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="table__header">{ text(SupplyChainText::ColumnRow) }</th>
                                { for FIELD_COLUMNS.iter().map(|column| html! {
                                    <th scope="col" class="table__header">{ text(*column) }</th>
                                }) }
                                <th scope="col" class="table__header">{ text(SupplyChainText::ColumnRemove) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for props.firms.iter().enumerate().map(|(index, firm)| firm_row_inputs(FirmRow {
                                row: index + 1, firm, errors: &props.errors, on_action: &props.on_action,
                                on_remove: &on_remove,
                            })) }
                        </tbody>
                    </table>
                }) }
            }
            <p class="add-firm">
                <button type="button" id={ADD_FIRM_ID} class="button button--secondary" onclick={on_add}>
                    { text(SupplyChainText::AddFirm) }
                </button>
            </p>
        </>
    }
}

