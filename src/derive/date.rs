//! Reading a date typed into day, month and year boxes (GOV.UK date input). Strict: digits only
//! (a month may also be its name, `Nov` or `November`), a 4-digit year and a real calendar
//! date; every message names the date so it reads well in the error summary.

use chrono::NaiveDate;

use super::parse::Typed;
use crate::messages::{text, text_with, ClaimProblemText};
use crate::state::{DatePart, DateText};

const MONTH_NAMES: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// The date in the boxes; `name` ("The claim start date") starts its error messages.
pub fn date(typed: &DateText, name: ClaimProblemText) -> Typed<NaiveDate> {
    if typed.is_blank() {
        return Typed::Empty;
    }
    let blank: Vec<DatePart> = DatePart::ALL.into_iter().filter(|&part| typed.part(part).trim().is_empty()).collect();
    if !blank.is_empty() {
        let parts: Vec<&str> = blank.iter().map(|&part| text(part_name(part))).collect();
        let parts = parts.join(text(ClaimProblemText::And));
        return Typed::Invalid(text_with(ClaimProblemText::DateIncomplete, &[("name", text(name)), ("parts", &parts)]));
    }
    let not_real = || Typed::Invalid(text_with(ClaimProblemText::DateNotReal, &[("name", text(name))]));
    let year_text = typed.year.trim();
    let (Some(day), Some(month)) = (number(&typed.day), month(&typed.month)) else {
        return not_real();
    };
    if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
        return Typed::Invalid(text_with(ClaimProblemText::DateYearDigits, &[("name", text(name))]));
    }
    let year = year_text.parse::<i32>().ok();
    match year.and_then(|year| NaiveDate::from_ymd_opt(year, month, day)) {
        Some(date) => Typed::Value(date),
        None => not_real(),
    }
}

/// The date if the boxes hold one, for deciding which questions to ask.
pub fn date_if_valid(typed: &DateText) -> Option<NaiveDate> {
    match date(typed, ClaimProblemText::ClaimStartName) {
        Typed::Value(date) => Some(date),
        Typed::Empty | Typed::Invalid(_) => None,
    }
}

/// The boxes a problem with this date is in, for highlighting them (GOV.UK date input: only the
/// parts in error): the empty ones of an incomplete date, else those that cannot be a day, a
/// month or a year; all three when each part can be but the date cannot (31 February), or the
/// problem is with the date itself (a claim ending before it starts).
pub fn parts_in_error(typed: &DateText) -> Vec<DatePart> {
    let blank = |part: DatePart| typed.part(part).trim().is_empty();
    let unreadable = |part: DatePart| match part {
        DatePart::Day => !number(&typed.day).is_some_and(|day| (1..=31).contains(&day)),
        DatePart::Month => !month(&typed.month).is_some_and(|month| (1..=12).contains(&month)),
        DatePart::Year => {
            let year = typed.year.trim();
            year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit())
        }
    };
    let all = DatePart::ALL.to_vec();
    if typed.is_blank() {
        return all;
    }
    let faulty: Vec<DatePart> = if DatePart::ALL.into_iter().any(blank) {
        DatePart::ALL.into_iter().filter(|&part| blank(part)).collect()
    } else {
        DatePart::ALL.into_iter().filter(|&part| unreadable(part)).collect()
    };
    if faulty.is_empty() { all } else { faulty }
}

fn part_name(part: DatePart) -> ClaimProblemText {
    match part {
        DatePart::Day => ClaimProblemText::ADay,
        DatePart::Month => ClaimProblemText::AMonth,
        DatePart::Year => ClaimProblemText::AYear,
    }
}

/// One or two digits: `7`, `07`, `31`.
fn number(typed: &str) -> Option<u32> {
    let typed = typed.trim();
    (1..=2).contains(&typed.len()).then_some(())?;
    typed.bytes().all(|b| b.is_ascii_digit()).then(|| typed.parse().ok()).flatten()
}

/// A month's number, or its name in full or cut to three letters or more: `11`, `Nov`, `November`.
fn month(typed: &str) -> Option<u32> {
    if let Some(month) = number(typed) {
        return Some(month);
    }
    let lower = typed.trim().to_ascii_lowercase();
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let index = FULL
        .iter()
        .zip(MONTH_NAMES)
        .position(|(full, short)| lower.len() >= 3 && lower.starts_with(short) && full.starts_with(lower.as_str()))?;
    u32::try_from(index + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(day: &str, month: &str, year: &str) -> DateText {
        DateText { day: day.into(), month: month.into(), year: year.into() }
    }

    fn read(day: &str, month: &str, year: &str) -> Typed<NaiveDate> {
        date(&typed(day, month, year), ClaimProblemText::ClaimStartName)
    }

    fn invalid(day: &str, month: &str, year: &str) -> String {
        match read(day, month, year) {
            Typed::Invalid(message) => message,
            other => panic!("expected an error, got {other:?}"),
        }
    }

    #[test]
    fn a_date_is_read_from_its_three_boxes_with_or_without_leading_zeros() {
        let november = NaiveDate::from_ymd_opt(2020, 11, 1).unwrap();
        assert_eq!(read("1", "11", "2020"), Typed::Value(november));
        assert_eq!(read(" 01 ", "11", "2020"), Typed::Value(november));
        assert_eq!(read("1", "Nov", "2020"), Typed::Value(november));
        assert_eq!(read("1", "november", "2020"), Typed::Value(november));
    }

    #[test]
    fn empty_boxes_are_no_answer_yet() {
        assert_eq!(read("", " ", ""), Typed::Empty);
    }

    #[test]
    fn a_date_missing_a_box_says_which() {
        assert_eq!(invalid("1", "", "2020"), "The claim start date must include a month");
        assert_eq!(invalid("", "", "2020"), "The claim start date must include a day and a month");
    }

    #[test]
    fn a_date_that_is_not_in_the_calendar_is_refused() {
        for (day, month, year) in [
            ("31", "11", "2020"),
            ("29", "2", "2021"),
            ("0", "1", "2020"),
            ("1", "13", "2020"),
            ("1x", "1", "2020"),
            ("1", "no", "2020"),
            ("123", "1", "2020"),
        ] {
            assert_eq!(invalid(day, month, year), "The claim start date must be a real date, like 27 3 2020");
        }
        assert_eq!(read("29", "2", "2020"), Typed::Value(NaiveDate::from_ymd_opt(2020, 2, 29).unwrap()));
    }

    #[test]
    fn the_year_needs_four_digits() {
        assert_eq!(invalid("1", "11", "20"), "The claim start date must have a year of 4 digits, like 2020");
        assert_eq!(invalid("1", "11", "2020.0"), "The claim start date must have a year of 4 digits, like 2020");
    }

    #[test]
    fn only_the_boxes_in_error_are_highlighted_or_all_three_for_a_date_that_cannot_be() {
        use DatePart::{Day, Month, Year};
        assert_eq!(parts_in_error(&typed("1", "13", "2020")), [Month]);
        assert_eq!(parts_in_error(&typed("32", "1", "2020")), [Day]);
        assert_eq!(parts_in_error(&typed("1", "1", "20")), [Year]);
        assert_eq!(parts_in_error(&typed("", "1", "")), [Day, Year]);
        assert_eq!(parts_in_error(&typed("31", "2", "2021")), [Day, Month, Year]);
        assert_eq!(parts_in_error(&typed("1", "Nov", "2020")), [Day, Month, Year], "a real date: the problem is the date's");
        assert_eq!(parts_in_error(&typed("", "", "")), [Day, Month, Year]);
    }
}
