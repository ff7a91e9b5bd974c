//! Cases on caps, the 80% grant, the taper and their arithmetic.

use furlough_engine::claim::cap::{daily_max, full_period_cap, partial_period_cap, period_cap};
use furlough_engine::claim::grant::{at_rate, employer_top_up as top_up, grant_at_80, is_capped, share_of};
use furlough_engine::claim::json::claim::pay_frequency;
use furlough_engine::claim::json::read::{Field, Fields};
use furlough_engine::claim::json::Json;
use furlough_engine::claim::prorate::prorate_days;
use furlough_engine::claim::ClaimError;
use furlough_engine::Money;

use super::shape::{self, money};

/// A full period's cap and grant.
pub fn full_period(inputs: &Fields) -> Result<Json, ClaimError> {
    let frequency = inputs.required("pay_frequency", pay_frequency)?;
    let cap = full_period_cap(frequency, inputs.required("pay_period", Field::period)?)?;
    let grant = grant_at_80(money(inputs, "reference_pay")?, cap.value)?;
    Ok(Json::object([("furlough_grant", grant.into()), ("furlough_cap", shape::cap(&cap))]))
}

/// A partial period's cap (by its furloughed days) and grant.
pub fn partial_period(inputs: &Fields) -> Result<Json, ClaimError> {
    let pay_period = shape::pay_period(inputs, "pay_period", "furlough_part")?;
    let cap = partial_period_cap(pay_period.furloughed)?;
    let grant = grant_at_80(money(inputs, "reference_pay_for_furlough_days")?, cap.value)?;
    Ok(Json::object([("furlough_grant", grant.into()), ("furlough_cap", shape::cap(&cap))]))
}

/// Grants of several periods and their total.
pub fn total(inputs: &Fields) -> Result<Json, ClaimError> {
    let frequency = inputs.required("pay_frequency", pay_frequency)?;
    let periods = inputs.list("periods", |field| {
        let period = field.fields()?;
        let cap = period_cap(frequency, &shape::pay_period(&period, "pay_period", "furlough_part")?)?;
        Ok((grant_at_80(money(&period, "reference_pay")?, cap.value)?, cap.value))
    })?;
    let grants: Vec<Money> = periods.iter().map(|&(grant, _)| grant).collect();
    Ok(Json::object([
        ("furlough_total", Money::checked_sum(grants.iter().copied())?.into()),
        ("per_period_grants", grants.into()),
        ("caps", periods.iter().map(|&(_, cap)| cap).collect::<Vec<_>>().into()),
    ]))
}

/// Flexibly furloughed periods: the cap scaled to furloughed hours.
pub fn flexible_total(inputs: &Fields) -> Result<Json, ClaimError> {
    let frequency = inputs.required("pay_frequency", pay_frequency)?;
    let grants = inputs.list("periods", |field| {
        let period = field.fields()?;
        let cap = period_cap(frequency, &shape::pay_period(&period, "pay_period", "furlough_part")?)?.value;
        let cap = match shape::hours(&period)? {
            Some(hours) => hours.scale(cap)?,
            None => cap,
        };
        Ok(grant_at_80(money(&period, "reference_pay_hours_adjusted")?, cap)?)
    })?;
    Ok(Json::object([("furlough_total", Money::checked_sum(grants)?.into())]))
}

/// Caps of full periods, or of partial periods when the case names `partialFurloughCap`.
pub fn caps(inputs: &Fields) -> Result<Json, ClaimError> {
    let partial = inputs.optional("function", Field::text)? == Some("partialFurloughCap");
    let frequency = if partial { None } else { Some(inputs.required("pay_frequency", pay_frequency)?) };
    let caps = inputs.list("periods", |field| {
        let period = field.period()?;
        let cap = match frequency {
            Some(frequency) => full_period_cap(frequency, period)?,
            None => partial_period_cap(period)?,
        };
        Ok(shape::cap(&cap))
    })?;
    Ok(Json::object([("caps", Json::List(caps))]))
}

pub fn daily_caps(inputs: &Fields) -> Result<Json, ClaimError> {
    let caps = inputs.list("months", |field| {
        let name = field.name().to_owned();
        let month = shape::month_number(field.text()?).ok_or_else(|| ClaimError::unreadable(name, "Not a month"))?;
        Ok(daily_max(month)?)
    })?;
    Ok(Json::object([("daily_max", caps.into())]))
}

/// HMRC's arithmetic helpers, told apart by their inputs.
pub fn arithmetic(inputs: &Fields) -> Result<Json, ClaimError> {
    if inputs.has("payment") {
        let days = |key: &str| inputs.required(key, Field::count).map(u64::from);
        let result =
            prorate_days(money(inputs, "payment")?, days("partial_days")?, days("whole_period_days")?)?;
        return Ok(Json::object([("result", result.into())]));
    }
    if inputs.has("cases") {
        let claimable = inputs.list("cases", |field| {
            let case = field.fields()?;
            Ok(grant_at_80(money(&case, "amount")?, money(&case, "cap")?)?)
        })?;
        return Ok(Json::object([("claimable", claimable.into())]));
    }
    if inputs.has("values") {
        let rounded = inputs.list("values", |field| Ok(field.amount()?.round_half_up()))?;
        return Ok(Json::object([("rounded", rounded.into())]));
    }
    if inputs.has("rate") {
        let rate = inputs.required("rate", Field::count)?;
        let calculated = share_of(money(inputs, "reference_pay")?, rate)?.round_half_up();
        return Ok(Json::object([("calculatedFurlough", calculated.to_string().into())]));
    }
    if inputs.has("cap") {
        let capped = is_capped(money(inputs, "reference_pay")?, money(inputs, "cap")?)?;
        return Ok(Json::object([("isCapped", capped.into())]));
    }
    let eighty = share_of(money(inputs, "amount")?, 80)?.round_half_up();
    Ok(Json::object([("eighty_percent", eighty.into())]))
}

/// A cap and its daily cap shown at the tapered rate.
pub fn tapered_cap(inputs: &Fields) -> Result<Json, ClaimError> {
    let rate = inputs.required("rate", Field::count)?;
    let cap = inputs.object("cap")?;
    let cap_at_rate = at_rate(money(&cap, "value")?, rate)?;
    let mut shown = Vec::new();
    let mut members = vec![("cap_at_rate".to_owned(), Json::from(cap_at_rate))];
    if cap.has("daily_cap") {
        let daily_at_rate = at_rate(money(&cap, "daily_cap")?, rate)?;
        shown.push(cap.required("furlough_days", Field::count)?.to_string());
        shown.push(shape::month_name(cap.required("month", Field::count)?).to_owned());
        shown.push(daily_at_rate.to_string());
        members.push(("daily_cap_at_rate".to_owned(), daily_at_rate.into()));
    }
    shown.push(cap_at_rate.to_string());
    Ok(Json::object([("rendered", shown.join("|").into())]).with(members))
}

/// What the employer must add to a grant paid at a tapered rate.
pub fn employer_top_up(inputs: &Fields) -> Result<Json, ClaimError> {
    let additional =
        top_up(money(inputs, "furlough_grant_at_80pct")?, inputs.required("rate", Field::count)?)?;
    let message = format!(
        "You must pay this employee an additional {} to be eligible for this grant. \
         This is because employees must be paid at least 80% of their wages.",
        additional.pounds_text()
    );
    Ok(Json::object([("employer_must_pay_additional", additional.into()), ("message", message.into())]))
}
