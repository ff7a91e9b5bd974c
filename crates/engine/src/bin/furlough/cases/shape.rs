//! Reading the shapes HMRC's test cases use for periods, and writing caps and periods the way
//! those cases expect them.

use chrono::NaiveDate;
use furlough_engine::claim::cap::{Cap, CapBasis};
use furlough_engine::claim::flexible::FlexibleHours;
use furlough_engine::claim::json::read::{Field, Fields};
use furlough_engine::claim::json::Json;
use furlough_engine::claim::periods::PayPeriod;
use furlough_engine::claim::{ClaimError, Period};
use furlough_engine::Money;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A pay period given as `period_key` with its furloughed days as `part_key` (absent or null
/// for a full period).
pub fn pay_period(fields: &Fields, period_key: &str, part_key: &str) -> Result<PayPeriod, ClaimError> {
    let period = fields.required(period_key, Field::period)?;
    let furloughed = fields.optional(part_key, Field::period)?.unwrap_or(period);
    PayPeriod::new(period, furloughed)
        .ok_or_else(|| ClaimError::unreadable(fields.name(part_key), "Outside the pay period"))
}

/// A pay period written flat: `start`, `end`, and `furlough_start`/`furlough_end` when partial.
pub fn flat_pay_period(fields: &Fields) -> Result<PayPeriod, ClaimError> {
    let period = Period::new(fields.date("start")?, fields.date("end")?)
        .ok_or_else(|| ClaimError::unreadable(fields.name("end"), "Before the start"))?;
    let furloughed = match (
        fields.optional("furlough_start", Field::date)?,
        fields.optional("furlough_end", Field::date)?,
    ) {
        (Some(start), Some(end)) => Period::new(start, end)
            .ok_or_else(|| ClaimError::unreadable(fields.name("furlough_end"), "Before the start"))?,
        _ => period,
    };
    PayPeriod::new(period, furloughed)
        .ok_or_else(|| ClaimError::unreadable(fields.name("furlough_start"), "Outside the pay period"))
}

/// Usual and worked hours given as `usual_hours` and `actual_hours_worked` numbers.
pub fn hours(fields: &Fields) -> Result<Option<FlexibleHours>, ClaimError> {
    let usual = fields.optional("usual_hours", Field::hours)?;
    let worked = fields.optional("actual_hours_worked", Field::hours)?;
    Ok(usual.zip(worked).map(|(usual, worked)| FlexibleHours { usual, worked }))
}

pub fn money(fields: &Fields, key: &str) -> Result<Money, ClaimError> {
    fields.required(key, Field::amount)
}

pub fn optional_money(fields: &Fields, key: &str) -> Result<Money, ClaimError> {
    Ok(fields.optional(key, Field::amount)?.unwrap_or(Money::ZERO))
}

/// `[start, end]`.
pub fn period_pair(period: Period) -> Json {
    Json::List(vec![period.start().into(), period.end().into()])
}

pub fn date(date: NaiveDate) -> Json {
    date.into()
}

pub fn month_name(month: u32) -> &'static str {
    usize::try_from(month).ok().and_then(|m| MONTHS.get(m.wrapping_sub(1))).copied().unwrap_or("")
}

pub fn month_number(name: &str) -> Option<u32> {
    MONTHS.iter().position(|m| m.eq_ignore_ascii_case(name)).and_then(|i| u32::try_from(i + 1).ok())
}

/// A cap as HMRC's `FurloughCap` types: `FullPeriodCap`, `PartialPeriodCap`, `PeriodSpansMonthCap`.
pub fn cap(cap: &Cap) -> Json {
    let head = |kind: &str| Json::object([("type", kind.into()), ("value", cap.value.into())]);
    match &cap.basis {
        CapBasis::FullPeriod => head("FullPeriodCap"),
        CapBasis::PartialPeriod(share) => head("PartialPeriodCap").with(vec![
            ("furlough_days".into(), share.days.into()),
            ("month".into(), share.month.into()),
            ("daily_cap".into(), share.daily_cap.into()),
        ]),
        CapBasis::PeriodSpansMonths(shares) => head("PeriodSpansMonthCap").with(
            shares
                .iter()
                .enumerate()
                .flat_map(|(index, share)| {
                    let n = index + 1;
                    [
                        (format!("month{n}"), share.month.into()),
                        (format!("month{n}_days"), share.days.into()),
                        (format!("month{n}_daily"), share.daily_cap.into()),
                    ]
                })
                .collect(),
        ),
    }
}

