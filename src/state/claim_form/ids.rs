//! The ids of the claim view's inputs on the page. Errors name a field by its id, so the view
//! and `crate::derive::claim` must agree: both take the ids from here.

use super::{ClaimDate, ClaimField, ClaimQuestion, PeriodField};

pub const FURLOUGH_ENDED: &str = "furlough-ended";
pub const PAY_FREQUENCY: &str = "pay-frequency";
pub const PAY_METHOD: &str = "pay-method";
pub const EMPLOYEE_STARTED: &str = "employee-started";
pub const PAY_PERIODS: &str = "pay-periods";
pub const LAST_YEAR_PAYMENTS: &str = "last-year-payments";
pub const HOURS: &str = "hours";
pub const NIC_CATEGORY: &str = "nic-category";
pub const PENSION_STATUS: &str = "pension-status";

/// The fieldset of a date; its boxes are `{id}-day`, `{id}-month` and `{id}-year`.
pub fn date(date: ClaimDate) -> &'static str {
    match date {
        ClaimDate::ClaimStart => "claim-start",
        ClaimDate::ClaimEnd => "claim-end",
        ClaimDate::FurloughStart => "furlough-start",
        ClaimDate::FurloughEnd => "furlough-end",
        ClaimDate::EmployeeStart => "employee-start-date",
        ClaimDate::FirstFurlough => "first-furlough-date",
        ClaimDate::LastPayDate => "last-pay-date",
    }
}

pub fn field(field: ClaimField) -> &'static str {
    match field {
        ClaimField::RegularPay => "regular-pay",
        ClaimField::VariableTotal => "variable-total",
        ClaimField::StatutoryLeavePay => "statutory-leave-pay",
        ClaimField::StatutoryLeaveDays => "statutory-leave-days",
        ClaimField::PartialPayBefore => "partial-pay-before",
        ClaimField::PartialPayAfter => "partial-pay-after",
    }
}

/// The fieldset of a yes/no question; its radios are `{id}-yes` and `{id}-no`.
pub fn question(question: ClaimQuestion) -> &'static str {
    match question {
        ClaimQuestion::FurloughEnded => FURLOUGH_ENDED,
        ClaimQuestion::RtiSubmission => "rti-submission",
        ClaimQuestion::OnPayrollBy30Oct2020 => "on-payroll-by-30-oct-2020",
        ClaimQuestion::WorkedDuringClaim => "worked-during-claim",
        ClaimQuestion::ToppedUp => "topped-up",
        ClaimQuestion::AdditionalPayments => "additional-payments",
    }
}

/// The fieldset of a pay period's end date.
pub fn pay_period_end(key: u32) -> String {
    format!("pay-period-{key}-end")
}

pub fn period_field(key: u32, field: PeriodField) -> String {
    let name = match field {
        PeriodField::UsualHours => "usual-hours",
        PeriodField::WorkedHours => "worked-hours",
        PeriodField::TopUp => "top-up",
        PeriodField::AdditionalPayment => "additional-payment",
    };
    format!("pay-period-{key}-{name}")
}

pub fn last_year_date(key: u32) -> String {
    format!("last-year-{key}-date")
}

pub fn last_year_amount(key: u32) -> String {
    format!("last-year-{key}-amount")
}
