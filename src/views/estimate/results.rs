use yew::prelude::*;

use crate::components::charts::{cash_position_chart, jobs_at_risk_chart, weekly_cost_chart, bar_chart, line_chart};
use crate::components::results::{assumptions_list, groups_table, headline_cards, outcome_summary, weekly_table};
use crate::components::out_of_date_notice;
use crate::derive::estimate::EstimateFigures;
use crate::derive::Shown;
use crate::hooks::use_after_first_paint;
use crate::messages::{text, ResultsText};

/// The headline figures and what happens to the firm, beside the questions (kept in view on
/// wide screens while the user types); marked out of date while the answers have a problem.
/// `heading_ref` is focused when the user checks answers that have no problem, to take them to
/// the figures.
pub fn estimate_summary(shown: &Shown<EstimateFigures>, heading_ref: &NodeRef) -> Html {
    html! {
        <section class="calculator__results" aria-labelledby="results-heading">
            <h2 class="heading-l" id="results-heading" tabindex="-1" ref={heading_ref.clone()}>
                { text(ResultsText::Heading) }
            </h2>
            { out_of_date_notice(shown.out_of_date) }
            { match &shown.figures {
                Some(figures) => html! {
                    <div class={classes!("results", shown.out_of_date.then_some("results--out-of-date"))}>
                        { headline_cards(&figures.estimate) }
                        { outcome_summary(&figures.estimate) }
                    </div>
                },
                None => html! { <p class="hint">{ text(ResultsText::Placeholder) }</p> },
            } }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct EstimateDetailsProps {
    pub shown: Shown<EstimateFigures>,
}

/// The workings, full width under the questions: charts, tables of every figure and the
/// assumptions. Built after the headline figures are painted: a link opened cold shows its
/// figures sooner.
#[function_component(EstimateDetails)]
pub fn estimate_details(props: &EstimateDetailsProps) -> Html {
    let painted = use_after_first_paint();
    let (true, Some(figures)) = (painted, &props.shown.figures) else {
        return html! {};
    };
    let estimate = figures.estimate.clone();
    html! {
        <div class={classes!("results-details", props.shown.out_of_date.then_some("results--out-of-date"))}>
            <div class="charts">
                { line_chart(&cash_position_chart(&estimate)) }
                { line_chart(&jobs_at_risk_chart(&estimate)) }
                { bar_chart(&weekly_cost_chart(&estimate)) }
            </div>
            { weekly_table(&estimate) }
            { groups_table(&estimate) }
            { assumptions_list(&estimate) }
        </div>
    }
}
