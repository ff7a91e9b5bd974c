//! The scheme's rules on what may be claimed (claim spec §2), checked before calculating so a
//! payroll officer gets a clear reason instead of a wrong figure.

use chrono::Datelike;

use super::error::{ClaimError, ClaimProblem};
use super::input::ClaimInput;
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
        return Err(ClaimError::new("claim_period_start", ClaimProblem::ClaimStartsBeforeScheme));
    }
    if claim.end() > tables::SCHEME_END {
        return Err(ClaimError::new("claim_period_end", ClaimProblem::ClaimEndsAfterScheme));
    }
    if let Some(end) = input.furlough.end {
        if end < input.furlough.start {
            return Err(ClaimError::new("furlough_end", ClaimProblem::FurloughEndsBeforeStart));
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
        return Err(ClaimError::new("claim_period_end", ClaimProblem::PhaseOneClaimPastJune));
    }
    let furlough_days =
        input.furlough.end.and_then(|end| Period::new(input.furlough.start, end)).map(Period::days);
    if furlough_days.is_some_and(|days| days < PHASE_ONE_MINIMUM_FURLOUGH_DAYS) {
        return Err(ClaimError::new("furlough_end", ClaimProblem::PhaseOneFurloughTooShort));
    }
    if !input.hours.is_empty() {
        return Err(ClaimError::new("usual_hours", ClaimProblem::HoursBeforeFlexibleFurlough));
    }
    Ok(())
}

/// Claims from July 2020: one calendar month, at least 7 days unless starting on the 1st or
/// ending on the last day of the month.
fn validate_one_month(claim: Period) -> Result<(), ClaimError> {
    let (start, end) = (claim.start(), claim.end());
    if (start.year(), start.month()) != (end.year(), end.month()) {
        return Err(ClaimError::new("claim_period_end", ClaimProblem::ClaimSpansTwoMonths));
    }
    let ends_month = end.succ_opt().is_some_and(|next| next.day() == 1);
    if claim.days() < MINIMUM_CLAIM_DAYS && start.day() != 1 && !ends_month {
        return Err(ClaimError::new("claim_period_end", ClaimProblem::ClaimTooShort));
    }
    Ok(())
}

/// The pay periods must cover the furlough in the claim, and hours may only be given for them.
fn validate_pay_periods(input: &ClaimInput) -> Result<(), ClaimError> {
    let periods = pay_periods_from_end_dates(&input.pay_period_end_dates, input.pay_frequency)?;
    if let Some(window) = furlough_window(input.claim_period, &input.furlough) {
        let covered = periods.first().zip(periods.last()).and_then(|(f, l)| Period::new(f.start(), l.end()));
        if !covered.is_some_and(|covered| covered.contains(window.start()) && covered.contains(window.end()))
        {
            return Err(ClaimError::new(
                "pay_period_end_dates",
                ClaimProblem::PayPeriodsMissFurlough { first: window.start(), last: window.end() },
            ));
        }
    }
    if let Some(stray) = input.hours.iter().find(|h| !periods.iter().any(|p| p.end() == h.pay_period_end)) {
        return Err(ClaimError::new(
            "usual_hours",
            ClaimProblem::HoursForUnknownPayPeriod { pay_period_end: stray.pay_period_end },
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::claim::fixtures::november_claim;

    fn refused(changes: serde_json::Value) -> ClaimError {
        validate_claim(&november_claim(changes)).unwrap_err()
    }

    #[test]
    fn a_claim_for_a_whole_calendar_month_is_accepted() {
        assert_eq!(validate_claim(&november_claim(json!({}))), Ok(()));
    }

    #[test]
    fn claims_from_july_2020_must_stay_in_one_calendar_month() {
        let error = refused(
            json!({"claim_period_end": "2020-12-31", "pay_period_end_dates": ["2020-10-31", "2020-11-30", "2020-12-31"]}),
        );
        assert_eq!(error.field, "claim_period_end");
        assert!(error.message().contains("same calendar month"));
    }

    #[test]
    fn a_short_claim_must_start_on_the_1st_or_end_on_the_last_day_of_the_month() {
        assert_eq!(
            refused(json!({"claim_period_start": "2020-11-10", "claim_period_end": "2020-11-15"})).field,
            "claim_period_end"
        );
        let starts_on_the_1st = november_claim(json!({"claim_period_end": "2020-11-02"}));
        assert_eq!(validate_claim(&starts_on_the_1st), Ok(()));
        let ends_the_month = november_claim(json!({"claim_period_start": "2020-11-30"}));
        assert_eq!(validate_claim(&ends_the_month), Ok(()));
    }

    #[test]
    fn claims_must_fall_between_1_march_2020_and_30_september_2021() {
        let early = json!({"claim_period_start": "2020-02-28", "claim_period_end": "2020-03-31", "furlough_start": "2020-02-28",
            "pay_period_end_dates": ["2020-02-27", "2020-03-31"]});
        assert_eq!(refused(early).field, "claim_period_start");
        let late = json!({"claim_period_start": "2021-10-01", "claim_period_end": "2021-10-31", "furlough_start": "2021-10-01",
            "pay_period_end_dates": ["2021-09-30", "2021-10-31"]});
        assert_eq!(refused(late).field, "claim_period_end");
    }

    #[test]
    fn phase_one_claims_end_by_june_2020_and_need_three_weeks_of_furlough() {
        let phase_one = |end: &str, furlough_end: &str| {
            json!({"claim_period_start": "2020-06-01", "claim_period_end": end, "furlough_start": "2020-06-01",
                "furlough_status": "FurloughEnded", "furlough_end": furlough_end,
                "pay_period_end_dates": ["2020-05-31", "2020-06-30", "2020-07-31"]})
        };
        assert_eq!(refused(phase_one("2020-07-10", "2020-07-10")).field, "claim_period_end");
        assert_eq!(refused(phase_one("2020-06-30", "2020-06-20")).field, "furlough_end");
        assert_eq!(validate_claim(&november_claim(phase_one("2020-06-30", "2020-06-21"))), Ok(()));
    }

    #[test]
    fn hours_worked_cannot_be_given_before_flexible_furlough_began() {
        let error = refused(json!({"claim_period_start": "2020-06-01", "claim_period_end": "2020-06-30",
            "furlough_start": "2020-06-01", "pay_period_end_dates": ["2020-05-31", "2020-06-30"],
            "usual_hours": [{"pay_period_end": "2020-06-30", "hours": 150}],
            "actual_hours_worked": [{"pay_period_end": "2020-06-30", "hours": 10}]}));
        assert_eq!(error.field, "usual_hours");
    }

    #[test]
    fn pay_periods_must_cover_every_furloughed_day_of_the_claim() {
        let short = refused(json!({"pay_period_end_dates": ["2020-10-31", "2020-11-20"]}));
        assert_eq!(short.field, "pay_period_end_dates");
        let late = refused(json!({"pay_period_end_dates": ["2020-11-02", "2020-11-30"]}));
        assert!(late.message().contains("cover every furloughed day"));
    }

    #[test]
    fn hours_must_belong_to_a_pay_period() {
        let error = refused(json!({"usual_hours": [{"pay_period_end": "2020-11-29", "hours": 150}],
            "actual_hours_worked": [{"pay_period_end": "2020-11-29", "hours": 10}]}));
        assert_eq!(error.field, "usual_hours");
    }
}
