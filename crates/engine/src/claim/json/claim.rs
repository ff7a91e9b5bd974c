//! The §7 wire format of `furlough claim`: one JSON object per claim, with the field names of
//! HMRC's calculator answers, read into a [`ClaimInput`].

use serde_json::Value;

use super::read::{Field, Fields};
use crate::claim::error::{ClaimError, ClaimProblem};
use crate::claim::input::{
    ClaimInput, EmployeeStart, Furlough, LastYearPayment, NicCategory, Pay, PayFrequency, PensionStatus,
    PeriodAmount, PeriodHours, PhaseOnePay, StatutoryLeave, VariablePay,
};
use crate::claim::periods::Period;
use crate::claim::tables;

/// Reads one §7 claim. Fields that only steer HMRC's question flow, and unknown fields, are
/// ignored; a missing or contradictory required field is an error naming it.
pub fn parse_claim(value: &Value) -> Result<ClaimInput, ClaimError> {
    let fields = Fields::of(value, "")?;
    let claim_period = Period::new(fields.date("claim_period_start")?, fields.date("claim_period_end")?)
        .ok_or_else(|| ClaimError::new("claim_period_end", ClaimProblem::ClaimEndsBeforeStart))?;
    Ok(ClaimInput {
        claim_period,
        furlough: furlough(&fields)?,
        pay_frequency: fields.required("pay_frequency", pay_frequency)?,
        pay_period_end_dates: fields.list("pay_period_end_dates", Field::date)?,
        last_pay_date: fields.optional("last_pay_date", Field::date)?,
        pay: pay(&fields)?,
        hours: hours(&fields)?,
        nic_category: fields.optional("nic_category", nic_category)?,
        pension_status: fields.optional("pension_status", pension_status)?,
        phase_one_pay: phase_one_pay(&fields)?,
    })
}

/// A JSON text value that must be one of the given names.
pub fn choice<T: Copy>(field: Field, options: &[(&str, T)]) -> Result<T, ClaimError> {
    let text = field.clone().text()?;
    options.iter().find(|(name, _)| *name == text).map(|&(_, value)| value).ok_or_else(|| {
        let names: Vec<&str> = options.iter().map(|(name, _)| *name).collect();
        ClaimError::unreadable(field.name(), format!("Expected one of {}, not {text:?}", names.join(", ")))
    })
}

pub fn pay_frequency(field: Field) -> Result<PayFrequency, ClaimError> {
    choice(
        field,
        &[
            ("weekly", PayFrequency::Weekly),
            ("fortnightly", PayFrequency::Fortnightly),
            ("fourweekly", PayFrequency::FourWeekly),
            ("monthly", PayFrequency::Monthly),
        ],
    )
}

pub fn nic_category(field: Field) -> Result<NicCategory, ClaimError> {
    choice(field, &[("payable", NicCategory::Payable), ("nonpayable", NicCategory::NonPayable)])
}

pub fn pension_status(field: Field) -> Result<PensionStatus, ClaimError> {
    choice(
        field,
        &[
            ("doesContribute", PensionStatus::Contributes),
            ("doesNotContribute", PensionStatus::DoesNotContribute),
        ],
    )
}

/// `furlough_end` counts only when `furlough_status` says the furlough has ended.
fn furlough(fields: &Fields) -> Result<Furlough, ClaimError> {
    let start = fields.date("furlough_start")?;
    let ended = fields.required("furlough_status", |field| {
        choice(field, &[("FurloughOngoing", false), ("FurloughEnded", true)])
    })?;
    let end = if ended { Some(fields.date("furlough_end")?) } else { None };
    if end.is_some_and(|end| end < start) {
        return Err(ClaimError::new("furlough_end", ClaimProblem::FurloughEndsBeforeStart));
    }
    Ok(Furlough { start, end })
}

