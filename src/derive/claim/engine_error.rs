//! The engine's refusal of a claim, as an error on the page: its §7 field name becomes the id
//! of the input the user must change, and the rule it breaks becomes the catalogue's message,
//! with its dates written out as people read them.

use furlough_engine::claim::{ClaimError, ClaimProblem, PayFrequency};

use crate::format;
use crate::messages::{text, text_with, ClaimProblemText, ClaimRuleText};
use crate::state::claim_form::{ids, ClaimDate, ClaimField, ClaimQuestion, PayMethod};
use crate::state::{ClaimForm, FieldError};

pub fn field_error(error: &ClaimError, form: &ClaimForm) -> FieldError {
    FieldError::new(field_id(&error.field, form), message(error, form))
}

/// The catalogue's words for the rule a claim breaks.
pub fn message(error: &ClaimError, form: &ClaimForm) -> String {
    use ClaimProblem::*;
    let date = |day| format::date(day);
    // A rule with one date, with a span of dates, or with none.
    let on = |id, day| text_with(id, &[("date", &date(day))]);
    let span = |id, first, last| text_with(id, &[("first", &date(first)), ("last", &date(last))]);
    let rule = |id: ClaimRuleText| text(id).to_string();
    match &error.problem {
        Missing => missing(&error.field, form),
        ClaimStartsBeforeScheme => rule(ClaimRuleText::ClaimStartsBeforeScheme),
        ClaimEndsAfterScheme => rule(ClaimRuleText::ClaimEndsAfterScheme),
        ClaimEndsBeforeStart => text(ClaimProblemText::ClaimEndBeforeStart).to_string(),
        FurloughEndsBeforeStart => rule(ClaimRuleText::FurloughEndsBeforeStart),
        PhaseOneClaimPastJune => rule(ClaimRuleText::PhaseOneClaimPastJune),
        PhaseOneFurloughTooShort => rule(ClaimRuleText::PhaseOneFurloughTooShort),
        HoursBeforeFlexibleFurlough => rule(ClaimRuleText::HoursBeforeFlexibleFurlough),
        ClaimSpansTwoMonths => rule(ClaimRuleText::ClaimSpansTwoMonths),
        ClaimTooShort => rule(ClaimRuleText::ClaimTooShort),
        PayPeriodsMissFurlough { first, last } => span(ClaimRuleText::PayPeriodsMissFurlough, *first, *last),
        HoursForUnknownPayPeriod { pay_period_end } => on(ClaimRuleText::HoursForUnknownPayPeriod, *pay_period_end),
        FurloughOutsideClaim => rule(ClaimRuleText::FurloughOutsideClaim),
        NoFurloughedPayPeriod { first, last } => span(ClaimRuleText::NoFurloughedPayPeriod, *first, *last),
        LastPayDateTooEarly => rule(ClaimRuleText::LastPayDateTooEarly),
        UsualHoursNotPositive { pay_period_end } => on(ClaimRuleText::UsualHoursNotPositive, *pay_period_end),
        PayPeriodEndsMissing => rule(ClaimRuleText::PayPeriodEndsMissing),
        PayPeriodsOutOfOrder { earlier, later } => text_with(
            ClaimRuleText::PayPeriodsOutOfOrder,
            &[("earlier", &date(*earlier)), ("later", &date(*later))],
        ),
        PayPeriodTooLong { start, end, days, frequency } => text_with(
            ClaimRuleText::PayPeriodTooLong,
            &[
                ("start", &date(*start)),
                ("end", &date(*end)),
                ("days", &format::count(*days)),
                ("frequency", text(frequency_words(*frequency))),
            ],
        ),
        LeavePayAboveTotal => rule(ClaimRuleText::LeavePayAboveTotal),
        LeaveDaysTooMany { days, start, end } => text_with(
            ClaimRuleText::LeaveDaysTooMany,
            &[("days", &format::count(*days)), ("start", &date(*start)), ("end", &date(*end))],
        ),
        StartedAfterFurlough { furlough_began } => on(ClaimRuleText::StartedAfterFurlough, *furlough_began),
        PayPeriodsTooFarBack => rule(ClaimRuleText::PayPeriodsTooFarBack),
        PaymentDateOutsideTaxYears { payment_date } => on(ClaimRuleText::PaymentDateOutsideTaxYears, *payment_date),
        StartDateContradictsAnswer { start } => on(ClaimRuleText::StartDateContradictsAnswer, *start),
        UsualHoursMissing { pay_period_end } => on(ClaimRuleText::UsualHoursMissing, *pay_period_end),
        WorkedHoursMissing { pay_period_end } => on(ClaimRuleText::WorkedHoursMissing, *pay_period_end),
        AmountsTooLarge(_) => rule(ClaimRuleText::AmountsTooLarge),
        Unreadable(_) => rule(ClaimRuleText::Unreadable),
    }
}

