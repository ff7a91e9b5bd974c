use yew::prelude::*;
use yew::props;

use super::firms_table::FIELD_COLUMNS;
use crate::components::form::{text_field, InputMode, TextFieldProps};
use crate::derive::supply_chain::cell_id;
use crate::messages::{text, text_with, SupplyChainText};
use crate::state::{error_for, FieldError, FirmField, FirmForm, SupplyChainAction};

/// What a firm's row shows and where it sends what the user does.
pub struct FirmRow<'a> {
    /// The row's number in the table, from 1.
    pub row: usize,
    pub firm: &'a FirmForm,
    pub errors: &'a [FieldError],
    pub on_action: &'a Callback<SupplyChainAction>,
    pub on_remove: &'a Callback<u32>,
}

/// A firm's row, keyed by the firm: one box per question, each labelled for screen readers with
/// its column and row ("Employees, row 2"), and a button to remove the row.
pub fn firm_row_inputs(props: FirmRow) -> Html {
    let key = props.firm.key;
    let row = props.row.to_string();
    let cell = |(field, column): (FirmField, &SupplyChainText)| {
        let id = cell_id(key, field);
        let label = text_with(SupplyChainText::CellLabel, &[("column", text(*column)), ("row", &row)]);
        let error = error_for(props.errors, &id).map(|message| AttrValue::from(message.to_string()));
        let (input_mode, width) = match field {
            FirmField::Name => (InputMode::Text, "input--width-20"),
            FirmField::Employees | FirmField::ShutdownWeeks => (InputMode::Numeric, "input--width-5"),
            FirmField::LostOutput => (InputMode::Decimal, "input--width-5"),
            FirmField::AveragePay | FirmField::CashReserves => (InputMode::Decimal, "input--width-10"),
        };
        let on_input = props.on_action.reform(move |text| SupplyChainAction::SetFirm { key, field, text });
        html! {
            <td class="table__cell">
                { text_field(&props!(TextFieldProps {
                    id, label, label_hidden: true, value: props.firm.field(field).to_string(), error,
                    input_mode, width, on_input,
                })) }
            </td>
        }
    };
    let on_remove = props.on_remove.reform(move |_: MouseEvent| key);
    html! {
        <tr {key}>
            <th scope="row" class="table__header table__header--numeric">{ props.row }</th>
            { for FirmField::ALL.into_iter().zip(FIELD_COLUMNS.iter()).map(cell) }
            <td class="table__cell">
                <button type="button" class="button button--secondary button--small" onclick={on_remove}>
                    { text_with(SupplyChainText::RemoveFirm, &[("row", &row)]) }
                </button>
            </td>
        </tr>
    }
}
