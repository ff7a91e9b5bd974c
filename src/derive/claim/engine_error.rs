//! The engine's refusal of a claim, as an error on the page: its §7 field name becomes the id
//! of the input the user must change, and its ISO dates are written out as people read them.

use chrono::NaiveDate;
use furlough_engine::claim::ClaimError;

use crate::format;
use crate::state::claim_form::{ids, ClaimDate, ClaimField, ClaimQuestion, PayMethod};
use crate::state::{ClaimForm, FieldError};

pub fn field_error(error: &ClaimError, form: &ClaimForm) -> FieldError {
    FieldError::new(field_id(&error.field, form), readable_dates(&error.message))
}

/// The id of the input for a §7 field name (claim spec §7). A field with no input of its own
/// lands on the input it is worked out from.
pub fn field_id(field: &str, form: &ClaimForm) -> String {
    let id = match field {
        "claim_period_start" => ids::date(ClaimDate::ClaimStart),
        "claim_period_end" => ids::date(ClaimDate::ClaimEnd),
        "furlough_start" => ids::date(ClaimDate::FurloughStart),
        "furlough_end" => ids::date(ClaimDate::FurloughEnd),
        "furlough_status" => ids::FURLOUGH_ENDED,
        "pay_frequency" => ids::PAY_FREQUENCY,
        "pay_method" => ids::PAY_METHOD,
        "last_pay_date" => ids::date(ClaimDate::LastPayDate),
        "regular_pay_amount" => ids::field(ClaimField::RegularPay),
        "employee_started" => ids::EMPLOYEE_STARTED,
        "employee_start_date" => ids::date(ClaimDate::EmployeeStart),
        "variable_pay_total_in_reference_period" => ids::field(ClaimField::VariableTotal),
        "statutory_leave_pay" => ids::field(ClaimField::StatutoryLeavePay),
        "statutory_leave_days" => ids::field(ClaimField::StatutoryLeaveDays),
        "first_furlough_date" => ids::date(ClaimDate::FirstFurlough),
        "last_year_payments" => ids::LAST_YEAR_PAYMENTS,
        "usual_hours" | "actual_hours_worked" => ids::HOURS,
        "nic_category" => ids::NIC_CATEGORY,
        "pension_status" => ids::PENSION_STATUS,
        "rti_submission_between_20_mar_and_30_oct_2020" => ids::question(ClaimQuestion::RtiSubmission),
        "on_payroll_before_30_oct_2020" => ids::question(ClaimQuestion::OnPayrollBy30Oct2020),
        "amounts" if form.pay_method == Some(PayMethod::Variable) => ids::field(ClaimField::VariableTotal),
        "amounts" => ids::field(ClaimField::RegularPay),
        _ => ids::PAY_PERIODS,
    };
    id.to_string()
}

/// `2020-11-14` → `14 November 2020`, wherever it appears in a message.
pub fn readable_dates(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some((i, date)) = first_iso_date(rest) {
        out.push_str(&rest[..i]);
        out.push_str(&format::date(date));
        rest = &rest[i + ISO_DATE_LEN..];
    }
    out.push_str(rest);
    out
}

const ISO_DATE_LEN: usize = 10;

fn first_iso_date(text: &str) -> Option<(usize, NaiveDate)> {
    text.char_indices().find_map(|(i, _)| {
        let candidate = text.get(i..i + ISO_DATE_LEN)?;
        let shaped =
            candidate.bytes().enumerate().all(|(j, b)| if j == 4 || j == 7 { b == b'-' } else { b.is_ascii_digit() });
        shaped.then(|| iso_date(candidate)).flatten().map(|date| (i, date))
    })
}

/// `2020-11-30` (already checked to be shaped so) as a date. Read by hand: chrono's format
/// parser would add 10 KB to the page for this one use.
fn iso_date(text: &str) -> Option<NaiveDate> {
    let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<u32>().ok();
    NaiveDate::from_ymd_opt(i32::try_from(number(0..4)?).ok()?, number(5..7)?, number(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_in_engine_messages_are_written_out() {
        assert_eq!(
            readable_dates("The pay periods must cover every furloughed day of the claim, 2020-11-01 to 2020-11-30"),
            "The pay periods must cover every furloughed day of the claim, 1 November 2020 to 30 November 2020"
        );
        assert_eq!(readable_dates("No dates here, 2020-13-01 is not one"), "No dates here, 2020-13-01 is not one");
    }

    #[test]
    fn engine_fields_name_the_inputs_on_the_page() {
        let form = ClaimForm::default();
        assert_eq!(field_id("claim_period_end", &form), "claim-end");
        assert_eq!(field_id("usual_hours", &form), "hours");
        assert_eq!(field_id("regular_pay_amount", &form), "regular-pay");
        assert_eq!(field_id("something_new", &form), "pay-periods");
    }
}
