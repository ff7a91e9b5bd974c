//! `TaxYear`: the UK tax year, 6 April to 5 April, written like `2025-26`. Payroll thresholds
//! and the statutory redundancy pay cap change on 6 April, so every rule table is keyed by it.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A tax year, named by the calendar year it starts in (2025 for `2025-26`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TaxYear {
    first_year: u16,
}

/// Why a piece of text is not a tax year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaxYearParseError;

impl fmt::Display for TaxYearParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Write the tax year like 2025-26 (the year it starts, a dash, the next year's last two digits)")
    }
}

impl std::error::Error for TaxYearParseError {}

impl TaxYear {
    /// The tax year that starts on 6 April of `year`.
    pub const fn starting_in(year: u16) -> TaxYear {
        TaxYear { first_year: year }
    }

    pub const fn first_year(self) -> u16 {
        self.first_year
    }

    /// The tax year a date falls in: on or after 6 April it is the year starting that April.
    pub fn containing(date: NaiveDate) -> Option<TaxYear> {
        let year = if (date.month(), date.day()) >= (4, 6) {
            date.year()
        } else {
            date.year() - 1
        };
        u16::try_from(year).ok().map(TaxYear::starting_in)
    }
}

impl fmt::Display for TaxYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let next = (u32::from(self.first_year) + 1) % 100;
        write!(f, "{}-{next:02}", self.first_year)
    }
}

impl FromStr for TaxYear {
    type Err = TaxYearParseError;

    /// Accepts `2025-26` only: the second part must be the following year, so `2025-27` and
    /// `2025` are rejected rather than guessed at.
    fn from_str(text: &str) -> Result<TaxYear, TaxYearParseError> {
        let (first, second) = text.trim().split_once('-').ok_or(TaxYearParseError)?;
        let digits =
            |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        if !digits(first, 4) || !digits(second, 2) {
            return Err(TaxYearParseError);
        }
        let first_year: u16 = first.parse().map_err(|_| TaxYearParseError)?;
        let tax_year = TaxYear::starting_in(first_year);
        if tax_year.to_string() != format!("{first}-{second}") {
            return Err(TaxYearParseError);
        }
        Ok(tax_year)
    }
}

impl Serialize for TaxYear {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TaxYear {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TaxYear, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_tax_year_starts_on_6_april() {
        assert_eq!(
            TaxYear::containing(date(2025, 4, 5)),
            Some(TaxYear::starting_in(2024))
        );
        assert_eq!(
            TaxYear::containing(date(2025, 4, 6)),
            Some(TaxYear::starting_in(2025))
        );
        assert_eq!(
            TaxYear::containing(date(2026, 1, 31)),
            Some(TaxYear::starting_in(2025))
        );
        assert_eq!(
            TaxYear::containing(date(2026, 11, 20)),
            Some(TaxYear::starting_in(2026))
        );
    }

    #[test]
    fn tax_years_are_written_with_the_next_years_last_two_digits() {
        assert_eq!(TaxYear::starting_in(2025).to_string(), "2025-26");
        assert_eq!(TaxYear::starting_in(1999).to_string(), "1999-00");
        assert_eq!("2026-27".parse(), Ok(TaxYear::starting_in(2026)));
        assert_eq!(" 1999-00 ".parse(), Ok(TaxYear::starting_in(1999)));
    }

    #[test]
    fn text_that_is_not_a_consecutive_pair_of_years_is_rejected() {
        for text in [
            "2025",
            "2025-27",
            "2025/26",
            "25-26",
            "2025-2026",
            "",
            "abcd-ef",
            "-2025-26",
        ] {
            assert_eq!(text.parse::<TaxYear>(), Err(TaxYearParseError), "{text:?}");
        }
    }

    #[test]
    fn serde_uses_the_written_form() {
        let json = serde_json::to_string(&TaxYear::starting_in(2025)).unwrap();
        assert_eq!(json, "\"2025-26\"");
        assert_eq!(
            serde_json::from_str::<TaxYear>(&json).unwrap(),
            TaxYear::starting_in(2025)
        );
        assert!(serde_json::from_str::<TaxYear>("2025").is_err());
    }
}
