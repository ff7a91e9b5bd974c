use furlough_engine::Money;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::out_of_date_notice;
use crate::derive::claim::ClaimFigures;
use crate::derive::Shown;
use crate::format;
use crate::messages::{text, text_with, ClaimResultText};

#[derive(Properties, PartialEq)]
pub struct ClaimResultsProps {
    pub shown: Shown<ClaimFigures>,
}

/// Claim spec §8: the headline figures (the breakdown by pay period is below the form).
pub fn claim_results(props: &ClaimResultsProps) -> Html {
    html! {
        <section class="claim-results" aria-labelledby="claim-results-heading">
            <h3 class="heading-m" id="claim-results-heading">{ text(ClaimResultText::ResultsHeading) }</h3>
            { out_of_date_notice(props.shown.out_of_date) }
            { match &props.shown.figures {
                Some(figures) => html! {
                    <div class={classes!(props.shown.out_of_date.then_some("claim-results--stale"))}>
                        { headline(figures) }
                    </div>
                },
                None => html! { <p class="hint">{ text(ClaimResultText::ResultsEmpty) }</p> },
            } }
        </section>
    }
}

fn headline(figures: &ClaimFigures) -> Html {
    let result = &figures.result;
    let rate = format::percent(Decimal::from(result.grant_rate_percent));
    let grant =
        |amount: Option<Money>| amount.map_or_else(|| text(ClaimResultText::NotApplicable).to_string(), format::money);
    let window = result.furlough_window;
    let range = text_with(
        ClaimResultText::DateRange,
        &[("from", &format::date(window.start())), ("to", &format::date(window.end()))],
    );
    let rows = [
        (ClaimResultText::GrantAt80, format::money(result.furlough_grant_at_80)),
        (ClaimResultText::GrantRate, rate.clone()),
        (ClaimResultText::EmployerTopUp, format::money(result.employer_top_up)),
        (ClaimResultText::NicGrant, grant(result.nic_grant)),
        (ClaimResultText::PensionGrant, grant(result.pension_grant)),
        (ClaimResultText::FurloughedDays, format!("{range} ({})", window.days())),
    ];
    html! {
        <>
            <div class="claim-headline">
                <p class="claim-headline__label">{ text(ClaimResultText::ClaimAmount) }</p>
                <p class="claim-headline__amount" id="claim-amount">{ format::money(result.claim_amount) }</p>
                <p class="claim-headline__hint">{ text_with(ClaimResultText::ClaimAmountHint, &[("rate", &rate)]) }</p>
            </div>
            <dl class="summary-list">
                { for rows.into_iter().map(|(label, value)| html! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{ text(label) }</dt>
                        <dd class="summary-list__value">{ value }</dd>
                    </div>
                }) }
            </dl>
            if let Some(average) = result.average_pay {
                <p class="claim-average">{ text_with(ClaimResultText::AverageDailyPay, &[
                    ("daily", &format::money(average.daily)),
                    ("pay", &format::money(average.counted_pay)),
                    ("days", &format::count(average.counted_days)),
                    ("from", &format::date(average.window.start())),
                    ("to", &format::date(average.window.end())),
                ]) }</p>
            }
        </>
    }
}
