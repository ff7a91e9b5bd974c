//! A date as typed into three boxes (GOV.UK date input): day, month and year, each kept exactly
//! as typed. Reading it as a date is `crate::derive::date`'s job.

/// One of the three boxes of a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

impl DatePart {
    pub const ALL: [DatePart; 3] = [DatePart::Day, DatePart::Month, DatePart::Year];

    /// The suffix of the box's id: `claim-start-day`.
    pub fn slug(self) -> &'static str {
        match self {
            DatePart::Day => "day",
            DatePart::Month => "month",
            DatePart::Year => "year",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateText {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateText {
    /// A date's boxes filled in as a person would type them: `30`, `11`, `2020`.
    pub fn of(date: chrono::NaiveDate) -> DateText {
        use chrono::Datelike;
        DateText { day: date.day().to_string(), month: date.month().to_string(), year: date.year().to_string() }
    }

    pub fn part(&self, part: DatePart) -> &str {
        match part {
            DatePart::Day => &self.day,
            DatePart::Month => &self.month,
            DatePart::Year => &self.year,
        }
    }

    pub fn set(&mut self, part: DatePart, text: String) {
        match part {
            DatePart::Day => self.day = text,
            DatePart::Month => self.month = text,
            DatePart::Year => self.year = text,
        }
    }

    /// Nothing typed in any box.
    pub fn is_blank(&self) -> bool {
        DatePart::ALL.iter().all(|&part| self.part(part).trim().is_empty())
    }
}
