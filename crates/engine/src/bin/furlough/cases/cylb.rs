//! Cases on the same period last year: look-back periods, how days split between them, the
//! cut-off for recent starters, and the pay they give.

use furlough_engine::claim::input::LastYearPayment;
use furlough_engine::claim::json::claim::pay_frequency;
use furlough_engine::claim::json::read::{Field, Fields};
use furlough_engine::claim::json::Json;
use furlough_engine::claim::periods::PayPeriod;
use furlough_engine::claim::reference_pay::cylb::{self, LastYearPart};
use furlough_engine::claim::ClaimError;

use super::shape::{self, money};

pub fn last_year_payments(fields: &Fields) -> Result<Vec<LastYearPayment>, ClaimError> {
    fields.list("last_year_payments", |field| {
        let payment = field.fields()?;
        Ok(LastYearPayment { pay_date: payment.date("pay_date")?, amount: money(&payment, "amount")? })
    })
}

/// Looking back from the pay period: one year, or two for periods from 1 March 2021 (the case
/// gives no claim period, so the pay period's end stands in for the claim's end).
fn years(pay_period: &PayPeriod) -> u32 {
    cylb::lookback_years(pay_period.period.end())
}

fn out_of_range(fields: &Fields) -> ClaimError {
    ClaimError::unreadable(fields.name("period"), "Too far in the past to look back from")
}

/// The higher of the average-method reference pay (given) and last year's pay, scaled to
/// furloughed hours when hours are given, with last year's parts.
pub fn reference_pay(inputs: &Fields) -> Result<Json, ClaimError> {
    let frequency = inputs.required("pay_frequency", pay_frequency)?;
    let pay_period = shape::pay_period(inputs, "period", "furlough_part")?;
    let last_year =
        cylb::last_year_pay(frequency, &pay_period, years(&pay_period), &last_year_payments(inputs)?)?;
    let last_year_value = match shape::hours(inputs)? {
        Some(hours) => hours.scale(last_year.reference_pay)?,
        None => last_year.reference_pay,
    };
    let reference_pay = money(inputs, "average_method_reference_pay")?.max(last_year_value);
    let breakdown = match last_year.parts.as_slice() {
        [part] => Json::object([("type", "OnePeriodCylb".into())]).with(part_members(part)),
        parts => Json::object([
            ("type", "TwoPeriodCylb".into()),
            ("reference_pay", last_year.reference_pay.into()),
            ("periods", Json::List(parts.iter().map(|part| Json::Object(part_members(part))).collect())),
        ]),
    };
    Ok(Json::object([("reference_pay", reference_pay.into()), ("cylb_breakdown", breakdown)]))
}

fn part_members(part: &LastYearPart) -> Vec<(String, Json)> {
    vec![
        ("reference_pay".into(), part.reference_pay.into()),
        ("period_pay".into(), part.period_pay.into()),
        ("days_in_period".into(), part.days_in_period.into()),
        ("days_required".into(), part.days_required.into()),
        ("last_year_pay_day".into(), part.last_year_pay_day.into()),
    ]
}

/// Last year's pay periods for full (`full`) and partial (`partial.original`, `partial.furlough`)
/// pay periods.
pub fn lookback_periods(inputs: &Fields) -> Result<Json, ClaimError> {
    let periods = inputs.list("cases", |field| {
        let case = field.fields()?;
        let frequency = case.required("freq", pay_frequency)?;
        let pay_period = if case.has("full") {
            PayPeriod::full(case.required("full", Field::period)?)
        } else {
            shape::pay_period(&case.object("partial")?, "original", "furlough")?
        };
        let periods = cylb::lookback_periods(frequency, &pay_period, years(&pay_period))
            .ok_or_else(|| out_of_range(&case))?;
        Ok(Json::List(periods.iter().map(|lookback| shape::period_pair(lookback.period)).collect()))
    })?;
    Ok(Json::object([("last_year_periods", Json::List(periods))]))
}

/// `[full period length, days in the equivalent period, days in the previous period]`.
pub fn durations(inputs: &Fields) -> Result<Json, ClaimError> {
    let frequency = inputs.required("pay_frequency", pay_frequency)?;
    let durations = inputs.list("cases", |field| {
        let case = field.fields()?;
        let pay_period = shape::pay_period(&case, "period", "furlough_part")?;
        let d =
            cylb::duration(frequency, &pay_period, years(&pay_period)).ok_or_else(|| out_of_range(&case))?;
        Ok(Json::List(vec![
            d.full_period_length.into(),
            d.equivalent_period_days.into(),
            d.previous_period_days.into(),
        ]))
    })?;
    Ok(Json::object([(
        "tuples_fullPeriodLength_equivalentPeriodDays_previousPeriodDays",
        Json::List(durations),
    )]))
}

/// The start date before which an employee may use last year's pay, for a first pay period.
pub fn cutoffs(inputs: &Fields) -> Result<Json, ClaimError> {
    let frequency = inputs.required("pay_frequency", pay_frequency)?;
    let cutoffs = inputs.list("cases", |field: Field| {
        let case = field.fields()?;
        let pay_period = shape::pay_period(&case, "period", "furlough_part")?;
        cylb::cutoff(frequency, &pay_period, years(&pay_period))
            .map(shape::date)
            .ok_or_else(|| out_of_range(&case))
    })?;
    Ok(Json::object([("cutoff", Json::List(cutoffs))]))
}
