use yew::prelude::*;

use furlough_engine::estimate::Estimate;

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

/// Where the estimate's charts are. The charts are the full calculator's; the calculator
/// embedded in another site is the compact layout of issue 6 ("Embedding"), which links to
/// them instead: they were 24 KB of its 204 KB of gzipped wasm, and the embedded calculator
/// must load in 200 KB on a phone (issue 7; docs/performance.md, "What was done" 15). The
/// drawing is passed in as a function, so only a page that draws charts carries their code.
#[derive(Clone, Debug)]
pub enum Charts {
    /// Drawn under the figures by this function ([`drawn_charts`]).
    Drawn(fn(&Estimate) -> Html),
    /// In the full calculator, opened (in a new tab) with the same answers by this link.
    InFullCalculator(AttrValue),
}

/// Function pointers compare by address: the same function may compare unequal (a needless
/// re-render), and two functions merged by the compiler equal; each page passes one function.
impl PartialEq for Charts {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Charts::Drawn(a), Charts::Drawn(b)) => std::ptr::fn_addr_eq(*a, *b),
            (Charts::InFullCalculator(a), Charts::InFullCalculator(b)) => a == b,
            _ => false,
        }
    }
}

/// The three charts of issue 5 ("Charts"): cash week by week, jobs at risk against the
/// shutdown's length, and who pays for a week of furlough.
pub fn drawn_charts(estimate: &Estimate) -> Html {
    html! {
        <div class="charts">
            { line_chart(&cash_position_chart(estimate)) }
            { line_chart(&jobs_at_risk_chart(estimate)) }
            { bar_chart(&weekly_cost_chart(estimate)) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct EstimateDetailsProps {
    pub shown: Shown<EstimateFigures>,
    pub charts: Charts,
}

/// The workings, full width under the questions: charts (or the link to them), tables of every
/// figure and the assumptions. Built after the headline figures are painted: a link opened
/// cold shows its figures sooner.
#[function_component(EstimateDetails)]
pub fn estimate_details(props: &EstimateDetailsProps) -> Html {
    let painted = use_after_first_paint();
    let (true, Some(figures)) = (painted, &props.shown.figures) else {
        return html! {};
    };
    let estimate = &figures.estimate;
    let charts = match &props.charts {
        Charts::Drawn(draw) => draw(estimate),
        // While the answers have a problem the link could not carry them: the full calculator
        // would chart other answers (its own drafts, in a tab of its own).
        Charts::InFullCalculator(_) if props.shown.out_of_date => html! {
            <p class="charts-elsewhere">
                { text(ResultsText::ChartsElsewhere) }{ " " }{ text(ResultsText::ChartsElsewhereOutOfDate) }
            </p>
        },
        Charts::InFullCalculator(href) => html! {
            <p class="charts-elsewhere">
                { text(ResultsText::ChartsElsewhere) }{ " " }
                <a href={href.clone()} target="_blank" rel="noopener">{ text(ResultsText::ChartsElsewhereLink) }</a>
            </p>
        },
    };
    html! {
        <div class={classes!("results-details", props.shown.out_of_date.then_some("results--out-of-date"))}>
            { charts }
            { weekly_table(estimate) }
            { groups_table(estimate) }
            { assumptions_list(estimate) }
        </div>
    }
}
