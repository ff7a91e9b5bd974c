//! The employer pension grant (claim spec §6), for claim periods ending before 1 August 2020.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::contribution::{above_threshold, Threshold};
use super::error::ClaimError;
use super::flexible::FlexibleHours;
use super::input::{PayFrequency, PensionStatus};
use super::periods::PayPeriod;
use super::tables::{pension_lower_earnings_limit, PENSION_RATE};
use crate::Money;

/// How a period's pension grant was worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PensionGrant {
    /// The lower earnings limit, prorated to furlough days and furloughed hours.
    pub threshold: Threshold,
    pub grant: Money,
}

/// Claim spec §6: HALF_UP((grant rounded down to the pound − prorated LEL) × 3%), 0 below the
/// LEL. The round-down is HMRC's calculator's, not its guidance's one example (£12.93, not £12.94).
pub fn pension_grant(
    status: PensionStatus,
    frequency: PayFrequency,
    payment_date: NaiveDate,
    pay_period: &PayPeriod,
    hours: Option<FlexibleHours>,
    furlough_grant: Money,
) -> Result<PensionGrant, ClaimError> {
    let threshold =
        Threshold::prorated(pension_lower_earnings_limit, frequency, payment_date, pay_period, hours)?;
    let grant = match status {
        PensionStatus::DoesNotContribute => Money::ZERO,
        PensionStatus::Contributes => {
            above_threshold(furlough_grant.round_down_to_pound(), threshold.used, PENSION_RATE)?
        }
    };
    Ok(PensionGrant { threshold, grant })
}
