//! The claim calculation as HMRC's calculator performs it (claim spec §2–§6): pay periods,
//! reference pay, cap, grant and taper, NIC and pension, period by period. The scheme's rules on
//! which claim periods may be claimed are checked separately (`validation`).

use chrono::NaiveDate;

use super::cap::period_cap;
use super::error::{ClaimError, ClaimProblem};
use super::flexible::FlexibleHours;
use super::grant::{at_rate, grant_at_80};
use super::input::{ClaimInput, NicCategory, PensionStatus, PeriodAmount};
use super::nic::{july_2020_nic, phase_one_nic, PhaseOnePeriodPay};
use super::pension::pension_grant;
use super::periods::{furlough_window, pay_periods_from_end_dates, payment_dates, PayPeriod};
use super::reference_pay::PayBasis;
use super::result::{ClaimResult, PeriodBreakdown, PeriodCap};
use super::tables;
use crate::Money;

/// Which employer NIC and pension grants a claim has (claim spec §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ContributionGrants {
    PhaseOne { nic: NicCategory, pension: PensionStatus },
    July2020 { nic: NicCategory, pension: PensionStatus },
    None,
}

/// Calculates a claim without the claim-period rules of `validation` (which HMRC's calculator
/// enforces in its question pages, not in its calculation). Use [`super::calculate_claim`].
pub fn calculate_breakdown(input: &ClaimInput) -> Result<ClaimResult, ClaimError> {
    let window = furlough_window(input.claim_period, &input.furlough).ok_or_else(|| {
        ClaimError::new("furlough_start", ClaimProblem::FurloughOutsideClaim)
    })?;
    let periods = pay_periods_from_end_dates(&input.pay_period_end_dates, input.pay_frequency)?;
    let dates = match input.last_pay_date {
        Some(last) => payment_dates(input.pay_frequency, last, periods.len())
            .ok_or_else(|| ClaimError::new("last_pay_date", ClaimProblem::LastPayDateTooEarly))?
            .into_iter()
            .map(Some)
            .collect(),
        None => vec![None; periods.len()],
    };
    let furloughed: Vec<(PayPeriod, Option<NaiveDate>)> = periods
        .into_iter()
        .zip(dates)
        .filter_map(|(period, date)| PayPeriod::within(period, window).map(|pay_period| (pay_period, date)))
        .collect();
    let Some((first, _)) = furloughed.first() else {
        return Err(ClaimError::new(
            "pay_period_end_dates",
            ClaimProblem::NoFurloughedPayPeriod { first: window.start(), last: window.end() },
        ));
    };
    let basis = PayBasis::for_claim(input, first)?;
    let grants = contribution_grants(input)?;
    let rate = tables::grant_rate_percent(input.claim_period.start());
    let periods = furloughed
        .iter()
        .map(|(pay_period, date)| period_breakdown(input, &basis, grants, rate, pay_period, *date))
        .collect::<Result<Vec<_>, _>>()?;

    let claim_amount = Money::checked_sum(periods.iter().map(|p| p.claim))?;
    let furlough_grant_at_80 = Money::checked_sum(periods.iter().map(|p| p.grant_at_80))?;
    let has_grants = grants != ContributionGrants::None;
    let nic_grant = has_grants
        .then(|| Money::checked_sum(periods.iter().filter_map(|p| p.nic).map(|nic| nic.grant)))
        .transpose()?;
    let pension_grant = has_grants
        .then(|| Money::checked_sum(periods.iter().filter_map(|p| p.pension).map(|pension| pension.grant)))
        .transpose()?;
    Ok(ClaimResult {
        claim_period: input.claim_period,
        furlough_window: window,
        grant_rate_percent: rate,
        claim_amount,
        furlough_grant_at_80,
        employer_top_up: furlough_grant_at_80.checked_sub(claim_amount)?,
        nic_grant,
        pension_grant,
        average_pay: match basis {
            PayBasis::Variable { average, .. } => Some(average),
            PayBasis::Regular(_) => None,
        },
        periods,
    })
}

