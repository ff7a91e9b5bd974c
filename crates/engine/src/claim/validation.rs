//! The scheme's rules on what may be claimed (claim spec §2), checked before calculating so a
//! payroll officer gets a clear reason instead of a wrong figure.

use chrono::Datelike;

use super::error::ClaimError;
use super::input::{ClaimInput, PayFrequency};
use super::periods::{furlough_window, pay_periods_from_end_dates, Period};
use super::tables;

/// Furlough before July 2020 had to last at least three weeks.
const PHASE_ONE_MINIMUM_FURLOUGH_DAYS: u64 = 21;
/// Claims from July 2020 are at least a week long unless they start on the 1st or end on the
/// last day of the month.
const MINIMUM_CLAIM_DAYS: u64 = 7;

/// Claim spec §2: rejects a claim period, furlough or pay periods the scheme does not allow.
pub fn validate_claim(input: &ClaimInput) -> Result<(), ClaimError> {
    let claim = input.claim_period;
    if claim.start() < tables::SCHEME_START {
        return Err(ClaimError::new(
            "claim_period_start",
            "The claim period cannot start before 1 March 2020",
        ));
    }
    if claim.end() > tables::SCHEME_END {
        return Err(ClaimError::new(
            "claim_period_end",
            "The claim period cannot end after 30 September 2021",
        ));
    }
    if let Some(end) = input.furlough.end {
        if end < input.furlough.start {
            return Err(ClaimError::new("furlough_end", "The furlough cannot end before it starts"));
        }
    }
    if claim.start() < tables::FLEXIBLE_FURLOUGH_START {
        validate_phase_one(input)?;
    } else {
        validate_one_month(claim)?;
    }
    validate_pay_periods(input)
}

/// Claims before July 2020: end by 30 June 2020, furlough of at least 21 days, no flexible
/// furlough.
fn validate_phase_one(input: &ClaimInput) -> Result<(), ClaimError> {
    if input.claim_period.end() >= tables::FLEXIBLE_FURLOUGH_START {
        return Err(ClaimError::new(
            "claim_period_end",
            "A claim period starting before 1 July 2020 must end by 30 June 2020",
        ));
    }
    let furlough_days =
        input.furlough.end.and_then(|end| Period::new(input.furlough.start, end)).map(Period::days);
    if furlough_days.is_some_and(|days| days < PHASE_ONE_MINIMUM_FURLOUGH_DAYS) {
        return Err(ClaimError::new(
            "furlough_end",
            "Furlough before 1 July 2020 must last at least 21 days",
        ));
    }
    if !input.hours.is_empty() {
        return Err(ClaimError::new(
            "usual_hours",
            "Flexible furlough started on 1 July 2020: a claim before then cannot include hours worked",
        ));
    }
    Ok(())
}

/// Claims from July 2020: one calendar month, at least 7 days unless starting on the 1st or
/// ending on the last day of the month.
fn validate_one_month(claim: Period) -> Result<(), ClaimError> {
    let (start, end) = (claim.start(), claim.end());
    if (start.year(), start.month()) != (end.year(), end.month()) {
        return Err(ClaimError::new(
            "claim_period_end",
            "A claim period from 1 July 2020 must start and end in the same calendar month",
        ));
    }
    let ends_month = end.succ_opt().is_some_and(|next| next.day() == 1);
    if claim.days() < MINIMUM_CLAIM_DAYS && start.day() != 1 && !ends_month {
        return Err(ClaimError::new(
            "claim_period_end",
            "A claim period must be at least 7 days long, unless it starts on the 1st or ends on the last day of the month",
        ));
    }
    Ok(())
}

/// The pay periods must cover the furlough in the claim, each no longer than its frequency
/// allows, and hours may only be given for them.
fn validate_pay_periods(input: &ClaimInput) -> Result<(), ClaimError> {
    let periods = pay_periods_from_end_dates(&input.pay_period_end_dates)?;
    let longest = input.pay_frequency.days_in_weeks().unwrap_or(31);
    if let Some(long) = periods.iter().find(|p| p.days() > longest) {
        return Err(ClaimError::new(
            "pay_period_end_dates",
            format!(
                "The pay period {} to {} is {} days long, longer than a {} pay period",
                long.start(),
                long.end(),
                long.days(),
                frequency_name(input.pay_frequency)
            ),
        ));
    }
    if let Some(window) = furlough_window(input.claim_period, &input.furlough) {
        let covered = periods.first().zip(periods.last()).map(|(f, l)| Period::new(f.start(), l.end()));
        if !covered
            .flatten()
            .is_some_and(|covered| covered.contains(window.start()) && covered.contains(window.end()))
        {
            return Err(ClaimError::new(
                "pay_period_end_dates",
                format!(
                    "The pay periods must cover every furloughed day of the claim, {} to {}",
                    window.start(),
                    window.end()
                ),
            ));
        }
    }
    if let Some(stray) = input.hours.iter().find(|h| !periods.iter().any(|p| p.end() == h.pay_period_end)) {
        return Err(ClaimError::new(
            "usual_hours",
            format!(
                "Hours were given for a pay period ending {}, but no pay period ends then",
                stray.pay_period_end
            ),
        ));
    }
    Ok(())
}

fn frequency_name(frequency: PayFrequency) -> &'static str {
    match frequency {
        PayFrequency::Weekly => "weekly",
        PayFrequency::Fortnightly => "fortnightly",
        PayFrequency::FourWeekly => "four-weekly",
        PayFrequency::Monthly => "monthly",
    }
}
