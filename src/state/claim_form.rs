//! What the user has typed into the CJRS claim view, exactly as typed. Turning it into an
//! engine `ClaimInput` (and finding what is wrong with it) is `crate::derive::claim`'s job.

pub mod ids;
mod rows;

pub use rows::{LastYearRow, PayPeriodRow, PeriodField};

use furlough_engine::claim::{NicCategory, PayFrequency, PensionStatus};

use super::date_text::{DatePart, DateText};

/// How the employee is paid (claim spec §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayMethod {
    Regular,
    Variable,
}

/// When a variable-pay employee started (claim spec §3, §7 `employee_started`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartedBy {
    OnOrBefore1Feb2019,
    After1Feb2019,
}

/// The single dates of the claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimDate {
    ClaimStart,
    ClaimEnd,
    FurloughStart,
    FurloughEnd,
    EmployeeStart,
    FirstFurlough,
    LastPayDate,
}

/// The amounts and counts typed once per claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimField {
    RegularPay,
    VariableTotal,
    StatutoryLeavePay,
    StatutoryLeaveDays,
    PartialPayBefore,
    PartialPayAfter,
}

/// The yes/no questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimQuestion {
    FurloughEnded,
    RtiSubmission,
    OnPayrollBy30Oct2020,
    WorkedDuringClaim,
    ToppedUp,
    AdditionalPayments,
}

/// The CJRS claim view's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimForm {
    pub claim_start: DateText,
    pub claim_end: DateText,
    pub furlough_start: DateText,
    pub furlough_ended: Option<bool>,
    pub furlough_end: DateText,
    pub pay_frequency: Option<PayFrequency>,
    pub pay_method: Option<PayMethod>,
    pub regular_pay: String,
    pub employee_started: Option<StartedBy>,
    pub employee_start_date: DateText,
    pub rti_submission: Option<bool>,
    pub on_payroll_by_30_oct_2020: Option<bool>,
    pub variable_total: String,
    pub statutory_leave_pay: String,
    pub statutory_leave_days: String,
    pub first_furlough_date: DateText,
    pub last_year_payments: Vec<LastYearRow>,
    /// Oldest first; the first ends the pay period before the claim (claim spec §2).
    pub pay_periods: Vec<PayPeriodRow>,
    pub last_pay_date: DateText,
    pub worked_during_claim: Option<bool>,
    pub nic_category: Option<NicCategory>,
    pub pension_status: Option<PensionStatus>,
    pub topped_up: Option<bool>,
    pub additional_payments: Option<bool>,
    pub partial_pay_before: String,
    pub partial_pay_after: String,
    next_key: u32,
}

impl Default for ClaimForm {
    /// Two pay period rows to start with: the one before the claim and the first in it.
    fn default() -> ClaimForm {
        ClaimForm {
            claim_start: DateText::default(),
            claim_end: DateText::default(),
            furlough_start: DateText::default(),
            furlough_ended: None,
            furlough_end: DateText::default(),
            pay_frequency: None,
            pay_method: None,
            regular_pay: String::new(),
            employee_started: None,
            employee_start_date: DateText::default(),
            rti_submission: None,
            on_payroll_by_30_oct_2020: None,
            variable_total: String::new(),
            statutory_leave_pay: String::new(),
            statutory_leave_days: String::new(),
            first_furlough_date: DateText::default(),
            last_year_payments: vec![LastYearRow { key: 2, ..LastYearRow::default() }],
            pay_periods: vec![
                PayPeriodRow { key: 0, ..PayPeriodRow::default() },
                PayPeriodRow { key: 1, ..PayPeriodRow::default() },
            ],
            last_pay_date: DateText::default(),
            worked_during_claim: None,
            nic_category: None,
            pension_status: None,
            topped_up: None,
            additional_payments: None,
            partial_pay_before: String::new(),
            partial_pay_after: String::new(),
            next_key: 3,
        }
    }
}