fn contribution_grants(input: &ClaimInput) -> Result<ContributionGrants, ClaimError> {
    if input.claim_period.end() >= tables::NIC_AND_PENSION_GRANTS_END {
        return Ok(ContributionGrants::None);
    }
    let nic = input.nic_category.ok_or_else(|| ClaimError::missing("nic_category"))?;
    let pension = input.pension_status.ok_or_else(|| ClaimError::missing("pension_status"))?;
    Ok(if input.claim_period.start() < tables::FLEXIBLE_FURLOUGH_START {
        ContributionGrants::PhaseOne { nic, pension }
    } else {
        ContributionGrants::July2020 { nic, pension }
    })
}

fn period_breakdown(
    input: &ClaimInput,
    basis: &PayBasis,
    grants: ContributionGrants,
    rate: u32,
    pay_period: &PayPeriod,
    payment_date: Option<NaiveDate>,
) -> Result<PeriodBreakdown, ClaimError> {
    let hours = flexible_hours(input, pay_period)?;
    let reference_pay = basis.reference_pay(pay_period, hours)?;
    let by_days = period_cap(input.pay_frequency, pay_period)?;
    let cap_value = hours.map_or(Ok(by_days.value), |hours| hours.scale(by_days.value))?;
    let grant = grant_at_80(reference_pay.value, cap_value)?;
    let required_date = || payment_date.ok_or_else(|| ClaimError::missing("last_pay_date"));
    let frequency = input.pay_frequency;
    let (nic, pension) = match grants {
        ContributionGrants::None => (None, None),
        ContributionGrants::PhaseOne { nic, pension } => {
            let extra = &input.phase_one_pay;
            let pay = PhaseOnePeriodPay {
                furlough_grant: grant,
                top_up: amount_for(&extra.top_ups, pay_period),
                additional_payment: amount_for(&extra.additional_payments, pay_period),
                non_furlough_pay: reference_pay.non_furlough_pay.unwrap_or(Money::ZERO),
            };
            (
                Some(phase_one_nic(nic, frequency, required_date()?, pay_period, pay)?),
                Some(pension_grant(pension, frequency, required_date()?, pay_period, None, grant)?),
            )
        }
        ContributionGrants::July2020 { nic, pension } => (
            Some(july_2020_nic(nic, frequency, required_date()?, pay_period, hours, grant)?),
            Some(pension_grant(pension, frequency, required_date()?, pay_period, hours, grant)?),
        ),
    };
    Ok(PeriodBreakdown {
        pay_period: *pay_period,
        payment_date,
        hours,
        reference_pay,
        cap: PeriodCap { by_days, value: cap_value },
        grant_at_80: grant,
        claim: at_rate(grant, rate)?,
        nic,
        pension,
    })
}

/// The usual and worked hours given for a pay period, by its end date.
fn flexible_hours(input: &ClaimInput, pay_period: &PayPeriod) -> Result<Option<FlexibleHours>, ClaimError> {
    let Some(entry) = input.hours.iter().find(|h| h.pay_period_end == pay_period.period.end()) else {
        return Ok(None);
    };
    if entry.usual.value().is_zero() {
        return Err(ClaimError::new(
            "usual_hours",
            ClaimProblem::UsualHoursNotPositive { pay_period_end: entry.pay_period_end },
        ));
    }
    Ok(Some(FlexibleHours { usual: entry.usual, worked: entry.worked }))
}

/// A phase-1 top-up or additional payment of a pay period (0 when none was entered).
fn amount_for(amounts: &[PeriodAmount], pay_period: &PayPeriod) -> Money {
    amounts
        .iter()
        .find(|entry| entry.pay_period_end == pay_period.period.end())
        .map_or(Money::ZERO, |entry| entry.amount)
}

#[cfg(test)]
mod tests;
