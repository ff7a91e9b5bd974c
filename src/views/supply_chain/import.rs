use furlough_engine::estimate::SUPPLY_CHAIN_TEMPLATE;
use yew::prelude::*;

use crate::components::csv::{CsvInput, RowProblems};
use crate::derive::row_problems::RowProblem;
use crate::derive::supply_chain::{CSV_ID, ROW_PROBLEMS_ID};
use crate::messages::{text, text_count, SupplyChainText};
use crate::state::{error_for, CsvText, FieldError, SupplyChainAction};

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    pub csv: CsvText,
    pub row_problems: Vec<RowProblem>,
    pub errors: Vec<FieldError>,
    pub on_action: Callback<SupplyChainAction>,
}

/// Firms from a CSV file, with every column the file format allows, and its rows left out.
pub fn import(props: &ImportProps) -> Html {
    let left_out: std::collections::BTreeSet<u64> =
        props.row_problems.iter().map(|problem| problem.row).filter(|row| *row > 0).collect();
    // The box says what is wrong with the file as a whole; each row's problem is in the list.
    let error = if left_out.is_empty() {
        error_for(&props.errors, CSV_ID).map(str::to_string)
    } else {
        Some(text_count(SupplyChainText::RowsLeftOutOne, SupplyChainText::RowsLeftOut, left_out.len()))
    };
    html! {
        <>
            <h3 class="heading-m">{ text(SupplyChainText::ImportHeading) }</h3>
            <CsvInput id={CSV_ID} label={text(SupplyChainText::CsvLabel)} hint={text(SupplyChainText::CsvHint)}
                file_label={text(SupplyChainText::FileLabel)} template={SUPPLY_CHAIN_TEMPLATE}
                template_file_name="supply-chain-template.csv" csv={props.csv.clone()}
                error={error.map(AttrValue::from)} on_action={props.on_action.reform(SupplyChainAction::Csv)} />
            <RowProblems id={ROW_PROBLEMS_ID} caption={text(SupplyChainText::RowProblemsCaption)}
                problems={props.row_problems.clone()} />
        </>
    }
}
