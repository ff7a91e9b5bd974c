//! Cases on reference pay: regular pay, the average method and the choice between methods.

use furlough_engine::claim::input::{PayFrequency, PhaseOnePay, StatutoryLeave};
use furlough_engine::claim::json::claim::pay_frequency;
use furlough_engine::claim::json::read::{Field, Fields};
use furlough_engine::claim::json::Json;
use furlough_engine::claim::periods::PayPeriod;
use furlough_engine::claim::reference_pay::average::{average_daily_pay, AverageDailyPay};
use furlough_engine::claim::reference_pay::cylb::lookback_years;
use furlough_engine::claim::reference_pay::regular::regular_pay;
use furlough_engine::claim::reference_pay::{LastYearBasis, PayBasis, ReferencePay};
use furlough_engine::claim::ClaimError;

use super::cylb::last_year_payments;
use super::shape::{self, money};

pub fn regular(inputs: &Fields) -> Result<Json, ClaimError> {
    let pay = money(inputs, "regular_pay")?;
    let periods =
        inputs.list("periods", |field| Ok(regular_pay(pay, &shape::flat_pay_period(&field.fields()?)?)?))?;
    Ok(Json::object([
        ("reference_pay", periods.iter().map(|p| p.reference_pay).collect::<Vec<_>>().into()),
        ("non_furlough_pay", periods.iter().map(|p| p.non_furlough_pay).collect::<Vec<_>>().into()),
    ]))
}

/// One period, scaled to furloughed hours when hours are given.
pub fn regular_one_period(inputs: &Fields) -> Result<Json, ClaimError> {
    let pay_period = shape::flat_pay_period(&inputs.object("period")?)?;
    let reference_pay =
        PayBasis::Regular(money(inputs, "regular_pay")?).reference_pay(&pay_period, shape::hours(inputs)?)?;
    Ok(Json::object([("reference_pay", reference_pay.value.into())]))
}

/// Several periods with the non-furlough pay entered for partial ones.
pub fn average(inputs: &Fields) -> Result<Json, ClaimError> {
    let non_furlough = inputs.object("non_furlough_pay")?;
    let partial_pay = PhaseOnePay {
        partial_pay_before_furlough: non_furlough.optional("pre", Field::amount)?,
        partial_pay_after_furlough: non_furlough.optional("post", Field::amount)?,
        ..PhaseOnePay::default()
    };
    let basis = PayBasis::Variable {
        average: average_pay(inputs, "prior_furlough_period")?,
        last_year: None,
        partial_pay: &partial_pay,
    };
    let periods = inputs
        .list("periods", |field| basis.reference_pay(&shape::flat_pay_period(&field.fields()?)?, None))?;
    Ok(Json::object([
        ("reference_pay", periods.iter().map(|p| p.value).collect::<Vec<_>>().into()),
        ("non_furlough_pay", periods.iter().map(|p| p.non_furlough_pay).collect::<Vec<_>>().into()),
    ]))
}

pub fn average_daily(inputs: &Fields) -> Result<Json, ClaimError> {
    Ok(Json::object([("daily", average_pay(inputs, "prior_period")?.daily.into())]))
}

/// One period by the average method, scaled to furloughed hours when hours are given.
pub fn average_one_period(inputs: &Fields) -> Result<Json, ClaimError> {
    let pay_period = shape::flat_pay_period(&inputs.object("period")?)?;
    let reference_pay = average_basis_pay(inputs, &pay_period, None)?;
    Ok(Json::object([("reference_pay", reference_pay.value.into())]))
}

/// The steps of the average method as HMRC's confirmation page shows them.
pub fn average_display(inputs: &Fields) -> Result<Json, ClaimError> {
    let average = average_pay(inputs, "prior_furlough_period")?;
    let pay_period = shape::pay_period(inputs, "period", "furlough_part")?;
    Ok(Json::object([
        ("total_pay", average.total_pay.into()),
        ("days_employed", average.window.days().into()),
        ("total_pay_minus_stat_leave_pay", average.counted_pay.into()),
        ("days_minus_stat_leave_days", average.counted_days.into()),
        ("furlough_days", pay_period.furlough_days().into()),
        ("pay_based_on_furlough_days", average_basis_pay(inputs, &pay_period, None)?.value.into()),
    ]))
}

/// `journey` chooses regular pay, the average, or the higher of the average and each case's
/// pay last year.
pub fn by_journey(inputs: &Fields) -> Result<Json, ClaimError> {
    let period = inputs.object("period")?;
    let pay_period = shape::flat_pay_period(&period)?;
    match inputs.text("journey")? {
        "regular" => regular_one_period(inputs),
        "variable_average" => {
            Ok(Json::object([("reference_pay", average_basis_pay(inputs, &pay_period, None)?.value.into())]))
        }
        _ => {
            let frequency = match inputs.optional("pay_frequency", pay_frequency)? {
                Some(frequency) => frequency,
                None => frequency_of(&pay_period),
            };
            let average = average_basis_pay(inputs, &pay_period, None)?.value;
            let results = inputs.list("cases", |field| {
                let payments = last_year_payments(&field.fields()?)?;
                let years = lookback_years(pay_period.period.end());
                let basis = LastYearBasis { frequency, years, payments: &payments };
                let pay = average_basis_pay(inputs, &pay_period, Some(basis))?;
                Ok((pay.value, pay.last_year.map(|last_year| last_year.reference_pay)))
            })?;
            Ok(Json::object([
                ("reference_pay", results.iter().map(|r| r.0).collect::<Vec<_>>().into()),
                ("average_reference_pay", average.into()),
                ("cylb_reference_pay", results.iter().map(|r| r.1).collect::<Vec<_>>().into()),
            ]))
        }
    }
}

/// The case's pay frequency when it gives none: the one whose periods are this long.
fn frequency_of(pay_period: &PayPeriod) -> PayFrequency {
    match pay_period.period.days() {
        7 => PayFrequency::Weekly,
        14 => PayFrequency::Fortnightly,
        28 => PayFrequency::FourWeekly,
        _ => PayFrequency::Monthly,
    }
}

/// The reference pay of a period by the average method (and last year's pay when given).
fn average_basis_pay(
    inputs: &Fields,
    pay_period: &PayPeriod,
    last_year: Option<LastYearBasis>,
) -> Result<ReferencePay, ClaimError> {
    let partial_pay = PhaseOnePay::default();
    let average = average_pay(inputs, "prior_furlough_period")?;
    PayBasis::Variable { average, last_year, partial_pay: &partial_pay }
        .reference_pay(pay_period, shape::hours(inputs)?)
}

/// The average daily pay of `annual_pay` over the window `window_key`, less statutory leave.
fn average_pay(inputs: &Fields, window_key: &str) -> Result<AverageDailyPay, ClaimError> {
    let leave = |pay: &str, days: &str| -> Result<Option<StatutoryLeave>, ClaimError> {
        Ok(inputs
            .optional(pay, Field::amount)?
            .zip(inputs.optional(days, Field::count)?)
            .map(|(pay, days)| StatutoryLeave { pay, days }))
    };
    let leave =
        leave("statutory_leave_pay", "statutory_leave_days")?.or(leave("stat_leave_pay", "stat_leave_days")?);
    average_daily_pay(money(inputs, "annual_pay")?, inputs.required(window_key, Field::period)?, leave)
}
