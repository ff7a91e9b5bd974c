//! Which questions the claim view asks (progressive disclosure): each appears only once the
//! answers before it show that it applies (claim spec §3, §6, §7). Answers to questions that
//! are no longer asked are kept in the form but not used.

use chrono::{Days, Months, NaiveDate};
use furlough_engine::claim::tables::{
    EXTENSION_START, FLEXIBLE_FURLOUGH_START, LATE_MARCH_STARTERS_FROM, MAY_2021_EXTENSION_START,
    NIC_AND_PENSION_GRANTS_END, NO_RTI_STARTERS_FROM, PHASE_ONE_CYLB_CUTOFF, TWO_YEAR_LOOKBACK_FROM,
};

use crate::derive::date::date_if_valid;
use crate::state::claim_form::{PayMethod, StartedBy};
use crate::state::ClaimForm;

/// Weekly pay periods repeat every 52 weeks.
const DAYS_IN_52_WEEKS: u64 = 364;

/// The questions to show for the answers given so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClaimQuestions {
    pub furlough_end: bool,
    pub regular_pay: bool,
    pub variable_pay: bool,
    pub employee_start_date: bool,
    pub rti_submission: bool,
    pub on_payroll_by_30_oct_2020: bool,
    pub last_year_payments: bool,
    /// Whether the employee worked during the claim (flexible furlough, from July 2020).
    pub worked_during_claim: bool,
    pub hours: bool,
    /// NIC category, pension status and the last pay date (claims ending before August 2020).
    pub nic_and_pension: bool,
    /// Top-ups and additional payments (claims before July 2020).
    pub phase_one_pay: bool,
    /// Pay for the non-furloughed days of a partial period (variable pay, before July 2020).
    pub partial_pay: bool,
}

impl ClaimQuestions {
    pub fn of(form: &ClaimForm) -> ClaimQuestions {
        let claim_start = date_if_valid(&form.claim_start);
        let claim_end = date_if_valid(&form.claim_end);
        let started = date_if_valid(&form.employee_start_date);
        let variable = form.pay_method == Some(PayMethod::Variable);
        let after = variable && form.employee_started == Some(StartedBy::After1Feb2019);
        let claim_from = |day: NaiveDate| claim_start.is_some_and(|start| start >= day);
        let worked_during_claim = claim_from(FLEXIBLE_FURLOUGH_START);
        let phase_one_pay = claim_start.is_some_and(|start| start < FLEXIBLE_FURLOUGH_START);
        ClaimQuestions {
            furlough_end: form.furlough_ended == Some(true),
            regular_pay: form.pay_method == Some(PayMethod::Regular),
            variable_pay: variable,
            employee_start_date: after,
            rti_submission: after
                && claim_from(EXTENSION_START)
                && started.is_some_and(|s| (NO_RTI_STARTERS_FROM..LATE_MARCH_STARTERS_FROM).contains(&s)),
            on_payroll_by_30_oct_2020: after
                && claim_from(MAY_2021_EXTENSION_START)
                && started.is_some_and(|s| s >= LATE_MARCH_STARTERS_FROM),
            last_year_payments: variable
                && match form.employee_started {
                    Some(StartedBy::OnOrBefore1Feb2019) => true,
                    Some(StartedBy::After1Feb2019) => started
                        .zip(claim_start.zip(claim_end))
                        .is_some_and(|(started, (start, end))| started < last_year_cutoff_at_the_latest(start, end)),
                    None => false,
                },
            worked_during_claim,
            hours: worked_during_claim && form.worked_during_claim == Some(true),
            nic_and_pension: claim_end.is_some_and(|end| end < NIC_AND_PENSION_GRANTS_END),
            phase_one_pay,
            partial_pay: phase_one_pay && variable,
        }
    }
}

/// Claim spec §3: from July 2020 a starter after 1 February 2019 uses last year's pay only if
/// they started before a cut-off a year (or two) before the claim's first pay period. That
/// period starts by the claim's end, so this date is never earlier than the cut-off: asking
/// from it on may ask a little too often, never too rarely (the engine ignores pay not needed).
fn last_year_cutoff_at_the_latest(claim_start: NaiveDate, claim_end: NaiveDate) -> NaiveDate {
    if claim_start < FLEXIBLE_FURLOUGH_START {
        return PHASE_ONE_CYLB_CUTOFF;
    }
    let years: u32 = if claim_end >= TWO_YEAR_LOOKBACK_FROM { 2 } else { 1 };
    let weeks_back = claim_end.checked_sub_days(Days::new(DAYS_IN_52_WEEKS * u64::from(years)));
    let months_back = claim_end.checked_sub_months(Months::new(12 * years));
    let latest = weeks_back.max(months_back).unwrap_or(claim_end);
    latest.succ_opt().unwrap_or(latest)
}
