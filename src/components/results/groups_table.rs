use furlough_engine::estimate::{Estimate, GroupBreakdown};
use yew::prelude::*;

use crate::components::{table_scroll, TableTitle};
use crate::format;
use crate::messages::{text, text_with, ResultsText};

/// One row per staff group: a person's week at work, furloughed and made redundant.
pub fn groups_table(estimate: &Estimate) -> Html {
    let caption = text(ResultsText::GroupsCaption);
    let columns = [
        ResultsText::EmployeesColumn,
        ResultsText::ExposedColumn,
        ResultsText::PayColumn,
        ResultsText::NicColumn,
        ResultsText::PensionColumn,
        ResultsText::CostColumn,
        ResultsText::GrantColumn,
        ResultsText::FirmCostColumn,
        ResultsText::RedundancyColumn,
    ];
    html! {
        <section class="groups-table" aria-labelledby="groups-heading">
            <h3 class="heading-m" id="groups-heading">{ text(ResultsText::GroupsHeading) }</h3>
            { table_scroll(caption, TableTitle::Hidden, html! {
                <table class="table">
                    <caption class="visually-hidden">{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ text(ResultsText::GroupColumn) }</th>
                            { for columns.into_iter().map(|column| html! {
                                <th scope="col" class="table__numeric">{ text(column) }</th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for estimate.groups.iter().enumerate().map(|(index, group)| group_row(index, group)) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}

fn group_row(index: usize, group: &GroupBreakdown) -> Html {
    let name = if group.label.is_empty() {
        text_with(ResultsText::UnnamedGroup, &[("number", &(index + 1).to_string())])
    } else {
        group.label.clone()
    };
    let furlough = &group.furlough;
    let firm_cost = furlough.firm().map(format::money).unwrap_or_default();
    let cells = [
        format::count(group.employees.into()),
        format::decimal(group.exposed),
        format::money(group.week.pay),
        format::money(group.week.employer_nic),
        format::money(group.week.employer_pension),
        format::money(group.week.cost),
        furlough.government().map(format::money).unwrap_or_default(),
        firm_cost,
        format::money(group.redundancy_pay),
    ];
    html! {
        <tr>
            <th scope="row">{ name }</th>
            { for cells.into_iter().map(|cell| html! { <td class="table__numeric">{ cell }</td> }) }
        </tr>
    }
}
