//! Every number and date the user sees is formatted here, in one place, in the GOV.UK style:
//! `£1,234.56`, `1,234`, `60%`, `1 March 2020`. Big amounts are shortened (`£1.2m`) only where
//! a layout needs it (headline cards); tables always show exact figures.

use chrono::{Datelike, NaiveDate};
use furlough_engine::payroll::TaxYear;
use furlough_engine::money::group_thousands;
use furlough_engine::Money;
use rust_decimal::{Decimal, RoundingStrategy};

/// An exact amount: `£1,234.56`, `-£12.00` (the engine's `Money::pounds_text`, which the CLI
/// writes too).
pub fn money(amount: Money) -> String {
    amount.pounds_text()
}

/// A whole-pound amount, rounded half up: `£354,456`.
pub fn money_whole_pounds(amount: Money) -> String {
    let pounds = amount
        .amount()
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    let sign = if pounds.is_sign_negative() && !pounds.is_zero() { "-" } else { "" };
    format!("{sign}£{}", group_thousands(&pounds.abs().to_string()))
}

/// An amount as the user gave it: whole pounds when it has no pence (`£32,000`), else exact
/// (`£32,000.50`).
pub fn money_as_given(amount: Money) -> String {
    if amount.amount().fract().is_zero() {
        money_whole_pounds(amount)
    } else {
        money(amount)
    }
}

/// A shortened amount for headline cards: `£1.2m`, `£3.4bn` from a million up, exact below.
pub fn money_compact(amount: Money) -> String {
    let value = amount.amount();
    let million = Decimal::from(1_000_000);
    let billion = Decimal::from(1_000_000_000);
    let (scaled, unit) = if value.abs() >= billion {
        (value / billion, "bn")
    } else if value.abs() >= million {
        (value / million, "m")
    } else {
        return money(amount);
    };
    let rounded = scaled
        .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    let sign = if rounded.is_sign_negative() { "-" } else { "" };
    format!("{sign}£{}{unit}", rounded.abs())
}

/// A chart axis tick: `£0`, `£500`, `£250k`, `-£1.5m`, `£2bn`. Exact, never rounded: a tick is
/// a round number, and its label must name the very line it sits on (`£1.25m`, not `£1.3m`).
pub fn money_axis(amount: Money) -> String {
    let value = amount.amount();
    let size = value.abs();
    let (scaled, unit) = if size >= Decimal::from(1_000_000_000) {
        (size / Decimal::from(1_000_000_000), "bn")
    } else if size >= Decimal::from(1_000_000) {
        (size / Decimal::from(1_000_000), "m")
    } else if size >= Decimal::from(1_000) {
        (size / Decimal::from(1_000), "k")
    } else if size.fract().is_zero() {
        (size, "")
    } else {
        return money(amount);
    };
    let sign = if amount.is_negative() { "-" } else { "" };
    format!("{sign}£{}{unit}", decimal(scaled))
}

/// A count of people or firms: `1,234`.
pub fn count(n: u64) -> String {
    group_thousands(&n.to_string())
}

/// A decimal number as typed in results (hours, weeks): trailing zeros dropped, `4.31`.
pub fn decimal(value: Decimal) -> String {
    let normalized = value.normalize();
    let text = normalized.abs().to_string();
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole.to_string(), Some(fraction.to_string())),
        None => (text, None),
    };
    let sign = if normalized.is_sign_negative() && !normalized.is_zero() { "-" } else { "" };
    match fraction {
        Some(fraction) => format!("{sign}{}.{fraction}", group_thousands(&whole)),
        None => format!("{sign}{}", group_thousands(&whole)),
    }
}

/// A percentage: `60%`, `12.5%`.
pub fn percent(value: Decimal) -> String {
    format!("{}%", decimal(value))
}

/// A date as GOV.UK writes it: `1 March 2020`.
pub fn date(day: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ];
    let month = MONTHS.get(day.month0() as usize).copied().unwrap_or_default();
    format!("{} {} {}", day.day(), month, day.year())
}

/// A tax year as GOV.UK writes it in a sentence: `2025 to 2026`.
pub fn tax_year(year: TaxYear) -> String {
    let first = year.first_year();
    format!("{first} to {}", u32::from(first) + 1)
}

/// A tax year as publications title it, and as the form's choices show it: `2025-26`.
pub fn tax_year_short(year: TaxYear) -> String {
    year.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn m(text: &str) -> Money {
        Money::new(Decimal::from_str(text).unwrap())
    }

    #[test]
    fn money_has_a_pound_sign_thousands_commas_and_pence() {
        assert_eq!(money(m("1234.56")), "£1,234.56");
        assert_eq!(money(m("354456")), "£354,456.00");
        assert_eq!(money(m("0.5")), "£0.50");
        assert_eq!(money(m("999")), "£999.00");
        assert_eq!(money(m("1000000")), "£1,000,000.00");
        assert_eq!(money(m("-139363.92")), "-£139,363.92");
    }

    #[test]
    fn whole_pounds_round_half_up() {
        assert_eq!(money_whole_pounds(m("354456.50")), "£354,457");
        assert_eq!(money_whole_pounds(m("1772.28")), "£1,772");
        assert_eq!(money_whole_pounds(m("-0.4")), "£0");
    }

    #[test]
    fn compact_money_shortens_millions_and_billions_only() {
        assert_eq!(money_compact(m("1234567")), "£1.2m");
        assert_eq!(money_compact(m("1000000")), "£1m");
        assert_eq!(money_compact(m("12960000")), "£13m");
        assert_eq!(money_compact(m("3450000000")), "£3.5bn");
        assert_eq!(money_compact(m("354456.49")), "£354,456.49");
        assert_eq!(money_compact(m("1772.28")), "£1,772.28");
        assert_eq!(money_compact(m("-2500000")), "-£2.5m");
    }

    #[test]
    fn axis_money_is_short_and_exact() {
        assert_eq!(money_axis(m("0")), "£0");
        assert_eq!(money_axis(m("500")), "£500");
        assert_eq!(money_axis(m("250000")), "£250k");
        assert_eq!(money_axis(m("-200000.00")), "-£200k");
        assert_eq!(money_axis(m("1250000")), "£1.25m");
        assert_eq!(money_axis(m("-1500000")), "-£1.5m");
        assert_eq!(money_axis(m("2000000000")), "£2bn");
        assert_eq!(money_axis(m("0.5")), "£0.50");
    }

    #[test]
    fn counts_and_decimals_group_thousands() {
        assert_eq!(count(0), "0");
        assert_eq!(count(1234), "1,234");
        assert_eq!(count(100_000), "100,000");
        assert_eq!(decimal(Decimal::from_str("4.310").unwrap()), "4.31");
        assert_eq!(decimal(Decimal::from_str("12345.5").unwrap()), "12,345.5");
        assert_eq!(decimal(Decimal::from_str("-9.54").unwrap()), "-9.54");
        assert_eq!(percent(Decimal::from(60)), "60%");
    }

    #[test]
    fn dates_are_written_out() {
        assert_eq!(date(NaiveDate::from_ymd_opt(2020, 3, 1).unwrap()), "1 March 2020");
        assert_eq!(date(NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()), "31 December 2025");
    }
}
