//! End-to-end cases: the ordinary claim calculation, with its figures under the names HMRC's
//! tests use (claim totals, the per-period breakdown, and the first period's figures that HMRC's
//! confirmation pages show).

use furlough_engine::claim::cap::CapBasis;
use furlough_engine::claim::grant::share_of;
use furlough_engine::claim::json::claim::parse_claim;
use furlough_engine::claim::json::read::Fields;
use furlough_engine::claim::json::Json;
use furlough_engine::claim::result::PeriodBreakdown;
use furlough_engine::claim::tables::{FLEXIBLE_FURLOUGH_START, FURLOUGH_RATE_PERCENT};
use furlough_engine::claim::{calculate_breakdown, ClaimError, ClaimResult};

use super::shape::{self, period_pair};

/// HMRC's calculation has no claim-period checks (its question pages make them), and its tests
/// feed answers straight to it; so do these cases (`calculate_breakdown`, not `calculate_claim`).
pub fn claim(inputs: &Fields) -> Result<Json, ClaimError> {
    let input = parse_claim(inputs.as_value())?;
    let result = calculate_breakdown(&input)?;
    let result_type = match (result.nic_grant, input.claim_period.start() < FLEXIBLE_FURLOUGH_START) {
        (None, _) => "ConfirmationDataResultWithoutNicAndPension",
        (Some(_), true) => "PhaseOneConfirmationDataResult",
        (Some(_), false) => "PhaseTwoConfirmationDataResult",
    };
    let totals = Json::object([
        ("claim_amount", result.claim_amount.into()),
        ("claim_amount_text", result.claim_amount.to_string().into()),
        ("grant_rate_percent", result.grant_rate_percent.into()),
        ("nic_grant", result.nic_grant.into()),
        ("pension_grant", result.pension_grant.into()),
        ("furlough_total", result.furlough_grant_at_80.into()),
        ("furlough_total_at_80pct", result.furlough_grant_at_80.into()),
        ("nic_total", result.nic_grant.into()),
        ("pension_total", result.pension_grant.into()),
        ("claim_period", period_pair(result.claim_period)),
        ("result_type", result_type.into()),
        ("periods", Json::List(result.periods.iter().map(|p| Json::Object(period(&result, p))).collect())),
    ]);
    let first = result.periods.first().map(|p| first_period(&result, p)).transpose()?.unwrap_or_default();
    Ok(totals.with(first))
}

/// A period as HMRC's confirmation breakdown: a fixed full-period cap as a number, other caps as
/// HMRC's cap objects.
fn period(result: &ClaimResult, p: &PeriodBreakdown) -> Vec<(String, Json)> {
    let pay_period = p.pay_period;
    let mut members: Vec<(String, Json)> = vec![("pay_period".into(), period_pair(pay_period.period))];
    if pay_period.is_partial() {
        members.push(("furlough_part".into(), period_pair(pay_period.furloughed)));
        members.push(("non_furlough_pay".into(), p.reference_pay.non_furlough_pay.into()));
    }
    members.extend([
        ("payment_date".into(), p.payment_date.into()),
        ("reference_pay".into(), p.reference_pay.value.into()),
        ("cap".into(), cap(p)),
        ("furlough_grant".into(), p.grant_at_80.into()),
    ]);
    if let Some(average) = result.average_pay {
        members.push(("prior_furlough_period".into(), period_pair(average.window)));
    }
    if let Some(nic) = p.nic {
        members.extend([
            ("nic_grant".into(), nic.grant.into()),
            ("nic_threshold".into(), nic.threshold.used.into()),
            ("nic_cap".into(), nic.cap.into()),
        ]);
    }
    if let Some(pension) = p.pension {
        members.extend([
            ("pension_grant".into(), pension.grant.into()),
            ("pension_threshold".into(), pension.threshold.per_period.into()),
            ("pension_allowance_prorated".into(), pension.threshold.used.into()),
        ]);
    }
    members
}

fn cap(p: &PeriodBreakdown) -> Json {
    match p.cap.by_days.basis {
        CapBasis::FullPeriod => p.cap.value.into(),
        _ => shape::cap(&p.cap.by_days),
    }
}

/// The first period's figures as HMRC's confirmation page lists them.
fn first_period(result: &ClaimResult, p: &PeriodBreakdown) -> Result<Vec<(String, Json)>, ClaimError> {
    let mut members: Vec<(String, Json)> = vec![
        ("pay_in_period".into(), p.reference_pay.pay_in_period.into()),
        ("period_days".into(), p.pay_period.period.days().into()),
        ("furlough_days".into(), p.pay_period.furlough_days().into()),
        ("pay_based_on_furlough_days".into(), p.reference_pay.for_furlough_days.into()),
        (
            "calculated_grant_80pct".into(),
            share_of(p.reference_pay.value, FURLOUGH_RATE_PERCENT)?.round_half_up().into(),
        ),
        ("max_grant".into(), p.cap.value.into()),
        ("furlough_grant".into(), p.grant_at_80.into()),
        ("rate".into(), result.grant_rate_percent.into()),
        ("reference_pay".into(), p.reference_pay.value.into()),
        ("cap".into(), cap(p)),
    ];
    if let Some(average) = result.average_pay {
        members.push(("reference_period".into(), period_pair(average.window)));
        members.push(("reference_days".into(), average.window.days().into()));
    }
    if let Some(nic) = p.nic {
        members.push(("nic_threshold".into(), nic.threshold.used.into()));
    }
    if let Some(pension) = p.pension {
        members.push(("pension_threshold".into(), pension.threshold.used.into()));
    }
    Ok(members)
}
