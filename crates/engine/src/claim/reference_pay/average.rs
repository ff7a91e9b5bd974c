//! Variable pay, average method (claim spec §3): the average daily pay over a reference window.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::claim::error::{ClaimError, ClaimProblem};
use crate::claim::input::{EmployeeStart, StatutoryLeave, VariablePay};
use crate::claim::periods::Period;
use crate::claim::tables;
use crate::Money;

/// The average daily pay and the sum behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AverageDailyPay {
    pub window: Period,
    pub total_pay: Money,
    /// Total pay less statutory leave pay.
    pub counted_pay: Money,
    /// Days in the window less statutory leave days.
    pub counted_days: u64,
    pub daily: Money,
}

/// Claim spec §3: HALF_UP((total pay − statutory leave pay) ÷ (days − statutory leave days)).
/// Leave is only removed when both its pay and its days are known, which the type ensures.
pub fn average_daily_pay(
    total_pay: Money,
    window: Period,
    leave: Option<StatutoryLeave>,
) -> Result<AverageDailyPay, ClaimError> {
    let (counted_pay, counted_days) = match leave {
        Some(leave) if leave.pay > total_pay => {
            return Err(ClaimError::new(
                "statutory_leave_pay",
                ClaimProblem::LeavePayAboveTotal,
            ));
        }
        Some(leave) => (
            total_pay.checked_sub(leave.pay)?,
            window.days().checked_sub(u64::from(leave.days)).filter(|&days| days > 0).ok_or_else(|| {
                ClaimError::new(
                    "statutory_leave_days",
                    ClaimProblem::LeaveDaysTooMany {
                        days: window.days(),
                        start: window.start(),
                        end: window.end(),
                    },
                )
            })?,
        ),
        None => (total_pay, window.days()),
    };
    let daily = counted_pay.checked_div(Decimal::from(counted_days))?.round_half_up();
    Ok(AverageDailyPay { window, total_pay, counted_pay, counted_days, daily })
}

/// Claim spec §3: reference pay = HALF_UP(daily × furlough days).
pub fn pay_for_days(daily: Money, days: u64) -> Result<Money, ClaimError> {
    Ok(daily.checked_mul(Decimal::from(days))?.round_half_up())
}

/// Claim spec §3: the reference window, from the employee's (possibly adjusted) start date to the
/// day before furlough began, capped at 5 April 2020, except for the 2020-21 starters of claims
/// from November 2020, whose window runs to the day before their first furlough from
/// 1 November 2020 (1 May 2021 when only on the payroll by 2 March 2021).
pub fn reference_window(
    variable: &VariablePay,
    claim_start: NaiveDate,
    furlough_start: NaiveDate,
) -> Result<Period, ClaimError> {
    let start = window_start(variable, claim_start)?;
    let furlough_began = variable.first_furlough_date.unwrap_or(furlough_start);
    let new_starter = claim_start >= tables::EXTENSION_START && start > tables::AVERAGE_WINDOW_LATEST_END;
    let end = if new_starter {
        let first_eligible = match variable.on_payroll_by_30_oct_2020 {
            Some(false) => tables::MAY_2021_EXTENSION_START,
            _ => tables::EXTENSION_START,
        };
        furlough_began.max(first_eligible).pred_opt()
    } else {
        furlough_began.pred_opt().map(|end| end.min(tables::AVERAGE_WINDOW_LATEST_END))
    };
    end.and_then(|end| Period::new(start, end)).ok_or_else(|| {
        ClaimError::new(
            "employee_start_date",
            ClaimProblem::StartedAfterFurlough { furlough_began },
        )
    })
}

/// The window's first day: the start date, not before 6 April 2019; for claims from
/// November 2020, starters of 20 March – 5 April 2020, and starters of 1 February – 19 March 2020
/// with no RTI submission by 19 March 2020, count as starting on 6 April 2020.
fn window_start(variable: &VariablePay, claim_start: NaiveDate) -> Result<NaiveDate, ClaimError> {
    let started = match variable.employee_start {
        EmployeeStart::OnOrBefore1Feb2019 => return Ok(tables::AVERAGE_WINDOW_EARLIEST),
        EmployeeStart::After1Feb2019(date) => date,
    };
    if claim_start < tables::EXTENSION_START {
        return Ok(started.max(tables::AVERAGE_WINDOW_EARLIEST));
    }
    let late_march =
        (tables::LATE_MARCH_STARTERS_FROM..=tables::AVERAGE_WINDOW_LATEST_END).contains(&started);
    let early_2020 = (tables::NO_RTI_STARTERS_FROM..tables::LATE_MARCH_STARTERS_FROM).contains(&started);
    let no_rti = early_2020
        && !variable
            .rti_submission
            .ok_or_else(|| ClaimError::missing("rti_submission_between_20_mar_and_30_oct_2020"))?;
    Ok(if late_march || no_rti {
        tables::NEW_STARTER_WINDOW_START
    } else {
        started.max(tables::AVERAGE_WINDOW_EARLIEST)
    })
}

#[cfg(test)]
mod tests;
