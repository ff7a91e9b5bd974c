//! `Money`: an amount of pounds sterling, always a `rust_decimal::Decimal`, never a float.
//!
//! Every rounding step a rule names is an explicit method here, so a calculation reads like the
//! rule it implements (claim spec §1, estimate spec "Method"). Arithmetic is checked: an overflow
//! or a division by zero is an error value, never a panic (a wasm panic kills the whole page).

mod parse;

use std::fmt;
use std::iter::Sum;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize, Serializer};

pub use parse::MoneyParseError;

/// An amount of GBP. The field is private: amounts are made by the constructors and changed by
/// the checked operations and rounding steps below.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct Money(Decimal);

/// A string with at least two decimal places (`"566520.00"`, not `"566520"`): both specs print
/// money with two decimals, and a `Decimal`'s scale depends on how it was computed (£141,630 ÷
/// 0.25 has none). More places are kept, so a value always reads back unchanged.
impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut amount = self.0;
        if amount.scale() < 2 {
            amount.rescale(2);
        }
        Serialize::serialize(&amount, serializer)
    }
}

/// Why a money calculation could not be done. Inputs are validated long before these can
/// happen; they exist so that an absurd input is an error message instead of a crash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    Overflow,
    DivisionByZero,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MoneyError::Overflow => "the amounts are too large to calculate with",
            MoneyError::DivisionByZero => "a calculation divided by zero",
        })
    }
}

impl std::error::Error for MoneyError {}

