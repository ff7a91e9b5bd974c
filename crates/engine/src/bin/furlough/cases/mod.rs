//! Acceptance cases through the CLI: a line holding a whole case of
//! `shared/acceptance/cjrs-public.json` (`id`, `kind`, `inputs`) is answered with
//! `{"id", "kind", <computed fields>}`, the fields named and shaped like the case's `expected`.
//!
//! Each kind is a thin adapter: it reads the case's inputs, calls the engine's component
//! functions and writes what they return. No adapter looks at `expected`.

mod contributions;
mod cylb;
mod end_to_end;
mod furlough;
mod reference_pay;
mod shape;

use furlough_engine::claim::json::read::Fields;
use furlough_engine::claim::json::{error_json, Json};
use furlough_engine::claim::ClaimError;
use serde_json::Value;

use crate::claim::members;

/// Whether a line is an acceptance case rather than a claim.
pub fn is_case(value: &Value) -> bool {
    value.get("kind").is_some() && value.get("inputs").is_some()
}

/// The answer to one case, and whether it could be evaluated.
pub fn evaluate(case: &Value) -> (Json, bool) {
    let id = case.get("id").map_or(Json::Null, Json::from_value);
    let kind = case.get("kind").and_then(Value::as_str).unwrap_or_default();
    let head = Json::object([("id", id), ("kind", kind.into())]);
    let computed = case.get("inputs").map_or(Ok(Json::Null), |inputs| {
        Fields::of(inputs, "inputs").and_then(|inputs| evaluate_kind(kind, &inputs))
    });
    match computed {
        Ok(fields) => (head.with(members(fields)), true),
        Err(error) => (head.with(members(error_json(&error))), false),
    }
}

fn evaluate_kind(kind: &str, inputs: &Fields) -> Result<Json, ClaimError> {
    match kind {
        "phase1_furlough_full_period" => furlough::full_period(inputs),
        "phase1_furlough_partial_period" => furlough::partial_period(inputs),
        "phase1_furlough_total" => furlough::total(inputs),
        "phase2_flexible_furlough_total" => furlough::flexible_total(inputs),
        "cap" => furlough::caps(inputs),
        "cap_daily" => furlough::daily_caps(inputs),
        "arith" => furlough::arithmetic(inputs),
        "tapered_cap_display" => furlough::tapered_cap(inputs),
        "employer_top_up" => furlough::employer_top_up(inputs),
        "nic_pension_primitive" => contributions::above_threshold(inputs),
        "phase1_nic_full_period" | "phase1_nic_partial_period" => contributions::phase_one_nic(inputs),
        "phase1_nic_total" => contributions::phase_one_nic_total(inputs),
        "phase2_nic" => contributions::july_2020_nic(inputs),
        "phase1_pension_full_period" | "phase1_pension_partial_period" => contributions::pension(inputs),
        "phase2_pension" => contributions::july_2020_pension(inputs),
        "reference_pay_regular" => reference_pay::regular(inputs),
        "reference_pay_regular_phase2" => reference_pay::regular_one_period(inputs),
        "reference_pay_average" => reference_pay::average(inputs),
        "reference_pay_average_daily" => reference_pay::average_daily(inputs),
        "reference_pay_average_phase2" => reference_pay::average_one_period(inputs),
        "reference_pay_average_display" => reference_pay::average_display(inputs),
        "reference_pay" => reference_pay::by_journey(inputs),
        "reference_pay_cylb" | "reference_pay_cylb_phase2" => cylb::reference_pay(inputs),
        "cylb_lookback_periods" => cylb::lookback_periods(inputs),
        "cylb_duration" => cylb::durations(inputs),
        "cylb_cutoff" => cylb::cutoffs(inputs),
        "end_to_end_claim_amount"
        | "phase1_end_to_end"
        | "phase2_end_to_end"
        | "phase2_end_to_end_tapered_rate" => end_to_end::claim(inputs),
        other => Err(ClaimError::unreadable("kind", format!("Unknown kind of case {other:?}"))),
    }
}
