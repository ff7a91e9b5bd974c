use furlough_engine::estimate::Estimate;
use yew::prelude::*;

use crate::format;
use crate::messages::{text, text_with, CommonText, ResultsText};

/// The six figures people will quote: jobs at risk without and with the scheme, jobs saved,
/// and the costs. Big amounts are shortened here only; the tables below are exact.
pub fn headline_cards(estimate: &Estimate) -> Html {
    let weeks = estimate.scheme_weeks.to_string();
    let over_weeks = text_with(CommonText::OverWeeks, &[("weeks", &weeks)]);
    let cost_per_job = match estimate.cost_per_job_saved {
        Some(cost) => format::money_compact(cost),
        None => text(CommonText::NoJobSaved).to_string(),
    };
    let card = |label: &'static str, value: String, note: Option<String>, emphasis: bool| html! {
        <div class={classes!("card", emphasis.then_some("card--emphasis"))}>
            <dt class="card__label">{ label }</dt>
            <dd class="card__value">{ value }</dd>
            if let Some(note) = note {
                <dd class="card__note">{ note }</dd>
            }
        </div>
    };
    html! {
        <dl class="cards" aria-label={text(ResultsText::HeadlineLabel)}>
            { card(text(ResultsText::JobsAtRiskWithout), format::count(estimate.without_scheme.jobs_at_risk.into()), None, false) }
            { card(text(CommonText::JobsAtRiskWith), format::count(estimate.with_scheme.jobs_at_risk.into()), None, false) }
            { card(text(ResultsText::JobsSaved), format::count(estimate.jobs_saved.into()), None, true) }
            { card(text(CommonText::GovernmentCost), format::money_compact(estimate.government_cost), Some(over_weeks.clone()), false) }
            { card(text(ResultsText::FirmCost), format::money_compact(estimate.employer_cost), Some(over_weeks), false) }
            { card(text(CommonText::CostPerJobSaved), cost_per_job, None, false) }
        </dl>
    }
}
