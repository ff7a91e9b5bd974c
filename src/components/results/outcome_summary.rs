use furlough_engine::estimate::{Estimate, Outcome, OutcomeSummary as Summary};
use yew::prelude::*;

use crate::format;
use crate::messages::{text, text_with, ResultsText};

/// What happens to the firm without and with the scheme, in words, with the runway: the
/// reasoning behind the jobs-at-risk figures.
pub fn outcome_summary(estimate: &Estimate) -> Html {
    let exposed = format::count(estimate.exposed_jobs.into());
    let headcount = format::count(estimate.headcount.into());
    html! {
        <section class="outcome" aria-labelledby="outcome-heading">
            <h3 class="heading-m" id="outcome-heading">{ text(ResultsText::OutcomeHeading) }</h3>
            <p>{ text_with(ResultsText::ExposedJobs, &[("exposed", &exposed), ("headcount", &headcount)]) }</p>
            <dl class="outcome__list">
                <dt>{ text(ResultsText::WithoutScheme) }</dt>
                <dd>{ describe(estimate, &estimate.without_scheme) }</dd>
                <dt>{ text(ResultsText::WithScheme) }</dt>
                <dd>{ describe(estimate, &estimate.with_scheme) }</dd>
            </dl>
        </section>
    }
}

fn describe(estimate: &Estimate, summary: &Summary) -> String {
    let exposed = format::count(estimate.exposed_jobs.into());
    let headcount = format::count(estimate.headcount.into());
    let outcome = match summary.outcome {
        Outcome::Safe => text(ResultsText::OutcomeSafe).to_string(),
        Outcome::Layoffs => text_with(ResultsText::OutcomeLayoffs, &[("exposed", &exposed)]),
        Outcome::Insolvency => text_with(ResultsText::OutcomeInsolvency, &[("headcount", &headcount)]),
    };
    let runway = match summary.runway_weeks {
        Some(weeks) => text_with(ResultsText::RunwayWeeks, &[("weeks", &format::decimal(weeks))]),
        None => text(ResultsText::RunwayNever).to_string(),
    };
    format!("{outcome} {runway}")
}
