use furlough_engine::estimate::Estimate;
use furlough_engine::Money;
use yew::prelude::*;

use crate::components::{table_scroll, TableTitle};
use crate::format;
use crate::messages::{text, ResultsText};

/// The firm's week during the shutdown, exactly: the figures behind the outcome.
pub fn weekly_table(estimate: &Estimate) -> Html {
    let weekly = &estimate.weekly;
    let money_row = |label: ResultsText, amount: Money| (label, format::money(amount));
    let rows = [
        money_row(ResultsText::NormalRevenue, weekly.revenue),
        money_row(ResultsText::PayrollCost, weekly.payroll_cost),
        money_row(ResultsText::CashAtStart, weekly.cash_reserves),
        money_row(ResultsText::CashFlowWithout, weekly.cash_flow_without_scheme),
        money_row(ResultsText::CashFlowWith, weekly.cash_flow_with_scheme),
        money_row(ResultsText::GovernmentGrantWeekly, weekly.government_grant),
        money_row(ResultsText::FirmFurloughCostWeekly, weekly.employer_furlough_cost),
        money_row(ResultsText::WeeklyCap, estimate.weekly_cap),
        (ResultsText::SchemeWeeks, format::count(estimate.scheme_weeks.into())),
        money_row(ResultsText::GovernmentCostTotal, estimate.government_cost),
        money_row(ResultsText::FirmCostTotal, estimate.employer_cost),
        money_row(ResultsText::RedundancyCostExposed, estimate.redundancy_cost_exposed),
    ];
    let caption = text(ResultsText::WeeklyCaption);
    html! {
        <section aria-labelledby="weekly-heading">
            <h3 class="heading-m" id="weekly-heading">{ text(ResultsText::WeeklyHeading) }</h3>
            { table_scroll(caption, TableTitle::Hidden, html! {
                <table class="table">
                    <caption class="visually-hidden">{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ text(ResultsText::Figure) }</th>
                            <th scope="col" class="table__numeric">{ text(ResultsText::Amount) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.into_iter().map(|(label, value)| html! {
                            <tr>
                                <th scope="row">{ text(label) }</th>
                                <td class="table__numeric">{ value }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}
