//! Reading JSON values into typed inputs. Every error names the field at fault, with its place
//! in a list (`usual_hours[2].hours`), so a batch of claims can be fixed line by line.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{Map, Number, Value};

use crate::claim::error::ClaimError;
use crate::claim::input::Hours;
use crate::claim::periods::Period;
use crate::Money;

/// Amounts from a claim must be below £1 trillion, as for typed amounts (`Money::parse`).
const LARGEST_AMOUNT: i64 = 1_000_000_000_000;
/// Hours above this are not hours of a pay period.
const MOST_HOURS: i64 = 100_000;

/// A JSON number as the decimal its text spells. serde_json keeps a non-integer as a float, but
/// writes back the shortest text that reads as that float, which is the text it was given for
/// any amount of up to 15 significant digits.
pub fn exact_decimal(number: &Number) -> Option<Decimal> {
    let text = number.to_string();
    let parsed =
        if text.contains(['e', 'E']) { Decimal::from_scientific(&text) } else { Decimal::from_str(&text) };
    parsed.ok()
}

/// One JSON value and the name it is reported under.
#[derive(Clone, Debug)]
pub struct Field<'a> {
    value: &'a Value,
    name: String,
}

/// The members of a JSON object, reported under `path`.
#[derive(Clone, Debug)]
pub struct Fields<'a> {
    value: &'a Value,
    object: &'a Map<String, Value>,
    path: String,
}

impl<'a> Fields<'a> {
    /// The members of `value`, which must be an object; `path` prefixes their names in errors.
    pub fn of(value: &'a Value, path: &str) -> Result<Fields<'a>, ClaimError> {
        match value {
            Value::Object(object) => Ok(Fields { value, object, path: path.to_owned() }),
            _ => Err(ClaimError::unreadable(if path.is_empty() { "claim" } else { path }, "Expected a JSON object")),
        }
    }

    /// The object itself, for a reader that takes a whole JSON value.
    pub fn as_value(&self) -> &'a Value {
        self.value
    }

