//! The answers given per pay period (claim spec §2, §3, §6): the end dates, and for the pay
//! periods in the claim (every row but the first, which ends the period before the claim) the
//! hours worked and the phase-1 top-ups and other payments.

use std::rc::Rc;

use chrono::NaiveDate;
use furlough_engine::claim::{Hours, PeriodAmount, PeriodHours, PhaseOnePay};

use super::Reader;
use crate::derive::parse;
use crate::messages::{text, ClaimProblemText};
use crate::state::claim_form::{ids, ClaimField, ClaimQuestion, PayPeriodRow, PeriodField};
use crate::state::ClaimForm;

impl Reader<'_> {
    /// Every pay period's end date, row by row (`None` where it cannot be read).
    pub(super) fn pay_period_ends(&mut self) -> Vec<Option<NaiveDate>> {
        let form = self.form;
        form.pay_periods
            .iter()
            .map(|row| {
                let id = ids::pay_period_end(row.key);
                self.date_of(&row.end, &id, ClaimProblemText::PayPeriodEndName, Some(ClaimProblemText::MissingPayPeriodEnd))
            })
            .collect()
    }

    /// Flexible furlough (claim spec §3): the hours of each pay period in the claim where any
    /// are typed; a period left empty was not worked.
    pub(super) fn hours(&mut self, ends: &[Option<NaiveDate>]) -> Vec<PeriodHours> {
        let worked = self.asked_question(
            self.asked.worked_during_claim,
            ClaimQuestion::WorkedDuringClaim,
            ClaimProblemText::MissingWorked,
        );
        if !self.asked.hours || worked != Some(true) {
            return Vec::new();
        }
        let asked = Rc::clone(&self.asked_periods);
        claim_rows(self.form, ends, &asked)
            .filter(|(row, _)| !(row.usual_hours.trim().is_empty() && row.worked_hours.trim().is_empty()))
            .filter_map(|(row, end)| {
                let usual = self.hours_of(row, PeriodField::UsualHours, ClaimProblemText::MissingUsualHours);
                let worked = self.hours_of(row, PeriodField::WorkedHours, ClaimProblemText::MissingWorkedHours);
                Some(PeriodHours { pay_period_end: end?, usual: usual?, worked: worked? })
            })
            .collect()
    }

    fn hours_of(&mut self, row: &PayPeriodRow, field: PeriodField, missing: ClaimProblemText) -> Option<Hours> {
        let id = ids::period_field(row.key, field);
        let hours = self.typed(parse::decimal(row.field(field)), &id, Some(missing))?;
        let hours = Hours::new(hours);
        if hours.is_none() {
            self.invalid(&id, text(ClaimProblemText::HoursNegative));
        }
        hours
    }

    /// Phase-1 pay beyond the grant (claim spec §6): top-ups and other payments per pay period,
    /// and, for variable pay, the pay for the days of partial periods that were not furloughed.
    pub(super) fn phase_one_pay(&mut self, ends: &[Option<NaiveDate>]) -> PhaseOnePay {
        if !self.asked.phase_one_pay {
            return PhaseOnePay::default();
        }
        let topped_up = self.asked_question(true, ClaimQuestion::ToppedUp, ClaimProblemText::MissingToppedUp);
        let additional = self.asked_question(true, ClaimQuestion::AdditionalPayments, ClaimProblemText::MissingAdditional);
        let top_ups = self.period_amounts(topped_up, ends, PeriodField::TopUp, ClaimProblemText::MissingTopUp);
        let additional_payments =
            self.period_amounts(additional, ends, PeriodField::AdditionalPayment, ClaimProblemText::MissingAdditionalAmount);
        let partial = self.asked.partial_pay;
        PhaseOnePay {
            top_ups,
            additional_payments,
            partial_pay_before_furlough: partial.then(|| self.money(ClaimField::PartialPayBefore, false)).flatten(),
            partial_pay_after_furlough: partial.then(|| self.money(ClaimField::PartialPayAfter, false)).flatten(),
        }
    }

    fn period_amounts(
        &mut self,
        answer: Option<bool>,
        ends: &[Option<NaiveDate>],
        field: PeriodField,
        missing: ClaimProblemText,
    ) -> Vec<PeriodAmount> {
        if answer != Some(true) {
            return Vec::new();
        }
        let asked = Rc::clone(&self.asked_periods);
        claim_rows(self.form, ends, &asked)
            .filter_map(|(row, end)| {
                let amount =
                    self.typed(parse::money(row.field(field)), &ids::period_field(row.key, field), Some(missing));
                Some(PeriodAmount { pay_period_end: end?, amount: amount? })
            })
            .collect()
    }
}

/// The pay periods in the claim with their end dates: every row but the first whose dates can
/// be read and are in order, which are the rows the form asks hours and amounts for
/// (`asked`, from `typed_periods`). Another row's hours would be a problem on a field not on
/// the page; its dates' own problems stop the claim until they are put right.
fn claim_rows<'f>(
    form: &'f ClaimForm,
    ends: &'f [Option<NaiveDate>],
    asked: &'f [u32],
) -> impl Iterator<Item = (&'f PayPeriodRow, Option<NaiveDate>)> + 'f {
    form.pay_periods.iter().zip(ends.iter().copied()).skip(1).filter(move |(row, _)| asked.contains(&row.key))
}
