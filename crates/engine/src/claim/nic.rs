//! The employer NIC grant (claim spec §6), for claim periods ending before 1 August 2020.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::contribution::{above_threshold, Threshold};
use super::error::ClaimError;
use super::flexible::FlexibleHours;
use super::input::{NicCategory, PayFrequency};
use super::periods::PayPeriod;
use super::tables::{nic_secondary_threshold, NIC_RATE};
use crate::Money;

/// How a period's NIC grant was worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NicGrant {
    pub threshold: Threshold,
    /// Phase 1: all pay of the period, rounded down to the pound.
    pub total_pay: Option<Money>,
    /// Phase 1: employer NIC on that pay, before proration and apportionment.
    pub gross_nic: Option<Money>,
    /// Phase 1: the grant may not exceed HALF_UP(13.8% × furlough grant).
    pub cap: Option<Money>,
    /// Phase 1: the grant before that cap.
    pub uncapped_grant: Option<Money>,
    pub grant: Money,
}

/// The pay of a phase-1 pay period that the employer's NIC is due on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseOnePeriodPay {
    pub furlough_grant: Money,
    pub top_up: Money,
    pub additional_payment: Money,
    /// Pay for the days of a partial period that were not furloughed (0 for a full one).
    pub non_furlough_pay: Money,
}

/// Claim spec §6, phase 1 (claims before 1 July 2020): NIC on all the period's pay (rounded down
/// to the pound) above the threshold, prorated to furlough days in a partial period, apportioned
/// to the grant's share of furlough pay, and capped at 13.8% of the grant.
pub fn phase_one_nic(
    category: NicCategory,
    frequency: PayFrequency,
    payment_date: NaiveDate,
    pay_period: &PayPeriod,
    pay: PhaseOnePeriodPay,
) -> Result<NicGrant, ClaimError> {
    let threshold = Threshold::whole(nic_secondary_threshold, frequency, payment_date)?;
    let cap = pay.furlough_grant.checked_mul(NIC_RATE)?.round_half_up();
    let total_pay =
        Money::checked_sum([pay.furlough_grant, pay.top_up, pay.additional_payment, pay.non_furlough_pay])?
            .round_down_to_pound();
    let gross_nic = above_threshold(total_pay, threshold.per_period, NIC_RATE)?;
    let uncapped_grant =
        if category == NicCategory::NonPayable || gross_nic.is_zero() || pay.furlough_grant.is_zero() {
            Money::ZERO
        } else {
            let furlough_pay = pay.furlough_grant.checked_add(pay.top_up)?;
            let for_furlough_days = if pay_period.is_partial() {
                gross_nic
                    .checked_div(pay_period.period.days().into())?
                    .checked_mul(pay_period.furlough_days().into())?
            } else {
                gross_nic
            };
            let apportioned =
                for_furlough_days.checked_mul(pay.furlough_grant.checked_ratio(furlough_pay)?)?;
            apportioned.round_half_up()
        };
    Ok(NicGrant {
        threshold,
        total_pay: Some(total_pay),
        gross_nic: Some(gross_nic),
        cap: Some(cap),
        uncapped_grant: Some(uncapped_grant),
        grant: uncapped_grant.min(cap),
    })
}

/// Claim spec §6, July 2020: NIC on the grant rounded down to the pound above the threshold
/// prorated to furlough days and furloughed hours; no apportionment and no cap.
pub fn july_2020_nic(
    category: NicCategory,
    frequency: PayFrequency,
    payment_date: NaiveDate,
    pay_period: &PayPeriod,
    hours: Option<FlexibleHours>,
    furlough_grant: Money,
) -> Result<NicGrant, ClaimError> {
    let threshold = Threshold::prorated(nic_secondary_threshold, frequency, payment_date, pay_period, hours)?;
    let grant = match category {
        NicCategory::NonPayable => Money::ZERO,
        NicCategory::Payable => {
            above_threshold(furlough_grant.round_down_to_pound(), threshold.used, NIC_RATE)?
        }
    };
    Ok(NicGrant { threshold, total_pay: None, gross_nic: None, cap: None, uncapped_grant: None, grant })
}
