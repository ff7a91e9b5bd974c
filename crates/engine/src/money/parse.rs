//! Reading an amount of money typed by a person.
//!
//! `Decimal::from_str` accepts `1e5` and `1_000`; people mean neither, so the text is checked
//! here first. Accepted: optional `-`, optional `£`, digits with correctly placed thousands
//! commas, and at most two decimal places: `1234`, `1,234.56`, `£1234`, `-£12.5`, ` 12 `.

use std::fmt;

use rust_decimal::Decimal;

use super::Money;

/// The largest amount accepted from a person: £1 trillion. Far above any firm's figures, and far
/// below the point where the calculations could overflow.
const LARGEST_AMOUNT: i64 = 1_000_000_000_000;

/// Why a piece of text is not an amount of money. The messages finish the sentence
/// "Enter the amount …" in the app; here they stand alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyParseError {
    Empty,
    NotANumber,
    TooManyDecimalPlaces,
    MisplacedComma,
    TooLarge,
}

impl fmt::Display for MoneyParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MoneyParseError::Empty => "Enter an amount",
            MoneyParseError::NotANumber => {
                "Enter an amount in pounds using only numbers, like 1,234.56 or £1234"
            }
            MoneyParseError::TooManyDecimalPlaces => "Enter an amount with no more than 2 decimal places",
            MoneyParseError::MisplacedComma => {
                "Commas can only separate thousands, like 1,234,567.89"
            }
            MoneyParseError::TooLarge => "Enter an amount less than £1 trillion",
        })
    }
}

impl std::error::Error for MoneyParseError {}

pub(super) fn parse_money(text: &str) -> Result<Money, MoneyParseError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(MoneyParseError::Empty);
    }
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let rest = rest.strip_prefix('£').unwrap_or(rest);
    // "£-12.50": the sign may also follow the pound sign, but only once.
    let (negative, rest) = match rest.strip_prefix('-') {
        Some(after_sign) if !negative && text.starts_with('£') => (true, after_sign),
        _ => (negative, rest),
    };

    let (whole, fraction) = match rest.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (rest, None),
    };
    check_whole(whole)?;
    if let Some(fraction) = fraction {
        if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return Err(MoneyParseError::NotANumber);
        }
        if fraction.len() > 2 {
            return Err(MoneyParseError::TooManyDecimalPlaces);
        }
    }
    let whole_digits = whole.bytes().filter(|b| b.is_ascii_digit());
    if whole_digits.clone().count() == 0 {
        return Err(MoneyParseError::NotANumber);
    }
    if whole_digits.clone().skip_while(|&b| b == b'0').count() > 13 {
        return Err(MoneyParseError::TooLarge);
    }

    // The digits, checked above, make the amount's mantissa, and the decimal places its scale:
    // what `Decimal::from_str` would give, without its general parser or a copy of the text
    // (a 10,000-row roster holds tens of thousands of amounts). At most 13 + 2 digits, so the
    // mantissa fits an i64 by far; checked all the same.
    let fraction = fraction.unwrap_or_default();
    let mantissa = whole_digits
        .chain(fraction.bytes())
        .try_fold(0_i64, |mantissa, digit| mantissa.checked_mul(10)?.checked_add(i64::from(digit - b'0')))
        .ok_or(MoneyParseError::TooLarge)?;
    let amount = Decimal::new(mantissa, fraction.len() as u32);
    if amount >= Decimal::from(LARGEST_AMOUNT) {
        return Err(MoneyParseError::TooLarge);
    }
    Ok(Money(if negative { -amount } else { amount }))
}