pub type MoneyResult = Result<Money, MoneyError>;

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// An exact amount, e.g. `Money::new(Decimal::new(123456, 2))` is £1,234.56.
    pub const fn new(amount: Decimal) -> Money {
        Money(amount)
    }

    /// Whole pounds.
    pub fn pounds(pounds: i64) -> Money {
        Money(Decimal::from(pounds))
    }

    /// Pence, e.g. `Money::pence(57692)` is £576.92.
    pub fn pence(pence: i64) -> Money {
        Money(Decimal::new(pence, 2))
    }

    /// Reads user text: plain amounts only (`1234.56`, `£1,234.56`, `-12`); see [`parse`].
    pub fn parse(text: &str) -> Result<Money, MoneyParseError> {
        parse::parse_money(text)
    }

    pub const fn amount(self) -> Decimal {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    pub fn max(self, other: Money) -> Money {
        if other > self { other } else { self }
    }

    pub fn min(self, other: Money) -> Money {
        if other < self { other } else { self }
    }

    /// The default rounding of both specs: to the penny, half away from zero ("HALF_UP").
    pub fn round_half_up(self) -> Money {
        Money(self.0.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    /// Up to the next penny (away from zero): the CJRS daily maximum, £2,500 ÷ days in the month
    /// (claim spec §1: 80.65 for 31-day months).
    pub fn round_up_to_penny(self) -> Money {
        Money(self.0.round_dp_with_strategy(2, RoundingStrategy::AwayFromZero))
    }

    /// Down to the penny (toward zero): the estimate's weekly cap, £2,500 × 12 ÷ 52 = £576.92.
    pub fn round_down_to_penny(self) -> Money {
        Money(self.0.round_dp_with_strategy(2, RoundingStrategy::ToZero))
    }

    /// Down to the whole pound (toward zero): amounts used for the CJRS employer NIC and pension
    /// grants (claim spec §1, §6).
    pub fn round_down_to_pound(self) -> Money {
        Money(self.0.round_dp_with_strategy(0, RoundingStrategy::ToZero))
    }

    pub fn checked_add(self, other: Money) -> MoneyResult {
        self.0.checked_add(other.0).map(Money).ok_or(MoneyError::Overflow)
    }

    pub fn checked_sub(self, other: Money) -> MoneyResult {
        self.0.checked_sub(other.0).map(Money).ok_or(MoneyError::Overflow)
    }

    /// Multiplies by a factor (a rate, a count of days or hours). Not rounded.
    pub fn checked_mul(self, factor: Decimal) -> MoneyResult {
        self.0.checked_mul(factor).map(Money).ok_or(MoneyError::Overflow)
    }

    /// Divides by a divisor (days in a period, 52 weeks, …). Not rounded.
    pub fn checked_div(self, divisor: Decimal) -> MoneyResult {
        if divisor.is_zero() {
            return Err(MoneyError::DivisionByZero);
        }
        self.0.checked_div(divisor).map(Money).ok_or(MoneyError::Overflow)
    }

    /// The ratio of two amounts (e.g. grant ÷ (grant + top-up)). Not rounded.
    pub fn checked_ratio(self, denominator: Money) -> Result<Decimal, MoneyError> {
        if denominator.0.is_zero() {
            return Err(MoneyError::DivisionByZero);
        }
        self.0.checked_div(denominator.0).ok_or(MoneyError::Overflow)
    }

    /// `£1,234.56`, `-£12.00`, and `£0.00` for a negative zero: money as the CLI's English and
    /// the app's pages write it (the app's `format::money` is this).
    pub fn pounds_text(self) -> String {
        let text = Money(self.0.abs()).to_string();
        let (whole, pence) = text.split_once('.').unwrap_or((&text, "00"));
        let sign = if self.is_negative() { "-" } else { "" };
        format!("{sign}£{}.{pence}", group_thousands(whole))
    }

    /// Sums amounts, failing on overflow instead of panicking.
    pub fn checked_sum<I: IntoIterator<Item = Money>>(amounts: I) -> MoneyResult {
        amounts.into_iter().try_fold(Money::ZERO, Money::checked_add)
    }
}

/// `1234567` → `1,234,567`: a string of digits with a comma between each group of three, as
/// both the command line and the app write amounts and counts.
pub fn group_thousands(digits: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// Two decimals, no currency sign or separators: the machine format of the CLI's JSON output.
/// The app formats for people (`£1,234.56`) in its own formatting module.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.0)
    }
}

impl From<Decimal> for Money {
    fn from(amount: Decimal) -> Money {
        Money(amount)
    }
}

/// Saturates instead of panicking; prefer [`Money::checked_sum`] where an overflow must be
/// reported. Only for totals of already validated amounts.
impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        Money(iter.fold(Decimal::ZERO, |total, m| total.saturating_add(m.0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn m(text: &str) -> Money {
        Money(Decimal::from_str(text).unwrap())
    }

    #[test]
    fn pounds_text_has_a_pound_sign_and_thousands_separators() {
        assert_eq!(Money::pence(56_652_000).pounds_text(), "£566,520.00");
        assert_eq!(Money::pence(9_600).pounds_text(), "£96.00");
        assert_eq!(Money::pence(-123_456_789).pounds_text(), "-£1,234,567.89");
        assert_eq!(Money::ZERO.pounds_text(), "£0.00");
        assert_eq!(Money::from(-Decimal::ZERO).pounds_text(), "£0.00", "a negative zero has no sign");
    }

    #[test]
    fn half_up_rounds_a_half_penny_away_from_zero_not_to_even() {
        assert_eq!(m("0.125").round_half_up(), m("0.13"));
        assert_eq!(m("0.135").round_half_up(), m("0.14"));
        assert_eq!(m("-0.125").round_half_up(), m("-0.13"));
        assert_eq!(m("0.1249999").round_half_up(), m("0.12"));
    }

    #[test]
    fn the_daily_cap_is_rounded_up_to_the_penny_for_every_month_length() {
        let daily = |days: i64| Money::pounds(2500).checked_div(Decimal::from(days)).unwrap();
        assert_eq!(daily(31).round_up_to_penny(), m("80.65"));
        assert_eq!(daily(30).round_up_to_penny(), m("83.34"));
        assert_eq!(daily(29).round_up_to_penny(), m("86.21"));
        assert_eq!(daily(28).round_up_to_penny(), m("89.29"));
        assert_eq!(m("80.00").round_up_to_penny(), m("80.00"));
    }

    #[test]
    fn the_weekly_cap_is_rounded_down_to_the_penny() {
        let weekly = Money::pounds(2500)
            .checked_mul(Decimal::from(12))
            .and_then(|a| a.checked_div(Decimal::from(52)))
            .unwrap();
        assert_eq!(weekly.round_down_to_penny(), m("576.92"));
    }

    #[test]
    fn round_down_to_pound_drops_the_pence() {
        assert_eq!(m("1723.99").round_down_to_pound(), m("1723"));
        assert_eq!(m("719.00").round_down_to_pound(), m("719"));
    }

    #[test]
    fn division_by_zero_is_an_error_not_a_panic() {
        assert_eq!(Money::pounds(1).checked_div(Decimal::ZERO), Err(MoneyError::DivisionByZero));
        assert_eq!(Money::pounds(1).checked_ratio(Money::ZERO), Err(MoneyError::DivisionByZero));
    }

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        let huge = Money(Decimal::MAX);
        assert_eq!(huge.checked_add(huge), Err(MoneyError::Overflow));
        assert_eq!(huge.checked_mul(Decimal::from(2)), Err(MoneyError::Overflow));
        assert_eq!(Money::checked_sum([huge, huge]), Err(MoneyError::Overflow));
    }

    #[test]
    fn display_always_shows_two_decimals() {
        assert_eq!(m("1234.5").to_string(), "1234.50");
        assert_eq!(Money::pounds(7).to_string(), "7.00");
        assert_eq!(Money::pence(-5).to_string(), "-0.05");
    }

    #[test]
    fn serde_writes_at_least_two_decimals_and_keeps_any_more() {
        assert_eq!(serde_json::to_string(&Money::pounds(566520)).unwrap(), "\"566520.00\"");
        assert_eq!(serde_json::to_string(&m("0.5")).unwrap(), "\"0.50\"");
        assert_eq!(serde_json::to_string(&m("0.125")).unwrap(), "\"0.125\"");
        assert_eq!(serde_json::to_string(&Money::pence(-5)).unwrap(), "\"-0.05\"");
    }

    #[test]
    fn serde_round_trips_through_a_string() {
        let json = serde_json::to_string(&m("1234.56")).unwrap();
        assert_eq!(json, "\"1234.56\"");
        assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m("1234.56"));
    }
}
