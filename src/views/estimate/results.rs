use yew::prelude::*;

use crate::components::charts::{cash_position_chart, jobs_at_risk_chart, weekly_cost_chart, BarChart, LineChart};
use crate::components::results::{AssumptionsList, GroupsTable, HeadlineCards, OutcomeSummary, WeeklyTable};
use crate::components::OutOfDate;
use crate::derive::estimate::EstimateFigures;
use crate::derive::Shown;
use crate::hooks::use_after_first_paint;
use crate::messages::{text, ResultsText};

#[derive(Properties, PartialEq)]
pub struct EstimateSummaryProps {
    pub shown: Shown<EstimateFigures>,
    /// Focused when the user checks answers that have no problem, to take them to the figures.
    pub heading_ref: NodeRef,
}

/// The headline figures and what happens to the firm, beside the questions (kept in view on
/// wide screens while the user types); marked out of date while the answers have a problem.
#[function_component(EstimateSummary)]
pub fn estimate_summary(props: &EstimateSummaryProps) -> Html {
    html! {
        <section class="calculator__results" aria-labelledby="results-heading">
            <h2 class="heading-l" id="results-heading" tabindex="-1" ref={props.heading_ref.clone()}>
                { text(ResultsText::Heading) }
            </h2>
            <OutOfDate out_of_date={props.shown.out_of_date} />
            { match &props.shown.figures {
                Some(figures) => html! {
                    <div class={classes!("results", props.shown.out_of_date.then_some("results--out-of-date"))}>
                        <HeadlineCards estimate={figures.estimate.clone()} />
                        <OutcomeSummary estimate={figures.estimate.clone()} />
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
                <LineChart ..cash_position_chart(&estimate) />
                <LineChart ..jobs_at_risk_chart(&estimate) />
                <BarChart ..weekly_cost_chart(&estimate) />
            </div>
            <WeeklyTable estimate={estimate.clone()} />
            <GroupsTable estimate={estimate.clone()} />
            <AssumptionsList {estimate} />
        </div>
    }
}
