//! Reading numbers typed by a person. Strict, like `Money::parse`: plain digits with optional
//! thousands commas, so `1e5`, `NaN` and `1_000` are refused with a message saying what to type.

use rust_decimal::Decimal;
use std::str::FromStr;

use furlough_engine::{Money, MoneyParseError};

use crate::messages::{text as message, CommonText};

/// What was typed in one box: nothing, or a value, or a message saying what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum Typed<T> {
    Empty,
    Value(T),
    Invalid(String),
}

/// An amount of money: `32000`, `£32,000`, `32,000.50`.
pub fn money(typed: &str) -> Typed<Money> {
    let problem = match Money::parse(typed) {
        Ok(amount) => return Typed::Value(amount),
        Err(MoneyParseError::Empty) => return Typed::Empty,
        Err(MoneyParseError::NotANumber) => CommonText::MoneyNotANumber,
        Err(MoneyParseError::TooManyDecimalPlaces) => CommonText::MoneyTooManyDecimals,
        Err(MoneyParseError::MisplacedComma) => CommonText::MisplacedComma,
        Err(MoneyParseError::TooLarge) => CommonText::MoneyTooLarge,
    };
    Typed::Invalid(message(problem).into())
}

/// A whole number of people, weeks or years: `200`, `1,200`.
pub fn whole_number(text: &str) -> Typed<u32> {
    let text = text.trim();
    if text.is_empty() {
        return Typed::Empty;
    }
    match decimal_digits(text) {
        Some(digits) if !digits.contains('.') => match digits.parse::<u32>() {
            Ok(n) => Typed::Value(n),
            Err(_) => Typed::Invalid(message(CommonText::NumberTooLarge).into()),
        },
        Some(_) => Typed::Invalid(message(CommonText::WholeNumberHasFraction).into()),
        None => Typed::Invalid(message(CommonText::WholeNumberInvalid).into()),
    }
}

/// A number that may have a fraction, with an optional `%`: `60`, `12.5`, `60%`.
pub fn percentage(text: &str) -> Typed<Decimal> {
    let typed = text.trim();
    match typed.strip_suffix('%').map(str::trim_end) {
        Some("") => Typed::Invalid(message(CommonText::PercentageInvalid).into()),
        Some(number_part) => number(number_part, CommonText::PercentageInvalid),
        None => number(typed, CommonText::PercentageInvalid),
    }
}

/// A number that may have a fraction: `27`, `4.5`.
pub fn decimal(text: &str) -> Typed<Decimal> {
    number(text, CommonText::NumberInvalid)
}

fn number(typed: &str, problem: CommonText) -> Typed<Decimal> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Typed::Empty;
    }
    let (negative, unsigned) = match typed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, typed),
    };
    match decimal_digits(unsigned).and_then(|digits| Decimal::from_str(&digits).ok()) {
        Some(value) if negative => Typed::Value(-value),
        Some(value) => Typed::Value(value),
        None => Typed::Invalid(message(problem).into()),
    }
}

/// The plain digits of `1,234.5`, checking the commas separate thousands; `None` for anything
/// else (signs, exponents, underscores, letters, more than 12 digits before the point).
fn decimal_digits(text: &str) -> Option<String> {
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let groups: Vec<&str> = whole.split(',').collect();
    let first_ok = groups.first().is_some_and(|g| !g.is_empty() && (groups.len() == 1 || g.len() <= 3));
    let rest_ok = groups.iter().skip(1).all(|g| g.len() == 3);
    let digits_ok = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    let fraction_ok = fraction.is_none_or(|f| !f.is_empty() && f.len() <= 10 && f.bytes().all(|b| b.is_ascii_digit()));
    let whole = groups.concat();
    if !(first_ok && rest_ok && digits_ok && fraction_ok) || whole.len() > 12 {
        return None;
    }
    Some(match fraction {
        Some(fraction) => format!("{whole}.{fraction}"),
        None => whole,
    })
}

#[cfg(test)]
mod tests;