fn pay(fields: &Fields) -> Result<Pay, ClaimError> {
    let variable =
        fields.required("pay_method", |field| choice(field, &[("regular", false), ("variable", true)]))?;
    if !variable {
        return Ok(Pay::Regular { amount: fields.required("regular_pay_amount", Field::money)? });
    }
    let statutory_leave = match (
        fields.optional("statutory_leave_pay", Field::money)?,
        fields.optional("statutory_leave_days", Field::count)?,
    ) {
        (Some(pay), Some(days)) => Some(StatutoryLeave { pay, days }),
        _ => None,
    };
    Ok(Pay::Variable(VariablePay {
        employee_start: employee_start(fields)?,
        total_pay_in_reference_period: fields
            .required("variable_pay_total_in_reference_period", Field::money)?,
        statutory_leave,
        first_furlough_date: fields.optional("first_furlough_date", Field::date)?,
        last_year_payments: fields.list("last_year_payments", |field| {
            let payment = field.fields()?;
            Ok(LastYearPayment {
                pay_date: payment.date("pay_date")?,
                amount: payment.required("amount", Field::money)?,
            })
        })?,
        on_payroll_by_30_oct_2020: fields.optional("on_payroll_before_30_oct_2020", Field::boolean)?,
        rti_submission: fields.optional("rti_submission_between_20_mar_and_30_oct_2020", Field::boolean)?,
    }))
}

/// `employee_started` and `employee_start_date` must agree; either alone is enough when it says
/// all the rules need.
fn employee_start(fields: &Fields) -> Result<EmployeeStart, ClaimError> {
    let on_or_before = fields.optional("employee_started", |field| {
        choice(field, &[("on_or_before_1_feb_2019", true), ("after_1_feb_2019", false)])
    })?;
    let date = fields.optional("employee_start_date", Field::date)?;
    match (on_or_before, date) {
        (Some(true), None) => Ok(EmployeeStart::OnOrBefore1Feb2019),
        (Some(false), None) => Err(ClaimError::missing("employee_start_date")),
        (None, None) => Err(ClaimError::missing("employee_started")),
        (stated, Some(date)) => {
            let early = date <= tables::LONG_SERVING_BY;
            if stated.is_some_and(|on_or_before| on_or_before != early) {
                Err(ClaimError::new(
                    "employee_start_date",
                    ClaimProblem::StartDateContradictsAnswer { start: date },
                ))
            } else if early {
                Ok(EmployeeStart::OnOrBefore1Feb2019)
            } else {
                Ok(EmployeeStart::After1Feb2019(date))
            }
        }
    }
}

/// `usual_hours` and `actual_hours_worked` pair up by pay period end date.
fn hours(fields: &Fields) -> Result<Vec<PeriodHours>, ClaimError> {
    let entry = |field: Field| {
        let entry = field.fields()?;
        Ok((entry.date("pay_period_end")?, entry.required("hours", Field::hours)?))
    };
    let usual = fields.list("usual_hours", entry)?;
    let worked = fields.list("actual_hours_worked", entry)?;
    if let Some((date, _)) = worked.iter().find(|(date, _)| !usual.iter().any(|(d, _)| d == date)) {
        return Err(ClaimError::new(
            "usual_hours",
            ClaimProblem::UsualHoursMissing { pay_period_end: *date },
        ));
    }
    usual
        .into_iter()
        .map(|(pay_period_end, usual)| {
            let worked = worked.iter().find(|(date, _)| *date == pay_period_end).map(|&(_, hours)| hours);
            let worked = worked.ok_or_else(|| {
                ClaimError::new(
                    "actual_hours_worked",
                    ClaimProblem::WorkedHoursMissing { pay_period_end },
                )
            })?;
            Ok(PeriodHours { pay_period_end, usual, worked })
        })
        .collect()
}

/// Phase-1 top-ups (only when `topped_up` is not false), additional payments and partial pay.
fn phase_one_pay(fields: &Fields) -> Result<PhaseOnePay, ClaimError> {
    let amounts = |key: &str| {
        fields.list(key, |field| {
            let entry = field.fields()?;
            Ok(PeriodAmount {
                pay_period_end: entry.date("pay_period_end")?,
                amount: entry.required("amount", Field::money)?,
            })
        })
    };
    let topped_up = fields.optional("topped_up", Field::boolean)?.unwrap_or(true);
    Ok(PhaseOnePay {
        top_ups: if topped_up { amounts("top_ups")? } else { Vec::new() },
        additional_payments: amounts("additional_payments")?,
        partial_pay_before_furlough: fields.optional("partial_pay_before_furlough", Field::money)?,
        partial_pay_after_furlough: fields.optional("partial_pay_after_furlough", Field::money)?,
    })
}
