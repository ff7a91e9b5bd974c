//! The names of the claim's repeated rows (pay periods, last year's pay dates), which each of
//! their problems starts with ("End of pay period 2: Enter …", "Usual hours in the pay period
//! from 1 July 2020 to 31 July 2020: Enter …"): in the error summary, away from the rows, two rows'
//! same message would otherwise read the same (GOV.UK: say which item of a list).

use chrono::NaiveDate;

use crate::derive::date::date_if_valid;
use crate::derive::Problems;
use crate::format;
use crate::messages::{text, text_with, ClaimText};
use crate::state::claim_form::{ids, PeriodField};
use crate::state::ClaimForm;

/// A pay period's end date by its place in the list: "End of the pay period before the claim"
/// for the first row, "End of pay period 2" for the third. The form's legend, and the name its
/// problems start with.
pub fn pay_period_end_name(index: usize) -> String {
    match index {
        0 => text(ClaimText::PayPeriodBeforeClaimLegend).to_string(),
        n => text_with(ClaimText::PayPeriodEndLegend, &[("n", &n.to_string())]),
    }
}

/// The pay periods whose dates can be read so far: row key, first day, last day. The first row
/// only ends the period before the claim, so it has no period of its own here. The questions
/// about each period (hours, top-ups) are asked for these.
pub fn typed_periods(form: &ClaimForm) -> Vec<(u32, NaiveDate, NaiveDate)> {
    form.pay_periods
        .windows(2)
        .filter_map(|pair| {
            let start = date_if_valid(&pair[0].end)?.succ_opt()?;
            let end = date_if_valid(&pair[1].end)?;
            (start <= end).then_some((pair[1].key, start, end))
        })
        .collect()
}

/// Starts each problem of a repeated row's field with the field's name.
pub(super) fn name_the_rows(problems: &mut Problems, form: &ClaimForm) {
    let periods = typed_periods(form);
    for error in problems.invalid.iter_mut().chain(problems.missing.iter_mut()) {
        if let Some(name) = row_field_name(form, &periods, &error.field_id) {
            error.message = format!("{name}: {}", error.message);
        }
    }
}

fn row_field_name(form: &ClaimForm, periods: &[(u32, NaiveDate, NaiveDate)], field_id: &str) -> Option<String> {
    if let Some(index) = form.pay_periods.iter().position(|row| field_id == ids::pay_period_end(row.key)) {
        return Some(pay_period_end_name(index));
    }
    for &(key, from, to) in periods {
        for (field, name) in [
            (PeriodField::UsualHours, ClaimText::UsualHoursName),
            (PeriodField::WorkedHours, ClaimText::WorkedHoursName),
            (PeriodField::TopUp, ClaimText::TopUpName),
            (PeriodField::AdditionalPayment, ClaimText::AdditionalName),
        ] {
            if field_id == ids::period_field(key, field) {
                return Some(text_with(name, &[("from", &format::date(from)), ("to", &format::date(to))]));
            }
        }
    }
    form.last_year_payments.iter().enumerate().find_map(|(index, row)| {
        let n = (index + 1).to_string();
        if field_id == ids::last_year_date(row.key) {
            Some(text_with(ClaimText::LastYearDateLegend, &[("n", &n)]))
        } else if field_id == ids::last_year_amount(row.key) {
            Some(text_with(ClaimText::LastYearAmountName, &[("n", &n)]))
        } else {
            None
        }
    })
}
