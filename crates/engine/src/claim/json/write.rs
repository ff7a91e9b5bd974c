//! A small JSON value for output, so money is written as a number with exactly two decimals
//! (claim spec §8) without ever passing through a float, and fields keep their order.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::Value;

use super::read::exact_decimal;
use crate::Money;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number written as the decimal is (hours, counts).
    Number(Decimal),
    /// Money, written with two decimals.
    Money(Money),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// An object from `(name, value)` pairs, in that order.
    pub fn object<const N: usize>(members: [(&str, Json); N]) -> Json {
        Json::Object(members.into_iter().map(|(name, value)| (name.to_owned(), value)).collect())
    }

    /// Adds or replaces members of an object (no effect on other values).
    pub fn with(mut self, extra: Vec<(String, Json)>) -> Json {
        if let Json::Object(members) = &mut self {
            for (name, value) in extra {
                members.retain(|(existing, _)| *existing != name);
                members.push((name, value));
            }
        }
        self
    }

    /// Copies a JSON input value; numbers keep their exact text.
    pub fn from_value(value: &Value) -> Json {
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => exact_decimal(n).map_or(Json::Null, Json::Number),
            Value::String(s) => Json::Text(s.clone()),
            Value::Array(items) => Json::List(items.iter().map(Json::from_value).collect()),
            Value::Object(members) => {
                Json::Object(members.iter().map(|(name, v)| (name.clone(), Json::from_value(v))).collect())
            }
        }
    }
}

impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => write!(f, "{b}"),
            Json::Number(n) => write!(f, "{}", n.normalize()),
            Json::Money(m) => write!(f, "{m}"),
            Json::Text(text) => write_text(f, text),
            Json::List(items) => {
                f.write_str("[")?;
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Json::Object(members) => {
                f.write_str("{")?;
                for (index, (name, value)) in members.iter().enumerate() {
                    if index > 0 {
                        f.write_str(",")?;
                    }
                    write_text(f, name)?;
                    write!(f, ":{value}")?;
                }
                f.write_str("}")
            }
        }
    }
}

fn write_text(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    f.write_str(&serde_json::to_string(text).map_err(|_| fmt::Error)?)
}

impl From<Money> for Json {
    fn from(money: Money) -> Json {
        Json::Money(money)
    }
}

impl From<bool> for Json {
    fn from(b: bool) -> Json {
        Json::Bool(b)
    }
}

impl From<u32> for Json {
    fn from(n: u32) -> Json {
        Json::Number(n.into())
    }
}

impl From<u64> for Json {
    fn from(n: u64) -> Json {
        Json::Number(n.into())
    }
}

impl From<Decimal> for Json {
    fn from(n: Decimal) -> Json {
        Json::Number(n)
    }
}

impl From<&str> for Json {
    fn from(text: &str) -> Json {
        Json::Text(text.to_owned())
    }
}

impl From<String> for Json {
    fn from(text: String) -> Json {
        Json::Text(text)
    }
}

impl From<NaiveDate> for Json {
    fn from(date: NaiveDate) -> Json {
        Json::Text(date.to_string())
    }
}

impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(value: Option<T>) -> Json {
        value.map_or(Json::Null, Into::into)
    }
}

impl<T: Into<Json>> From<Vec<T>> for Json {
    fn from(items: Vec<T>) -> Json {
        Json::List(items.into_iter().map(Into::into).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_written_as_a_number_with_two_decimals() {
        let json = Json::object([("claim_amount", Money::pounds(1600).into()), ("rate", 80u32.into())]);
        assert_eq!(json.to_string(), r#"{"claim_amount":1600.00,"rate":80}"#);
    }

    #[test]
    fn text_is_escaped_and_absent_values_are_null() {
        let json =
            Json::object([("message", "a \"quoted\" £".into()), ("date", Option::<NaiveDate>::None.into())]);
        assert_eq!(json.to_string(), r#"{"message":"a \"quoted\" £","date":null}"#);
    }
}
