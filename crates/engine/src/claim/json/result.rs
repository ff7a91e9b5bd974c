//! The §8 output of `furlough claim`: the headline figures and every step of every pay period.

use super::write::Json;
use crate::claim::cap::{Cap, CapBasis};
use crate::claim::contribution::Threshold;
use crate::claim::error::ClaimError;
use crate::claim::periods::Period;
use crate::claim::reference_pay::cylb::LastYearPay;
use crate::claim::reference_pay::ReferencePay;
use crate::claim::result::{ClaimResult, PeriodBreakdown};
use crate::Money;

/// Claim spec §8: money as numbers with two decimals; NIC and pension grants 0 where they do not
/// apply (with `nic_and_pension_grants_apply` saying which).
pub fn claim_result_json(result: &ClaimResult) -> Json {
    Json::object([
        ("claim_amount", result.claim_amount.into()),
        ("furlough_grant_at_80", result.furlough_grant_at_80.into()),
        ("grant_rate_percent", result.grant_rate_percent.into()),
        ("employer_top_up", result.employer_top_up.into()),
        ("nic_grant", result.nic_grant.unwrap_or(Money::ZERO).into()),
        ("pension_grant", result.pension_grant.unwrap_or(Money::ZERO).into()),
        ("nic_and_pension_grants_apply", result.nic_grant.is_some().into()),
        ("claim_period", period(result.claim_period)),
        ("furlough_window", period(result.furlough_window)),
        (
            "average_pay",
            result
                .average_pay
                .map(|average| {
                    Json::object([
                        ("window", period(average.window)),
                        ("total_pay", average.total_pay.into()),
                        ("counted_pay", average.counted_pay.into()),
                        ("counted_days", average.counted_days.into()),
                        ("daily", average.daily.into()),
                    ])
                })
                .into(),
        ),
        ("periods", Json::List(result.periods.iter().map(period_json).collect())),
    ])
}

/// An error line: `{"error": {"field": …, "message": …}}`.
pub fn error_json(error: &ClaimError) -> Json {
    Json::object([(
        "error",
        Json::object([("field", error.field.as_str().into()), ("message", error.message().as_str().into())]),
    )])
}

pub fn period(period: Period) -> Json {
    Json::object([("start", period.start().into()), ("end", period.end().into())])
}

fn period_json(p: &PeriodBreakdown) -> Json {
    let pay_period = p.pay_period;
    Json::object([
        ("start", pay_period.period.start().into()),
        ("end", pay_period.period.end().into()),
        ("type", if pay_period.is_partial() { "partial" } else { "full" }.into()),
        ("period_days", pay_period.period.days().into()),
        ("furlough_start", pay_period.furloughed.start().into()),
        ("furlough_end", pay_period.furloughed.end().into()),
        ("furlough_days", pay_period.furlough_days().into()),
        ("payment_date", p.payment_date.into()),
        ("usual_hours", p.hours.map(|h| h.usual.value()).into()),
        ("worked_hours", p.hours.map(|h| h.worked.value()).into()),
        ("furloughed_hours", p.hours.map(|h| h.furloughed()).into()),
        ("reference_pay", reference_pay(&p.reference_pay)),
        ("cap", cap(&p.cap.by_days, p.cap.value)),
        ("grant_at_80", p.grant_at_80.into()),
        ("claim", p.claim.into()),
        (
            "nic",
            p.nic
                .map(|nic| {
                    threshold(nic.threshold).with(vec![
                        ("total_pay".into(), nic.total_pay.into()),
                        ("gross_nic".into(), nic.gross_nic.into()),
                        ("cap".into(), nic.cap.into()),
                        ("uncapped_grant".into(), nic.uncapped_grant.into()),
                        ("grant".into(), nic.grant.into()),
                    ])
                })
                .into(),
        ),
        (
            "pension",
            p.pension
                .map(|pension| {
                    threshold(pension.threshold).with(vec![("grant".into(), pension.grant.into())])
                })
                .into(),
        ),
    ])
}

fn reference_pay(pay: &ReferencePay) -> Json {
    Json::object([
        ("pay_in_period", pay.pay_in_period.into()),
        ("for_furlough_days", pay.for_furlough_days.into()),
        ("last_year", pay.last_year.as_ref().map(last_year).into()),
        ("before_hours", pay.before_hours.into()),
        ("value", pay.value.into()),
        ("non_furlough_pay", pay.non_furlough_pay.into()),
    ])
}

fn last_year(pay: &LastYearPay) -> Json {
    let parts = pay.parts.iter().map(|part| {
        Json::object([
            ("pay_date", part.last_year_pay_day.into()),
            ("period_pay", part.period_pay.into()),
            ("days_in_period", part.days_in_period.into()),
            ("days_required", part.days_required.into()),
            ("reference_pay", part.reference_pay.into()),
        ])
    });
    Json::object([("reference_pay", pay.reference_pay.into()), ("parts", Json::List(parts.collect()))])
}

fn cap(by_days: &Cap, value: Money) -> Json {
    let (basis, months) = match &by_days.basis {
        CapBasis::FullPeriod => ("full_period", Vec::new()),
        CapBasis::PartialPeriod(share) => ("partial_period", vec![*share]),
        CapBasis::PeriodSpansMonths(shares) => ("period_spans_months", shares.clone()),
    };
    let months = months.iter().map(|share| {
        Json::object([
            ("month", share.month.into()),
            ("days", share.days.into()),
            ("daily_cap", share.daily_cap.into()),
        ])
    });
    Json::object([
        ("basis", basis.into()),
        ("months", Json::List(months.collect())),
        ("by_days", by_days.value.into()),
        ("value", value.into()),
    ])
}

fn threshold(threshold: Threshold) -> Json {
    Json::object([
        ("tax_year", threshold.tax_year.label().into()),
        ("threshold", threshold.per_period.into()),
        ("threshold_used", threshold.used.into()),
    ])
}
