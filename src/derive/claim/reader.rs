//! Reads the claim form into a `ClaimInput`, noting per field what cannot be read (shown at
//! once) and what is still to answer (shown after submit). Questions not asked are not read.

use std::rc::Rc;

use chrono::NaiveDate;
use furlough_engine::claim::{
    ClaimInput, EmployeeStart, Furlough, LastYearPayment, Pay, Period, StatutoryLeave, VariablePay,
};
use furlough_engine::Money;

use super::questions::ClaimQuestions;
use super::typed_periods;
use crate::derive::date::date;
use crate::derive::parse::{self, Typed};
use crate::derive::Problems;
use crate::messages::{text, ClaimProblemText};
use crate::state::claim_form::{ids, ClaimDate, ClaimField, ClaimQuestion, PayMethod, StartedBy};
use crate::state::{ClaimForm, DateText, FieldError};

mod periods;

pub(super) struct Reader<'a> {
    form: &'a ClaimForm,
    asked: ClaimQuestions,
    /// The pay period rows whose hours and amounts the form asks for (`typed_periods`), found
    /// once for every question about them (shared, as the reading borrows the reader).
    asked_periods: Rc<[u32]>,
    problems: Problems,
}

impl<'a> Reader<'a> {
    pub(super) fn new(form: &'a ClaimForm, asked: ClaimQuestions) -> Reader<'a> {
        let asked_periods = typed_periods(form).into_iter().map(|(key, _, _)| key).collect();
        Reader { form, asked, asked_periods, problems: Problems::default() }
    }

    pub(super) fn into_problems(self) -> Problems {
        self.problems
    }

    /// The claim, if every answer it needs could be read (see the problems otherwise).
    pub(super) fn claim_input(&mut self) -> Option<ClaimInput> {
        let (form, asked) = (self.form, self.asked);
        let claim_period = self.claim_period();
        let furlough = self.furlough();
        let pay_frequency = self.choice(form.pay_frequency, ids::PAY_FREQUENCY, ClaimProblemText::MissingFrequency);
        let pay = self.pay();
        let ends = self.pay_period_ends();
        let last_pay_date = asked.nic_and_pension.then(|| self.claim_date(ClaimDate::LastPayDate, true)).flatten();
        let hours = self.hours(&ends);
        let (nic_category, pension_status) = if asked.nic_and_pension {
            (
                self.choice(form.nic_category, ids::NIC_CATEGORY, ClaimProblemText::MissingNic),
                self.choice(form.pension_status, ids::PENSION_STATUS, ClaimProblemText::MissingPension),
            )
        } else {
            (None, None)
        };
        let phase_one_pay = self.phase_one_pay(&ends);
        Some(ClaimInput {
            claim_period: claim_period?,
            furlough: furlough?,
            pay_frequency: pay_frequency?,
            pay_period_end_dates: ends.into_iter().collect::<Option<Vec<_>>>()?,
            last_pay_date,
            pay: pay?,
            hours,
            nic_category,
            pension_status,
            phase_one_pay,
        })
    }

    fn claim_period(&mut self) -> Option<Period> {
        let start = self.claim_date(ClaimDate::ClaimStart, true);
        let end = self.claim_date(ClaimDate::ClaimEnd, true);
        let period = Period::new(start?, end?);
        if period.is_none() {
            self.invalid(ids::date(ClaimDate::ClaimEnd), text(ClaimProblemText::ClaimEndBeforeStart));
        }
        period
    }

    fn furlough(&mut self) -> Option<Furlough> {
        let start = self.claim_date(ClaimDate::FurloughStart, true);
        let ended = self.choice(self.form.furlough_ended, ids::FURLOUGH_ENDED, ClaimProblemText::MissingFurloughEnded);
        let end = if self.asked.furlough_end { Some(self.claim_date(ClaimDate::FurloughEnd, true)?) } else { None };
        ended?;
        Some(Furlough { start: start?, end })
    }

    fn pay(&mut self) -> Option<Pay> {
        let method = self.choice(self.form.pay_method, ids::PAY_METHOD, ClaimProblemText::MissingPayMethod)?;
        match method {
            PayMethod::Regular => Some(Pay::Regular { amount: self.money(ClaimField::RegularPay, true)? }),
            PayMethod::Variable => self.variable_pay().map(Pay::Variable),
        }
    }

    fn variable_pay(&mut self) -> Option<VariablePay> {
        let form = self.form;
        let started = self.choice(form.employee_started, ids::EMPLOYEE_STARTED, ClaimProblemText::MissingEmployeeStarted);
        let employee_start = match started? {
            StartedBy::OnOrBefore1Feb2019 => Some(EmployeeStart::OnOrBefore1Feb2019),
            StartedBy::After1Feb2019 => {
                self.claim_date(ClaimDate::EmployeeStart, true).map(EmployeeStart::After1Feb2019)
            }
        };
        let rti_submission =
            self.asked_question(self.asked.rti_submission, ClaimQuestion::RtiSubmission, ClaimProblemText::MissingRti);
        let on_payroll = self.asked_question(
            self.asked.on_payroll_by_30_oct_2020,
            ClaimQuestion::OnPayrollBy30Oct2020,
            ClaimProblemText::MissingOnPayroll,
        );
        let total = self.money(ClaimField::VariableTotal, true);
        let statutory_leave = self.statutory_leave();
        let first_furlough_date = self.claim_date(ClaimDate::FirstFurlough, false);
        let last_year_payments = if self.asked.last_year_payments { self.last_year_payments() } else { Vec::new() };
        Some(VariablePay {
            employee_start: employee_start?,
            total_pay_in_reference_period: total?,
            statutory_leave,
            first_furlough_date,
            last_year_payments,
            on_payroll_by_30_oct_2020: on_payroll,
            rti_submission,
        })
    }

    /// Claim spec §3: leave is left out of the average only when both its pay and days are
    /// given; either alone is accepted and not used, as in HMRC's calculator (the hint says so).
    fn statutory_leave(&mut self) -> Option<StatutoryLeave> {
        let pay = self.money(ClaimField::StatutoryLeavePay, false);
        let days_id = ids::field(ClaimField::StatutoryLeaveDays);
        let days = self.typed(parse::whole_number(&self.form.statutory_leave_days), days_id, None);
        Some(StatutoryLeave { pay: pay?, days: days? })
    }

    fn last_year_payments(&mut self) -> Vec<LastYearPayment> {
        let form = self.form;
        form.last_year_payments
            .iter()
            .filter(|row| !(row.pay_date.is_blank() && row.amount.trim().is_empty()))
            .filter_map(|row| {
                let pay_date = self.date_of(
                    &row.pay_date,
                    &ids::last_year_date(row.key),
                    ClaimProblemText::LastYearDateName,
                    Some(ClaimProblemText::MissingLastYearDate),
                );
                let amount = self.typed(
                    parse::money(&row.amount),
                    &ids::last_year_amount(row.key),
                    Some(ClaimProblemText::MissingLastYearAmount),
                );
                Some(LastYearPayment { pay_date: pay_date?, amount: amount? })
            })
            .collect()
    }

    fn claim_date(&mut self, which: ClaimDate, required: bool) -> Option<NaiveDate> {
        let (name, missing) = match which {
            ClaimDate::ClaimStart => (ClaimProblemText::ClaimStartName, ClaimProblemText::MissingClaimStart),
            ClaimDate::ClaimEnd => (ClaimProblemText::ClaimEndName, ClaimProblemText::MissingClaimEnd),
            ClaimDate::FurloughStart => (ClaimProblemText::FurloughStartName, ClaimProblemText::MissingFurloughStart),
            ClaimDate::FurloughEnd => (ClaimProblemText::FurloughEndName, ClaimProblemText::MissingFurloughEnd),
            ClaimDate::EmployeeStart => (ClaimProblemText::EmployeeStartName, ClaimProblemText::MissingEmployeeStart),
            ClaimDate::FirstFurlough => (ClaimProblemText::FirstFurloughName, ClaimProblemText::MissingFurloughStart),
            ClaimDate::LastPayDate => (ClaimProblemText::LastPayDateName, ClaimProblemText::MissingLastPayDate),
        };
        let form = self.form;
        self.date_of(form.date(which), ids::date(which), name, required.then_some(missing))
    }

    fn date_of(
        &mut self,
        typed: &DateText,
        id: &str,
        name: ClaimProblemText,
        missing: Option<ClaimProblemText>,
    ) -> Option<NaiveDate> {
        self.typed(date(typed, name), id, missing)
    }

    fn money(&mut self, field: ClaimField, required: bool) -> Option<Money> {
        let missing = match field {
            ClaimField::RegularPay => ClaimProblemText::MissingRegularPay,
            _ => ClaimProblemText::MissingVariableTotal,
        };
        let form = self.form;
        let typed = match field {
            ClaimField::RegularPay => &form.regular_pay,
            ClaimField::VariableTotal => &form.variable_total,
            ClaimField::StatutoryLeavePay => &form.statutory_leave_pay,
            ClaimField::StatutoryLeaveDays => &form.statutory_leave_days,
            ClaimField::PartialPayBefore => &form.partial_pay_before,
            ClaimField::PartialPayAfter => &form.partial_pay_after,
        };
        self.typed(parse::money(typed), ids::field(field), required.then_some(missing))
    }

    /// A yes/no question, read only when asked; unanswered is missing.
    fn asked_question(&mut self, asked: bool, question: ClaimQuestion, missing: ClaimProblemText) -> Option<bool> {
        let form = self.form;
        let answer = match question {
            ClaimQuestion::FurloughEnded => form.furlough_ended,
            ClaimQuestion::RtiSubmission => form.rti_submission,
            ClaimQuestion::OnPayrollBy30Oct2020 => form.on_payroll_by_30_oct_2020,
            ClaimQuestion::WorkedDuringClaim => form.worked_during_claim,
            ClaimQuestion::ToppedUp => form.topped_up,
            ClaimQuestion::AdditionalPayments => form.additional_payments,
        };
        asked.then(|| self.choice(answer, ids::question(question), missing)).flatten()
    }

    fn choice<T>(&mut self, answer: Option<T>, id: &str, missing: ClaimProblemText) -> Option<T> {
        if answer.is_none() {
            self.problems.missing.push(FieldError::new(id, text(missing)));
        }
        answer
    }

    /// What was typed in one box: empty is missing if `missing` says what to ask for.
    fn typed<T>(&mut self, typed: Typed<T>, id: &str, missing: Option<ClaimProblemText>) -> Option<T> {
        match typed {
            Typed::Value(value) => Some(value),
            Typed::Empty => {
                if let Some(missing) = missing {
                    self.problems.missing.push(FieldError::new(id, text(missing)));
                }
                None
            }
            Typed::Invalid(message) => {
                self.invalid(id, message);
                None
            }
        }
    }

    fn invalid(&mut self, id: &str, message: impl Into<String>) {
        self.problems.invalid.push(FieldError::new(id, message));
    }
}
