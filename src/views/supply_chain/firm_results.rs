use std::rc::Rc;

use yew::prelude::*;
use yew::props;

use crate::components::data_table::{page_bounds, pagination, PaginationProps};
use crate::components::{table_scroll, TableTitle};
use crate::derive::supply_chain::{FirmResult, FirmSource, SupplyChainFigures};
use crate::format;
use crate::messages::{outcome_text, text, text_with, SupplyChainText};

#[derive(Properties, PartialEq)]
pub struct FirmResultsProps {
    pub figures: Rc<SupplyChainFigures>,
}

const COLUMNS: [SupplyChainText; 9] = [
    SupplyChainText::ColumnName,
    SupplyChainText::ColumnFrom,
    SupplyChainText::ColumnEmployees,
    SupplyChainText::ColumnExposed,
    SupplyChainText::ColumnOutcomeWithout,
    SupplyChainText::ColumnAtRiskWithout,
    SupplyChainText::ColumnOutcomeWith,
    SupplyChainText::ColumnAtRiskWith,
    SupplyChainText::ColumnGovernmentCost,
];

/// The columns of numbers, aligned right.
const NUMERIC: [usize; 5] = [2, 3, 5, 7, 8];

/// Each firm's outcome and figures, 50 firms a page; a firm left out says so in its row.
#[function_component(FirmResults)]
pub fn firm_results(props: &FirmResultsProps) -> Html {
    let page = use_state(|| 0usize);
    let firms = &props.figures.firms;
    let (current, from, to) = page_bounds(*page, firms.len());
    let caption = text(SupplyChainText::ResultsCaption);
    let on_page = {
        let page = page.clone();
        Callback::from(move |target| page.set(target))
    };
    html! {
        <div class="firm-results">
            { table_scroll(caption, TableTitle::Shown, html! {
                <table class="table">
                    <caption class="visually-hidden">{ caption }</caption>
                    <thead>
                        <tr>
                            { for COLUMNS.iter().enumerate().map(|(i, column)| html! {
                                <th scope="col" class={classes!("table__header", NUMERIC.contains(&i).then_some("table__header--numeric"))}>
                                    { text(*column) }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>{ for firms[from..to].iter().enumerate().map(|(i, firm)| row(from + i, firm)) }</tbody>
                </table>
            }) }
            { pagination(&props!(PaginationProps {
                label: text(SupplyChainText::PaginationLabel), page: current, total: firms.len(), on_page,
            })) }
        </div>
    }
}

fn row(index: usize, firm: &FirmResult) -> Html {
    let name = match firm.row.firm.as_str() {
        "" => text(SupplyChainText::UnnamedFirm).to_string(),
        name => name.to_string(),
    };
    let from = match firm.source {
        FirmSource::Table { row } => text_with(SupplyChainText::FromTable, &[("row", &row.to_string())]),
        FirmSource::File { row } => text_with(SupplyChainText::FromFile, &[("row", &row.to_string())]),
    };
    let figures = match &firm.result {
        Ok(estimate) => {
            let numeric = |value: String| html! { <td class="table__cell table__cell--numeric">{ value }</td> };
            let words = |value: &str| html! { <td class="table__cell">{ value.to_string() }</td> };
            html! {
                <>
                    { numeric(format::count(estimate.headcount.into())) }
                    { numeric(format::count(estimate.exposed_jobs.into())) }
                    { words(text(outcome_text(estimate.without_scheme.outcome))) }
                    { numeric(format::count(estimate.without_scheme.jobs_at_risk.into())) }
                    { words(text(outcome_text(estimate.with_scheme.outcome))) }
                    { numeric(format::count(estimate.with_scheme.jobs_at_risk.into())) }
                    { numeric(format::money(estimate.government_cost)) }
                </>
            }
        }
        Err(_) => html! {
            <td class="table__cell table__cell--left-out" colspan="7">{ text(SupplyChainText::LeftOutOfTotals) }</td>
        },
    };
    html! {
        <tr key={index}>
            <th scope="row" class="table__header table__header--firm">{ name }</th>
            <td class="table__cell">{ from }</td>
            { figures }
        </tr>
    }
}