/// What the user can do in the CJRS claim view.
#[derive(Clone, Debug, PartialEq)]
pub enum ClaimAction {
    SetDate(ClaimDate, DatePart, String),
    Set(ClaimField, String),
    Answer(ClaimQuestion, bool),
    SetFrequency(PayFrequency),
    SetPayMethod(PayMethod),
    SetEmployeeStarted(StartedBy),
    SetNicCategory(NicCategory),
    SetPensionStatus(PensionStatus),
    AddPayPeriod,
    RemovePayPeriod {
        key: u32,
    },
    SetPayPeriodEnd {
        key: u32,
        part: DatePart,
        text: String,
    },
    SetPeriod {
        key: u32,
        field: PeriodField,
        text: String,
    },
    /// Proposed pay period end dates (from the frequency and the claim), which the user can edit.
    FillPayPeriods(Vec<DateText>),
    AddLastYearPayment,
    RemoveLastYearPayment {
        key: u32,
    },
    SetLastYearDate {
        key: u32,
        part: DatePart,
        text: String,
    },
    SetLastYearAmount {
        key: u32,
        text: String,
    },
}

impl ClaimForm {
    pub fn apply(&mut self, action: ClaimAction) {
        match action {
            ClaimAction::SetDate(date, part, text) => self.date_mut(date).set(part, text),
            ClaimAction::Set(field, text) => *self.field_mut(field) = text,
            ClaimAction::Answer(question, yes) => *self.answer_mut(question) = Some(yes),
            ClaimAction::SetFrequency(frequency) => self.pay_frequency = Some(frequency),
            ClaimAction::SetPayMethod(method) => self.pay_method = Some(method),
            ClaimAction::SetEmployeeStarted(started) => self.employee_started = Some(started),
            ClaimAction::SetNicCategory(category) => self.nic_category = Some(category),
            ClaimAction::SetPensionStatus(status) => self.pension_status = Some(status),
            ClaimAction::AddPayPeriod => {
                let key = self.new_key();
                self.pay_periods.push(PayPeriodRow { key, ..PayPeriodRow::default() });
            }
            // The first two rows are the least a claim needs, so they cannot be removed.
            ClaimAction::RemovePayPeriod { key } if self.pay_periods.len() > 2 => {
                self.pay_periods.retain(|row| row.key != key);
            }
            ClaimAction::RemovePayPeriod { .. } => {}
            ClaimAction::SetPayPeriodEnd { key, part, text } => {
                if let Some(row) = self.pay_periods.iter_mut().find(|row| row.key == key) {
                    row.end.set(part, text);
                }
            }
            ClaimAction::SetPeriod { key, field, text } => {
                if let Some(row) = self.pay_periods.iter_mut().find(|row| row.key == key) {
                    *row.field_mut(field) = text;
                }
            }
            ClaimAction::FillPayPeriods(ends) => self.fill_pay_periods(ends),
            ClaimAction::AddLastYearPayment => {
                let key = self.new_key();
                self.last_year_payments.push(LastYearRow { key, ..LastYearRow::default() });
            }
            ClaimAction::RemoveLastYearPayment { key } => self.last_year_payments.retain(|row| row.key != key),
            ClaimAction::SetLastYearDate { key, part, text } => {
                if let Some(row) = self.last_year_payments.iter_mut().find(|row| row.key == key) {
                    row.pay_date.set(part, text);
                }
            }
            ClaimAction::SetLastYearAmount { key, text } => {
                if let Some(row) = self.last_year_payments.iter_mut().find(|row| row.key == key) {
                    row.amount = text;
                }
            }
        }
    }