/// Checks the whole-pounds part: digits, with commas only between groups of three.
fn check_whole(whole: &str) -> Result<(), MoneyParseError> {
    if !whole.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return Err(MoneyParseError::NotANumber);
    }
    if whole.contains(',') {
        let mut groups = whole.split(',');
        let first = groups.next().unwrap_or_default();
        let first_ok = (1..=3).contains(&first.len());
        if !first_ok || !groups.all(|group| group.len() == 3) {
            return Err(MoneyParseError::MisplacedComma);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;
    use crate::money::group_thousands;

    fn ok(text: &str) -> String {
        match parse_money(text) {
            Ok(money) => money.to_string(),
            Err(e) => panic!("{text:?} was rejected: {e}"),
        }
    }

    fn err(text: &str) -> MoneyParseError {
        match parse_money(text) {
            Ok(money) => panic!("{text:?} was accepted as {money}"),
            Err(e) => e,
        }
    }

    #[test]
    fn plain_amounts_with_or_without_a_pound_sign_and_commas_are_accepted() {
        assert_eq!(ok("1234.56"), "1234.56");
        assert_eq!(ok("1,234.56"), "1234.56");
        assert_eq!(ok("£1234"), "1234.00");
        assert_eq!(ok("£1,234,567.8"), "1234567.80");
        assert_eq!(ok("  32000 "), "32000.00");
        assert_eq!(ok("0.5"), "0.50");
        assert_eq!(ok("007"), "7.00");
    }

    #[test]
    fn a_minus_sign_may_come_before_or_after_the_pound_sign() {
        assert_eq!(ok("-12.50"), "-12.50");
        assert_eq!(ok("-£12.50"), "-12.50");
        assert_eq!(ok("£-12.50"), "-12.50");
    }

    #[test]
    fn scientific_notation_nan_and_underscores_are_rejected() {
        assert_eq!(err("1e5"), MoneyParseError::NotANumber);
        assert_eq!(err("1E5"), MoneyParseError::NotANumber);
        assert_eq!(err("NaN"), MoneyParseError::NotANumber);
        assert_eq!(err("inf"), MoneyParseError::NotANumber);
        assert_eq!(err("1_000"), MoneyParseError::NotANumber);
        assert_eq!(err("0x10"), MoneyParseError::NotANumber);
        assert_eq!(err("+5"), MoneyParseError::NotANumber);
        assert_eq!(err("12 345"), MoneyParseError::NotANumber);
        assert_eq!(err("£"), MoneyParseError::NotANumber);
        assert_eq!(err("."), MoneyParseError::NotANumber);
        assert_eq!(err("5."), MoneyParseError::NotANumber);
        assert_eq!(err("--5"), MoneyParseError::NotANumber);
        assert_eq!(err("٣"), MoneyParseError::NotANumber);
    }

    #[test]
    fn empty_text_asks_for_an_amount() {
        assert_eq!(err(""), MoneyParseError::Empty);
        assert_eq!(err("   "), MoneyParseError::Empty);
    }

    #[test]
    fn commas_must_separate_thousands() {
        assert_eq!(err("1,23"), MoneyParseError::MisplacedComma);
        assert_eq!(err("12,34,567"), MoneyParseError::MisplacedComma);
        assert_eq!(err(",123"), MoneyParseError::MisplacedComma);
        assert_eq!(err("1234,567"), MoneyParseError::MisplacedComma);
        assert_eq!(err("1,234.5,6"), MoneyParseError::NotANumber);
    }

    #[test]
    fn more_than_two_decimal_places_is_rejected() {
        assert_eq!(err("1.234"), MoneyParseError::TooManyDecimalPlaces);
    }

    proptest::proptest! {
        /// The amount read is exactly what the general decimal parser makes of its digits,
        /// scale included (`1.50` keeps two places), however it is typed.
        #[test]
        fn an_amount_is_what_its_digits_say(
            whole in 0_u64..1_000_000_000_000,
            zeros in 0_usize..3,
            fraction in proptest::option::of("[0-9]{1,2}"),
            negative: bool,
            pound: bool,
            commas: bool,
        ) {
            let digits = whole.to_string();
            let decimals = fraction.map(|f| format!(".{f}")).unwrap_or_default();
            let typed_whole = if commas { group_thousands(&digits) } else { format!("{}{digits}", "0".repeat(zeros)) };
            let typed = format!("{}{}{typed_whole}{decimals}", if negative { "-" } else { "" }, if pound { "£" } else { "" });
            let mut expected = Decimal::from_str(&format!("{digits}{decimals}")).unwrap();
            if negative {
                expected = -expected;
            }
            let amount = parse_money(&typed).unwrap().amount();
            proptest::prop_assert_eq!(amount, expected);
            proptest::prop_assert_eq!(amount.scale(), expected.scale());
        }
    }

    #[test]
    fn amounts_of_a_trillion_or_more_are_rejected() {
        assert_eq!(err("1000000000000"), MoneyParseError::TooLarge);
        assert_eq!(err("99999999999999999999999999999999999"), MoneyParseError::TooLarge);
        assert_eq!(ok("999,999,999,999.99"), "999999999999.99");
    }
}
