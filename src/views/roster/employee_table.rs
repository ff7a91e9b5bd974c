use std::rc::Rc;

use yew::prelude::*;
use yew::props;

use crate::components::data_table::{page_bounds, pagination, PaginationProps};
use crate::components::{table_scroll, TableTitle};
use crate::derive::roster::{EmployeeFigures, RosterFigures};
use crate::format::money;
use crate::messages::{text, RosterText};

#[derive(Properties, PartialEq)]
pub struct EmployeeTableProps {
    pub figures: Rc<RosterFigures>,
}

const COLUMNS: [RosterText; 11] = [
    RosterText::ColumnRow,
    RosterText::ColumnLabel,
    RosterText::ColumnAnnualPay,
    RosterText::ColumnWeeklyPay,
    RosterText::ColumnNic,
    RosterText::ColumnPension,
    RosterText::ColumnWeeklyCost,
    RosterText::ColumnFurloughPay,
    RosterText::ColumnGovernment,
    RosterText::ColumnFirm,
    RosterText::ColumnRedundancy,
];

/// Each employee's figures, 50 rows a page: a 10,000-row roster is never rendered at once.
#[function_component(EmployeeTable)]
pub fn employee_table(props: &EmployeeTableProps) -> Html {
    let page = use_state(|| 0usize);
    let total = props.figures.employee_count();
    let (current, from, to) = page_bounds(*page, total);
    let caption = text(RosterText::EmployeesCaption);
    let on_page = {
        let page = page.clone();
        Callback::from(move |target| page.set(target))
    };
    html! {
        <div class="employee-table">
            { table_scroll(caption, TableTitle::Shown, html! {
                <table class="table">
                    <caption class="visually-hidden">{ caption }</caption>
                    <thead>
                        <tr>
                            { for COLUMNS.iter().enumerate().map(|(i, column)| html! {
                                <th scope="col" class={classes!("table__header", (i != 1).then_some("table__header--numeric"))}>
                                    { text(*column) }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>{ for props.figures.employees(from, to).map(|employee| row(&employee)) }</tbody>
                </table>
            }) }
            { pagination(&props!(PaginationProps {
                label: text(RosterText::PaginationLabel), page: current, total, on_page,
            })) }
        </div>
    }
}

fn row(employee: &EmployeeFigures) -> Html {
    let amounts = [
        employee.annual_pay,
        employee.week.pay,
        employee.week.employer_nic,
        employee.week.employer_pension,
        employee.week.cost,
        employee.furlough_pay,
        employee.government,
        employee.firm,
        employee.redundancy_pay,
    ];
    html! {
        <tr key={employee.row.to_string()}>
            <th scope="row" class="table__header table__header--numeric">{ employee.row }</th>
            <td class="table__cell">{ employee.label.to_string() }</td>
            { for amounts.into_iter().map(|amount| html! {
                <td class="table__cell table__cell--numeric">{ money(amount) }</td>
            }) }
        </tr>
    }
}
