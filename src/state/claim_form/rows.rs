//! The repeatable parts of the claim form: pay periods and last year's payments.

use crate::state::date_text::DateText;

/// What is typed for one pay period besides its end date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodField {
    UsualHours,
    WorkedHours,
    TopUp,
    AdditionalPayment,
}

/// A pay period, by its end date, with what the later questions ask about it. The hours and
/// amounts stay with the period when dates are edited or other periods removed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PayPeriodRow {
    /// Stable across additions and removals, for Yew's keyed list and the inputs' ids.
    pub key: u32,
    pub end: DateText,
    pub usual_hours: String,
    pub worked_hours: String,
    pub top_up: String,
    pub additional_payment: String,
}

/// Pay received on a date a year (or two) before the claim (claim spec §3, CYLB).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LastYearRow {
    pub key: u32,
    pub pay_date: DateText,
    pub amount: String,
}

impl PayPeriodRow {
    pub(super) fn field_mut(&mut self, field: PeriodField) -> &mut String {
        match field {
            PeriodField::UsualHours => &mut self.usual_hours,
            PeriodField::WorkedHours => &mut self.worked_hours,
            PeriodField::TopUp => &mut self.top_up,
            PeriodField::AdditionalPayment => &mut self.additional_payment,
        }
    }

    pub fn field(&self, field: PeriodField) -> &str {
        match field {
            PeriodField::UsualHours => &self.usual_hours,
            PeriodField::WorkedHours => &self.worked_hours,
            PeriodField::TopUp => &self.top_up,
            PeriodField::AdditionalPayment => &self.additional_payment,
        }
    }

    /// Hours or amounts typed for this period, beyond its end date.
    pub(super) fn has_answers_beyond_its_end(&self) -> bool {
        [&self.usual_hours, &self.worked_hours, &self.top_up, &self.additional_payment]
            .iter()
            .any(|text| !text.trim().is_empty())
    }
}