    /// The error name of a member.
    pub fn name(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Whether the member is present and not null.
    pub fn has(&self, key: &str) -> bool {
        self.object.get(key).is_some_and(|value| !value.is_null())
    }

    /// A member that is present and not null, converted by `read`.
    pub fn optional<T>(
        &self,
        key: &str,
        read: impl FnOnce(Field<'a>) -> Result<T, ClaimError>,
    ) -> Result<Option<T>, ClaimError> {
        match self.object.get(key) {
            Some(value) if !value.is_null() => read(Field { value, name: self.name(key) }).map(Some),
            _ => Ok(None),
        }
    }

    /// A member that must be present, converted by `read`.
    pub fn required<T>(
        &self,
        key: &str,
        read: impl FnOnce(Field<'a>) -> Result<T, ClaimError>,
    ) -> Result<T, ClaimError> {
        self.optional(key, read)?.ok_or_else(|| ClaimError::missing(&self.name(key)))
    }

    pub fn date(&self, key: &str) -> Result<NaiveDate, ClaimError> {
        self.required(key, Field::date)
    }

    pub fn text(&self, key: &str) -> Result<&'a str, ClaimError> {
        let object = self.object;
        match object.get(key) {
            Some(Value::String(text)) => Ok(text),
            Some(value) if !value.is_null() => Err(ClaimError::unreadable(self.name(key), "Expected text")),
            _ => Err(ClaimError::missing(&self.name(key))),
        }
    }

    /// A list member (missing or null is an empty list), each item converted by `read`.
    pub fn list<T>(
        &self,
        key: &str,
        read: impl Fn(Field<'a>) -> Result<T, ClaimError>,
    ) -> Result<Vec<T>, ClaimError> {
        Ok(self.optional(key, |field| field.list(&read))?.unwrap_or_default())
    }

    pub fn object(&self, key: &str) -> Result<Fields<'a>, ClaimError> {
        let name = self.name(key);
        let value =
            self.object.get(key).filter(|v| !v.is_null()).ok_or_else(|| ClaimError::missing(&name))?;
        Fields::of(value, &name)
    }
}

impl<'a> Field<'a> {
    pub fn name(&self) -> &str {
        &self.name
    }

    fn error(&self, message: impl Into<String>) -> ClaimError {
        ClaimError::unreadable(self.name.as_str(), message)
    }

    /// An ISO date, `YYYY-MM-DD`.
    pub fn date(self) -> Result<NaiveDate, ClaimError> {
        self.value
            .as_str()
            .and_then(|text| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
            .ok_or_else(|| self.error("Enter a real date as YYYY-MM-DD"))
    }

    /// An amount of money in a claim: a JSON number read exactly (from its text, never through a
    /// float) or a string as a person would type it; not negative, at most 2 decimal places.
    pub fn money(self) -> Result<Money, ClaimError> {
        let money = match self.value {
            Value::String(text) => Money::parse(text).map_err(|e| self.error(e.to_string()))?,
            Value::Number(_) => {
                let amount = self.decimal()?;
                if amount.normalize().scale() > 2 {
                    return Err(self.error("Enter an amount with no more than 2 decimal places"));
                }
                Money::new(amount)
            }
            _ => return Err(self.error("Enter an amount of money")),
        };
        if money.is_negative() {
            return Err(self.error("Enter an amount of 0 or more"));
        }
        if money.amount() >= Decimal::from(LARGEST_AMOUNT) {
            return Err(self.error("Enter an amount less than £1 trillion"));
        }
        Ok(money)
    }

    /// Any exact amount, as in HMRC's own unit tests (which use sub-penny amounts).
    pub fn amount(self) -> Result<Money, ClaimError> {
        match self.value {
            Value::String(text) => Money::parse(text).map_err(|e| self.error(e.to_string())),
            _ => self.decimal().map(Money::new),
        }
    }

    /// A JSON number, exactly as written.
    pub fn decimal(&self) -> Result<Decimal, ClaimError> {
        let Value::Number(number) = self.value else {
            return Err(self.error("Enter a number"));
        };
        exact_decimal(number).ok_or_else(|| self.error("Enter a smaller number"))
    }

    pub fn hours(self) -> Result<Hours, ClaimError> {
        let hours = self.decimal()?;
        if hours >= Decimal::from(MOST_HOURS) {
            return Err(self.error("Enter fewer hours"));
        }
        Hours::new(hours).ok_or_else(|| self.error("Enter hours of 0 or more"))
    }

    /// A whole number of 0 or more, such as a count of days.
    pub fn count(self) -> Result<u32, ClaimError> {
        let number = self.decimal()?;
        if number.normalize().scale() > 0 || number.is_sign_negative() {
            return Err(self.error("Enter a whole number of 0 or more"));
        }
        u32::try_from(number.trunc().mantissa()).map_err(|_| self.error("Enter a smaller number"))
    }

    pub fn boolean(self) -> Result<bool, ClaimError> {
        self.value.as_bool().ok_or_else(|| self.error("Expected true or false"))
    }

    pub fn text(self) -> Result<&'a str, ClaimError> {
        self.value.as_str().ok_or_else(|| self.error("Expected text"))
    }

    pub fn fields(&self) -> Result<Fields<'a>, ClaimError> {
        Fields::of(self.value, &self.name)
    }

    /// Each item of a list, named `name[index]`.
    pub fn list<T>(self, read: impl Fn(Field<'a>) -> Result<T, ClaimError>) -> Result<Vec<T>, ClaimError> {
        let Value::Array(items) = self.value else {
            return Err(self.error("Expected a list"));
        };
        items
            .iter()
            .enumerate()
            .map(|(index, value)| read(Field { value, name: format!("{}[{index}]", self.name) }))
            .collect()
    }

    /// A period written `{"start": …, "end": …}` or `[start, end]`.
    pub fn period(self) -> Result<Period, ClaimError> {
        let (start, end) = match self.value {
            Value::Array(pair) if pair.len() == 2 => {
                let date = |index: usize| Field { value: &pair[index], name: self.name.clone() }.date();
                (date(0)?, date(1)?)
            }
            _ => {
                let fields = self.fields()?;
                (fields.date("start")?, fields.date("end")?)
            }
        };
        Period::new(start, end).ok_or_else(|| self.error("The period cannot end before it starts"))
    }
}
