//! Cases on the employer NIC and pension grants.

use furlough_engine::claim::contribution::{self, Threshold};
use furlough_engine::claim::input::PayFrequency;
use furlough_engine::claim::json::claim::{choice, nic_category, pay_frequency, pension_status};
use furlough_engine::claim::json::read::Fields;
use furlough_engine::claim::json::Json;
use furlough_engine::claim::nic::{self, NicGrant, PhaseOnePeriodPay};
use furlough_engine::claim::pension::{pension_grant, PensionGrant};
use furlough_engine::claim::periods::PayPeriod;
use furlough_engine::claim::tables::{NIC_RATE, PENSION_RATE};
use furlough_engine::claim::ClaimError;
use furlough_engine::Money;

use super::shape::{self, money, optional_money};

/// `(amount − threshold) × rate` for NIC ("NI 13.8%") and pension ("pension 3%") rates.
pub fn above_threshold(inputs: &Fields) -> Result<Json, ClaimError> {
    let results = inputs.list("cases", |field| {
        let case = field.fields()?;
        let rate = choice(
            case.required("rate", Ok::<_, ClaimError>)?,
            &[("NI 13.8%", NIC_RATE), ("pension 3%", PENSION_RATE)],
        )?;
        Ok(contribution::above_threshold(money(&case, "amount")?, money(&case, "threshold")?, rate)?)
    })?;
    Ok(Json::object([("results", results.into())]))
}

pub fn phase_one_nic(inputs: &Fields) -> Result<Json, ClaimError> {
    let additional_payment = optional_money(inputs, "additional_payment")?;
    let nic = phase_one_period_nic(inputs, inputs, additional_payment, optional_money(inputs, "top_up")?)?;
    Ok(Json::object([
        ("nic_grant", nic.grant.into()),
        ("threshold", threshold(nic.threshold)),
        (
            "nic_cap",
            Json::object([
                ("furlough_grant", money(inputs, "furlough_grant")?.into()),
                ("uncapped_nic_grant", nic.uncapped_grant.into()),
                ("cap_13_8_pct_of_grant", nic.cap.into()),
            ]),
        ),
    ]))
}

/// Several periods, with top-ups and additional payments listed by pay period end.
pub fn phase_one_nic_total(inputs: &Fields) -> Result<Json, ClaimError> {
    let for_period = |key: &str, pay_period: &PayPeriod| {
        let entries = inputs.list(key, |field| {
            let entry = field.fields()?;
            Ok((entry.date("pay_period_end")?, money(&entry, "amount")?))
        })?;
        Ok::<_, ClaimError>(
            entries.into_iter().find(|(end, _)| *end == pay_period.period.end()).map_or(Money::ZERO, |e| e.1),
        )
    };
    let grants = inputs.list("periods", |field| {
        let period = field.fields()?;
        let pay_period = shape::pay_period(&period, "pay_period", "furlough_part")?;
        let additional = for_period("additional_payments", &pay_period)?;
        let top_up = for_period("top_ups", &pay_period)?;
        Ok(phase_one_period_nic(inputs, &period, additional, top_up)?.grant)
    })?;
    Ok(Json::object([("nic_total", Money::checked_sum(grants)?.into())]))
}

/// The NIC of one phase-1 period: category and frequency from `claim`, the rest from `period`.
fn phase_one_period_nic(
    claim: &Fields,
    period: &Fields,
    additional_payment: Money,
    top_up: Money,
) -> Result<NicGrant, ClaimError> {
    let pay = PhaseOnePeriodPay {
        furlough_grant: money(period, "furlough_grant")?,
        top_up,
        additional_payment,
        non_furlough_pay: optional_money(period, "non_furlough_pay")?,
    };
    nic::phase_one_nic(
        claim.required("nic_category", nic_category)?,
        claim.required("pay_frequency", pay_frequency)?,
        period.date("payment_date")?,
        &shape::pay_period(period, "pay_period", "furlough_part")?,
        pay,
    )
}

pub fn july_2020_nic(inputs: &Fields) -> Result<Json, ClaimError> {
    let (frequency, pay_period) = frequency_and_period(inputs)?;
    let nic = nic::july_2020_nic(
        inputs.required("nic_category", nic_category)?,
        frequency,
        inputs.date("payment_date")?,
        &pay_period,
        shape::hours(inputs)?,
        money(inputs, "furlough_grant")?,
    )?;
    Ok(Json::object([("nic_total", nic.grant.into())]))
}

pub fn pension(inputs: &Fields) -> Result<Json, ClaimError> {
    let pension = period_pension(inputs)?;
    Ok(Json::object([
        ("pension_grant", pension.grant.into()),
        ("threshold", threshold(pension.threshold)),
        ("allowance", pension.threshold.used.into()),
    ]))
}

pub fn july_2020_pension(inputs: &Fields) -> Result<Json, ClaimError> {
    Ok(Json::object([("pension_total", period_pension(inputs)?.grant.into())]))
}

fn period_pension(inputs: &Fields) -> Result<PensionGrant, ClaimError> {
    let (frequency, pay_period) = frequency_and_period(inputs)?;
    pension_grant(
        inputs.required("pension_status", pension_status)?,
        frequency,
        inputs.date("payment_date")?,
        &pay_period,
        shape::hours(inputs)?,
        money(inputs, "furlough_grant")?,
    )
}

fn frequency_and_period(inputs: &Fields) -> Result<(PayFrequency, PayPeriod), ClaimError> {
    Ok((
        inputs.required("pay_frequency", pay_frequency)?,
        shape::pay_period(inputs, "pay_period", "furlough_part")?,
    ))
}

fn threshold(threshold: Threshold) -> Json {
    Json::object([("value", threshold.per_period.into()), ("tax_year", threshold.tax_year.label().into())])
}
