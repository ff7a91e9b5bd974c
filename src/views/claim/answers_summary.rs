use chrono::NaiveDate;
use furlough_engine::claim::{NicCategory, PensionStatus};
use yew::prelude::*;

use super::pay::FREQUENCIES;
use crate::components::{printed_answers, typed_money, Answers};
use crate::derive::date::date_if_valid;
use crate::format;
use crate::messages::{text, text_with, ClaimText, CommonText};
use crate::derive::claim::questions::ClaimQuestions;
use crate::state::claim_form::{PayMethod, StartedBy};
use crate::state::{ClaimForm, DateText};

#[derive(Properties, PartialEq)]
pub struct ClaimAnswersProps {
    pub form: std::rc::Rc<ClaimForm>,
    /// Only the questions asked count: answers kept from questions no longer asked are not printed.
    pub asked: ClaimQuestions,
    pub today: NaiveDate,
}

/// The claim's answers that count, printed instead of its form: the claim and furlough dates,
/// the pay, the pay periods and the yes/no questions asked. The per-period hours and amounts
/// are in the printed breakdown.
pub fn claim_answers(props: &ClaimAnswersProps) -> Html {
    let form = &props.form;
    let asked = props.asked;
    let mut answers = Answers::default();
    answers.add(ClaimText::ClaimStartLegend, shown_date(&form.claim_start));
    answers.add(ClaimText::ClaimEndLegend, shown_date(&form.claim_end));
    answers.add(ClaimText::FurloughStartLegend, shown_date(&form.furlough_start));
    answers.add(ClaimText::FurloughEndedLegend, yes_no(form.furlough_ended));
    if asked.furlough_end && form.furlough_ended == Some(true) {
        answers.add(ClaimText::FurloughEndLegend, shown_date(&form.furlough_end));
    }
    let frequencies = FREQUENCIES.map(|(frequency, _, label)| (frequency, label));
    answers.add(ClaimText::PayFrequencyLegend, chosen(form.pay_frequency, &frequencies));
    let methods = [(PayMethod::Regular, ClaimText::PayRegular), (PayMethod::Variable, ClaimText::PayVariable)];
    answers.add(ClaimText::PayMethodLegend, chosen(form.pay_method, &methods));
    if asked.regular_pay {
        answers.add(ClaimText::RegularPayLabel, typed_money(&form.regular_pay));
    }
    if asked.variable_pay {
        let starts =
            [(StartedBy::OnOrBefore1Feb2019, ClaimText::StartedOnOrBefore), (StartedBy::After1Feb2019, ClaimText::StartedAfter)];
        answers.add(ClaimText::EmployeeStartedLegend, chosen(form.employee_started, &starts));
        if asked.employee_start_date {
            answers.add(ClaimText::EmployeeStartLegend, shown_date(&form.employee_start_date));
        }
        if asked.rti_submission {
            answers.add(ClaimText::RtiLegend, yes_no(form.rti_submission));
        }
        if asked.on_payroll_by_30_oct_2020 {
            answers.add(ClaimText::OnPayrollLegend, yes_no(form.on_payroll_by_30_oct_2020));
        }
        answers.add(ClaimText::VariableTotalLabel, typed_money(&form.variable_total));
        answers.add(ClaimText::StatutoryLeavePayLabel, typed_money(&form.statutory_leave_pay));
        answers.add(ClaimText::StatutoryLeaveDaysLabel, &form.statutory_leave_days);
    }
    let ends: Vec<String> = form.pay_periods.iter().map(|row| shown_date(&row.end)).filter(|end| !end.is_empty()).collect();
    answers.add(ClaimText::PayPeriodsLegend, ends.join(text(CommonText::ListSeparator)));
    if asked.worked_during_claim {
        answers.add(ClaimText::WorkedLegend, yes_no(form.worked_during_claim));
    }
    if asked.nic_and_pension {
        answers.add(ClaimText::LastPayDateLegend, shown_date(&form.last_pay_date));
        let categories = [(NicCategory::Payable, ClaimText::NicPayable), (NicCategory::NonPayable, ClaimText::NicNonPayable)];
        answers.add(ClaimText::NicLegend, chosen(form.nic_category, &categories));
        let pension = form.pension_status.map(|status| status == PensionStatus::Contributes);
        answers.add(ClaimText::PensionLegend, yes_no(pension));
    }
    if asked.phase_one_pay {
        answers.add(ClaimText::ToppedUpLegend, yes_no(form.topped_up));
        answers.add(ClaimText::AdditionalLegend, yes_no(form.additional_payments));
    }
    let printed_on = text_with(ClaimText::PrintedOn, &[("date", &format::date(props.today))]);
    printed_answers(&printed_on, text(CommonText::PrintedAnswersHeading), answers)
}

/// A typed date written out (`1 March 2020`) when it is a real date, else as typed.
fn shown_date(typed: &DateText) -> String {
    match date_if_valid(typed) {
        Some(date) => format::date(date),
        None => [typed.day.trim(), typed.month.trim(), typed.year.trim()].join(" ").trim().to_string(),
    }
}

/// The label of the option chosen, or nothing when none is.
fn chosen<T: PartialEq>(answer: Option<T>, labels: &[(T, ClaimText)]) -> String {
    labels
        .iter()
        .find(|(option, _)| answer.as_ref() == Some(option))
        .map(|&(_, label)| text(label).to_string())
        .unwrap_or_default()
}

fn yes_no(answer: Option<bool>) -> String {
    chosen(answer, &[(true, ClaimText::Yes), (false, ClaimText::No)])
}