fn frequency_words(frequency: PayFrequency) -> ClaimRuleText {
    match frequency {
        PayFrequency::Weekly => ClaimRuleText::Weekly,
        PayFrequency::Fortnightly => ClaimRuleText::Fortnightly,
        PayFrequency::FourWeekly => ClaimRuleText::FourWeekly,
        PayFrequency::Monthly => ClaimRuleText::Monthly,
    }
}

/// A §7 answer the engine found missing: the form's own message for its question, the one the
/// form gives when the answer is left empty.
fn missing(field: &str, form: &ClaimForm) -> String {
    match input_for(field, form).1 {
        Some(id) => text(id).to_string(),
        None => text(ClaimRuleText::MissingAnswer).to_string(),
    }
}

/// The id of the input for a §7 field name (claim spec §7). A field with no input of its own
/// lands on the input it is worked out from.
pub fn field_id(field: &str, form: &ClaimForm) -> String {
    input_for(field, form).0.to_string()
}

/// For a §7 field name: the input it is typed into and, for an answer the form asks for
/// directly, the form's message when it is left empty.
fn input_for(field: &str, form: &ClaimForm) -> (&'static str, Option<ClaimProblemText>) {
    use ClaimProblemText as Missing;
    match field {
        "claim_period_start" => (ids::date(ClaimDate::ClaimStart), Some(Missing::MissingClaimStart)),
        "claim_period_end" => (ids::date(ClaimDate::ClaimEnd), Some(Missing::MissingClaimEnd)),
        "furlough_start" => (ids::date(ClaimDate::FurloughStart), Some(Missing::MissingFurloughStart)),
        "furlough_end" => (ids::date(ClaimDate::FurloughEnd), Some(Missing::MissingFurloughEnd)),
        "furlough_status" => (ids::FURLOUGH_ENDED, Some(Missing::MissingFurloughEnded)),
        "pay_frequency" => (ids::PAY_FREQUENCY, Some(Missing::MissingFrequency)),
        "pay_method" => (ids::PAY_METHOD, Some(Missing::MissingPayMethod)),
        "last_pay_date" => (ids::date(ClaimDate::LastPayDate), Some(Missing::MissingLastPayDate)),
        "regular_pay_amount" => (ids::field(ClaimField::RegularPay), Some(Missing::MissingRegularPay)),
        "employee_started" => (ids::EMPLOYEE_STARTED, Some(Missing::MissingEmployeeStarted)),
        "employee_start_date" => (ids::date(ClaimDate::EmployeeStart), Some(Missing::MissingEmployeeStart)),
        "variable_pay_total_in_reference_period" => {
            (ids::field(ClaimField::VariableTotal), Some(Missing::MissingVariableTotal))
        }
        "statutory_leave_pay" => (ids::field(ClaimField::StatutoryLeavePay), None),
        "statutory_leave_days" => (ids::field(ClaimField::StatutoryLeaveDays), None),
        "first_furlough_date" => (ids::date(ClaimDate::FirstFurlough), None),
        "last_year_payments" => (ids::LAST_YEAR_PAYMENTS, None),
        "usual_hours" | "actual_hours_worked" => (ids::HOURS, None),
        "nic_category" => (ids::NIC_CATEGORY, Some(Missing::MissingNic)),
        "pension_status" => (ids::PENSION_STATUS, Some(Missing::MissingPension)),
        "rti_submission_between_20_mar_and_30_oct_2020" => {
            (ids::question(ClaimQuestion::RtiSubmission), Some(Missing::MissingRti))
        }
        "on_payroll_before_30_oct_2020" => {
            (ids::question(ClaimQuestion::OnPayrollBy30Oct2020), Some(Missing::MissingOnPayroll))
        }
        "amounts" if form.pay_method == Some(PayMethod::Variable) => (ids::field(ClaimField::VariableTotal), None),
        "amounts" => (ids::field(ClaimField::RegularPay), None),
        _ => (ids::PAY_PERIODS, None),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use furlough_engine::MoneyError;

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn a_refused_claim_is_said_in_the_catalogue_words_with_dates_written_out() {
        let error = ClaimError::new(
            "pay_period_end_dates",
            ClaimProblem::PayPeriodsMissFurlough { first: day(2020, 11, 1), last: day(2020, 11, 30) },
        );
        assert_eq!(
            message(&error, &ClaimForm::default()),
            "The pay periods must cover every furloughed day of the claim, 1 November 2020 to 30 November 2020"
        );
    }

    #[test]
    fn a_too_long_pay_period_names_the_frequency_in_words() {
        let error = ClaimError::new(
            "pay_period_end_dates",
            ClaimProblem::PayPeriodTooLong {
                start: day(2020, 11, 1),
                end: day(2020, 11, 14),
                days: 14,
                frequency: PayFrequency::Weekly,
            },
        );
        assert_eq!(
            message(&error, &ClaimForm::default()),
            "The pay period from 1 November 2020 to 14 November 2020 is 14 days long, longer than a weekly pay period"
        );
    }

    #[test]
    fn a_missing_answer_gets_the_form_s_own_message_for_that_question() {
        assert_eq!(message(&ClaimError::missing("nic_category"), &ClaimForm::default()), text(ClaimProblemText::MissingNic));
        assert_eq!(message(&ClaimError::missing("something_new"), &ClaimForm::default()), text(ClaimRuleText::MissingAnswer));
    }

    #[test]
    fn each_rule_without_values_is_said_in_its_own_catalogue_words() {
        use ClaimRuleText as Rule;
        let said = [
            (ClaimProblem::ClaimStartsBeforeScheme, text(Rule::ClaimStartsBeforeScheme)),
            (ClaimProblem::ClaimEndsAfterScheme, text(Rule::ClaimEndsAfterScheme)),
            (ClaimProblem::ClaimEndsBeforeStart, text(ClaimProblemText::ClaimEndBeforeStart)),
            (ClaimProblem::FurloughEndsBeforeStart, text(Rule::FurloughEndsBeforeStart)),
            (ClaimProblem::PhaseOneClaimPastJune, text(Rule::PhaseOneClaimPastJune)),
            (ClaimProblem::PhaseOneFurloughTooShort, text(Rule::PhaseOneFurloughTooShort)),
            (ClaimProblem::HoursBeforeFlexibleFurlough, text(Rule::HoursBeforeFlexibleFurlough)),
            (ClaimProblem::ClaimSpansTwoMonths, text(Rule::ClaimSpansTwoMonths)),
            (ClaimProblem::ClaimTooShort, text(Rule::ClaimTooShort)),
            (ClaimProblem::FurloughOutsideClaim, text(Rule::FurloughOutsideClaim)),
            (ClaimProblem::LastPayDateTooEarly, text(Rule::LastPayDateTooEarly)),
            (ClaimProblem::PayPeriodEndsMissing, text(Rule::PayPeriodEndsMissing)),
            (ClaimProblem::LeavePayAboveTotal, text(Rule::LeavePayAboveTotal)),
            (ClaimProblem::PayPeriodsTooFarBack, text(Rule::PayPeriodsTooFarBack)),
            (ClaimProblem::AmountsTooLarge(MoneyError::Overflow), text(Rule::AmountsTooLarge)),
            (ClaimProblem::Unreadable("Expected a JSON object".into()), text(Rule::Unreadable)),
        ];
        for (problem, expected) in said {
            assert_eq!(message(&ClaimError::new("usual_hours", problem.clone()), &ClaimForm::default()), expected, "{problem:?}");
        }
    }

    #[test]
    fn each_rule_with_dates_or_numbers_has_them_written_out_in_its_catalogue_words() {
        let (first, last) = (day(2020, 11, 1), day(2020, 11, 30));
        let said = [
            (ClaimProblem::HoursForUnknownPayPeriod { pay_period_end: first }, "Hours were given for a pay period ending 1 November 2020, but no pay period ends then"),
            (ClaimProblem::NoFurloughedPayPeriod { first, last }, "No pay period includes a furloughed day of the claim (1 November 2020 to 30 November 2020)"),
            (ClaimProblem::UsualHoursNotPositive { pay_period_end: last }, "Usual hours for the pay period ending 30 November 2020 must be more than 0"),
            (ClaimProblem::PayPeriodsOutOfOrder { earlier: last, later: first }, "Pay period end dates must be in order: 30 November 2020 comes after 1 November 2020"),
            (ClaimProblem::LeaveDaysTooMany { days: 1_461, start: first, end: last }, "Statutory leave days must be fewer than the 1,461 days from 1 November 2020 to 30 November 2020"),
            (ClaimProblem::StartedAfterFurlough { furlough_began: first }, "The employee must have started before furlough began on 1 November 2020 to average their pay"),
            (ClaimProblem::PaymentDateOutsideTaxYears { payment_date: first }, "The payment date 1 November 2020 is outside tax years 2019 to 2020 and 2020 to 2021"),
            (ClaimProblem::StartDateContradictsAnswer { start: first }, "The start date 1 November 2020 does not match the answer to when the employee started"),
            (ClaimProblem::UsualHoursMissing { pay_period_end: first }, "Enter the usual hours for the pay period ending 1 November 2020"),
            (ClaimProblem::WorkedHoursMissing { pay_period_end: first }, "Enter the hours worked in the pay period ending 1 November 2020"),
        ];
        for (problem, expected) in said {
            assert_eq!(message(&ClaimError::new("usual_hours", problem.clone()), &ClaimForm::default()), expected, "{problem:?}");
        }
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
