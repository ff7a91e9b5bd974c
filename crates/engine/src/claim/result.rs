//! The result of a claim with its per-pay-period breakdown (claim spec §8), so a payroll officer
//! can check every step.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::cap::Cap;
use super::flexible::FlexibleHours;
use super::nic::NicGrant;
use super::pension::PensionGrant;
use super::periods::{PayPeriod, Period};
use super::reference_pay::average::AverageDailyPay;
use super::reference_pay::ReferencePay;
use crate::Money;

/// The cap of a pay period: by days, then scaled to furloughed hours when flexibly furloughed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodCap {
    pub by_days: Cap,
    /// The cap the grant is limited to: `by_days.value`, scaled to furloughed hours if any.
    pub value: Money,
}

/// One pay period of the claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodBreakdown {
    pub pay_period: PayPeriod,
    /// From `last_pay_date`, when given.
    pub payment_date: Option<NaiveDate>,
    pub hours: Option<FlexibleHours>,
    pub reference_pay: ReferencePay,
    pub cap: PeriodCap,
    /// HALF_UP(min(reference pay × 80%, cap)).
    pub grant_at_80: Money,
    /// The government's share at the claim month's rate.
    pub claim: Money,
    /// Claims ending before 1 August 2020 only.
    pub nic: Option<NicGrant>,
    pub pension: Option<PensionGrant>,
}

/// A calculated claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimResult {
    pub claim_period: Period,
    /// The furloughed days inside the claim period.
    pub furlough_window: Period,
    pub grant_rate_percent: u32,
    /// The headline: Σ per-period claims at the month's rate.
    pub claim_amount: Money,
    /// Σ per-period grants at 80%.
    pub furlough_grant_at_80: Money,
    /// What the employer must pay on top so the employee still gets 80%.
    pub employer_top_up: Money,
    /// `None` where no NIC grant exists (claims ending from 1 August 2020).
    pub nic_grant: Option<Money>,
    /// `None` where no pension grant exists (claims ending from 1 August 2020).
    pub pension_grant: Option<Money>,
    /// Variable pay: the average-pay window and daily average.
    pub average_pay: Option<AverageDailyPay>,
    pub periods: Vec<PeriodBreakdown>,
}
