use yew::prelude::*;

use crate::components::{table_scroll, TableTitle};
use crate::derive::row_problems::RowProblem;
use crate::messages::{text, CommonText};

#[derive(Properties, PartialEq)]
pub struct RowProblemsProps {
    /// The list's id: the error summary links to it.
    pub id: AttrValue,
    pub caption: AttrValue,
    pub problems: Vec<RowProblem>,
}

/// The rows of a file left out of the figures: row, column and what to do, in file order.
/// A component, so the list (one row per bad row of the file: thousands for a bad column) is
/// built and compared only when the problems change, not at every keystroke in the view.
#[function_component(RowProblems)]
pub fn row_problems(props: &RowProblemsProps) -> Html {
    if props.problems.is_empty() {
        return html! {};
    }
    let row = |problem: &RowProblem| {
        let number = if problem.row == 0 { String::new() } else { problem.row.to_string() };
        html! {
            <tr>
                <td class="table__cell table__cell--numeric">{ number }</td>
                <td class="table__cell">{ problem.column.clone() }</td>
                <td class="table__cell">{ problem.message.clone() }</td>
            </tr>
        }
    };
    html! {
        <div class="row-problems" id={props.id.clone()} tabindex="-1">
            { table_scroll(&props.caption, TableTitle::Shown, html! {
                <table class="table table--problems">
                    <caption class="visually-hidden">{ props.caption.clone() }</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="table__header table__header--numeric">{ text(CommonText::RowProblemsRow) }</th>
                            <th scope="col" class="table__header">{ text(CommonText::RowProblemsColumn) }</th>
                            <th scope="col" class="table__header">{ text(CommonText::RowProblemsProblem) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for props.problems.iter().map(row) }</tbody>
                </table>
            }) }
        </div>
    }
}
