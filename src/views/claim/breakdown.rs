use std::rc::Rc;

use furlough_engine::claim::PeriodBreakdown;
use furlough_engine::Money;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::components::{table_scroll, TableTitle};
use crate::derive::claim::ClaimFigures;
use crate::format;
use crate::messages::{text, text_with, ClaimResultText};

#[derive(Properties, PartialEq)]
pub struct BreakdownProps {
    pub figures: Rc<ClaimFigures>,
    pub out_of_date: bool,
}

/// Claim spec §8: one row per pay period with every step, so a payroll officer can check the
/// claim line by line. Wide, so it scrolls sideways inside its own focusable region.
pub fn breakdown(props: &BreakdownProps) -> Html {
    let result = &props.figures.result;
    let periods = &result.periods;
    let has_hours = periods.iter().any(|period| period.hours.is_some());
    let has_grants = result.nic_grant.is_some();
    let rate = format::percent(Decimal::from(result.grant_rate_percent));
    let total = |amount: Option<Money>| amount.map(format::money).unwrap_or_default();
    let sum = |pick: fn(&PeriodBreakdown) -> Money| Money::checked_sum(periods.iter().map(pick)).ok();
    html! {
        <section class={classes!("claim-breakdown", props.out_of_date.then_some("claim-results--stale"))}
            aria-labelledby="claim-breakdown-heading">
            <h3 class="heading-m" id="claim-breakdown-heading">{ text(ClaimResultText::BreakdownHeading) }</h3>
            { table_scroll(text(ClaimResultText::BreakdownHeading), TableTitle::Hidden, html! {
                <table class="claim-table" aria-labelledby="claim-breakdown-heading">
                    <thead>
                        <tr>
                            <th scope="col">{ text(ClaimResultText::ColumnPayPeriod) }</th>
                            <th scope="col">{ text(ClaimResultText::ColumnFurlough) }</th>
                            if has_hours {
                                <th scope="col">{ text(ClaimResultText::ColumnHours) }</th>
                            }
                            <th scope="col" class="numeric">{ text(ClaimResultText::ColumnReferencePay) }</th>
                            <th scope="col" class="numeric">{ text(ClaimResultText::ColumnCap) }</th>
                            <th scope="col" class="numeric">{ text(ClaimResultText::ColumnGrant) }</th>
                            <th scope="col" class="numeric">{ text_with(ClaimResultText::ColumnClaim, &[("rate", &rate)]) }</th>
                            if has_grants {
                                <th scope="col" class="numeric">{ text(ClaimResultText::ColumnNic) }</th>
                                <th scope="col" class="numeric">{ text(ClaimResultText::ColumnPension) }</th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        { for periods.iter().map(|period| row(period, has_hours, has_grants)) }
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan={if has_hours { "3" } else { "2" }}>{ text(ClaimResultText::Total) }</th>
                            <td class="numeric">{ total(sum(|p| p.reference_pay.value)) }</td>
                            <td></td>
                            <td class="numeric">{ format::money(result.furlough_grant_at_80) }</td>
                            <td class="numeric">{ format::money(result.claim_amount) }</td>
                            if has_grants {
                                <td class="numeric">{ total(result.nic_grant) }</td>
                                <td class="numeric">{ total(result.pension_grant) }</td>
                            }
                        </tr>
                    </tfoot>
                </table>
            }) }
        </section>
    }
}

fn row(period: &PeriodBreakdown, has_hours: bool, has_grants: bool) -> Html {
    let pay_period = &period.pay_period;
    let dates = text_with(
        ClaimResultText::DateRange,
        &[("from", &format::date(pay_period.period.start())), ("to", &format::date(pay_period.period.end()))],
    );
    let days = format::count(pay_period.furlough_days());
    let furlough = if pay_period.is_partial() {
        let total = format::count(pay_period.period.days());
        let part = text_with(
            ClaimResultText::DateRange,
            &[
                ("from", &format::date(pay_period.furloughed.start())),
                ("to", &format::date(pay_period.furloughed.end())),
            ],
        );
        html! { <>{ text_with(ClaimResultText::PartialPeriod, &[("days", &days), ("total", &total)]) }<span class="cell-note">{ part }</span></> }
    } else {
        html! { text_with(ClaimResultText::FullPeriod, &[("days", &days)]) }
    };
    let hours = period.hours.map(|hours| {
        text_with(
            ClaimResultText::HoursFurloughed,
            &[
                ("usual", &format::decimal(hours.usual.value())),
                ("worked", &format::decimal(hours.worked.value())),
                ("furloughed", &format::decimal(hours.furloughed())),
            ],
        )
    });
    let reference = &period.reference_pay;
    let last_year = reference.last_year.as_ref().map(|last_year| {
        text_with(
            ClaimResultText::LastYearPart,
            &[
                ("average", &format::money(reference.for_furlough_days)),
                ("last_year", &format::money(last_year.reference_pay)),
            ],
        )
    });
    let threshold = |amount: Money| text_with(ClaimResultText::Threshold, &[("amount", &format::money(amount))]);
    html! {
        <tr>
            <th scope="row">{ dates }</th>
            <td>{ furlough }</td>
            if has_hours {
                <td>{ hours.unwrap_or_default() }</td>
            }
            <td class="numeric">
                { format::money(reference.value) }
                if let Some(note) = last_year {
                    <span class="cell-note">{ note }</span>
                }
            </td>
            <td class="numeric">{ format::money(period.cap.value) }</td>
            <td class="numeric">{ format::money(period.grant_at_80) }</td>
            <td class="numeric">{ format::money(period.claim) }</td>
            if has_grants {
                <td class="numeric">
                    { period.nic.map(|nic| format::money(nic.grant)).unwrap_or_default() }
                    if let Some(nic) = period.nic {
                        <span class="cell-note">{ threshold(nic.threshold.used) }</span>
                    }
                </td>
                <td class="numeric">
                    { period.pension.map(|pension| format::money(pension.grant)).unwrap_or_default() }
                    if let Some(pension) = period.pension {
                        <span class="cell-note">{ threshold(pension.threshold.used) }</span>
                    }
                </td>
            }
        </tr>
    }
}