    /// The proposed dates go into the rows in order (keeping each row's hours and amounts),
    /// rows are added as needed, and rows left over after the last one holding hours or amounts
    /// are removed: their end dates are the proposal's to replace, as in the rows it fills (a
    /// second fill, for a shorter claim, left the first fill's later dates out of order).
    fn fill_pay_periods(&mut self, ends: Vec<DateText>) {
        let count = ends.len();
        for (i, end) in ends.into_iter().enumerate() {
            match self.pay_periods.get_mut(i) {
                Some(row) => row.end = end,
                None => {
                    let key = self.new_key();
                    self.pay_periods.push(PayPeriodRow { key, end, ..PayPeriodRow::default() });
                }
            }
        }
        // Up to the last row holding hours or amounts, so no gap opens before a row that stays.
        let last_answered = self.pay_periods.iter().rposition(PayPeriodRow::has_answers_beyond_its_end);
        let keep = last_answered.map_or(0, |index| index + 1).max(count).max(2);
        self.pay_periods.truncate(keep);
    }

    /// Puts these rows in place of the current ones (a restored link or draft), with new keys;
    /// a claim keeps at least its two pay period rows.
    pub fn replace_rows(&mut self, pay_periods: Vec<PayPeriodRow>, last_year_payments: Vec<LastYearRow>) {
        self.pay_periods = pay_periods;
        while self.pay_periods.len() < 2 {
            self.pay_periods.push(PayPeriodRow::default());
        }
        self.last_year_payments = last_year_payments;
        if self.last_year_payments.is_empty() {
            self.last_year_payments.push(LastYearRow::default());
        }
        for index in 0..self.pay_periods.len() {
            self.pay_periods[index].key = self.new_key();
        }
        for index in 0..self.last_year_payments.len() {
            self.last_year_payments[index].key = self.new_key();
        }
    }

    fn new_key(&mut self) -> u32 {
        let key = self.next_key;
        self.next_key += 1;
        key
    }

    fn date_mut(&mut self, date: ClaimDate) -> &mut DateText {
        match date {
            ClaimDate::ClaimStart => &mut self.claim_start,
            ClaimDate::ClaimEnd => &mut self.claim_end,
            ClaimDate::FurloughStart => &mut self.furlough_start,
            ClaimDate::FurloughEnd => &mut self.furlough_end,
            ClaimDate::EmployeeStart => &mut self.employee_start_date,
            ClaimDate::FirstFurlough => &mut self.first_furlough_date,
            ClaimDate::LastPayDate => &mut self.last_pay_date,
        }
    }

    fn field_mut(&mut self, field: ClaimField) -> &mut String {
        match field {
            ClaimField::RegularPay => &mut self.regular_pay,
            ClaimField::VariableTotal => &mut self.variable_total,
            ClaimField::StatutoryLeavePay => &mut self.statutory_leave_pay,
            ClaimField::StatutoryLeaveDays => &mut self.statutory_leave_days,
            ClaimField::PartialPayBefore => &mut self.partial_pay_before,
            ClaimField::PartialPayAfter => &mut self.partial_pay_after,
        }
    }

    fn answer_mut(&mut self, question: ClaimQuestion) -> &mut Option<bool> {
        match question {
            ClaimQuestion::FurloughEnded => &mut self.furlough_ended,
            ClaimQuestion::RtiSubmission => &mut self.rti_submission,
            ClaimQuestion::OnPayrollBy30Oct2020 => &mut self.on_payroll_by_30_oct_2020,
            ClaimQuestion::WorkedDuringClaim => &mut self.worked_during_claim,
            ClaimQuestion::ToppedUp => &mut self.topped_up,
            ClaimQuestion::AdditionalPayments => &mut self.additional_payments,
        }
    }

    pub fn date(&self, date: ClaimDate) -> &DateText {
        match date {
            ClaimDate::ClaimStart => &self.claim_start,
            ClaimDate::ClaimEnd => &self.claim_end,
            ClaimDate::FurloughStart => &self.furlough_start,
            ClaimDate::FurloughEnd => &self.furlough_end,
            ClaimDate::EmployeeStart => &self.employee_start_date,
            ClaimDate::FirstFurlough => &self.first_furlough_date,
            ClaimDate::LastPayDate => &self.last_pay_date,
        }
    }
}

#[cfg(test)]
mod tests;
