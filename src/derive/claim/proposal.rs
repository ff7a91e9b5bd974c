//! Proposed pay period end dates, so a payroll officer does not have to type every one: from
//! the first end date typed (or the day before the claim starts), one pay period at a time at
//! the pay frequency, until the claim is covered (claim spec §2). The user can change any of them.

use chrono::{Datelike, Days, Months, NaiveDate};
use furlough_engine::claim::PayFrequency;

use crate::derive::date::date_if_valid;
use crate::state::{ClaimForm, DateText};

/// More pay periods than any one-month claim has (31 weekly periods would be a 7-month claim).
const MOST_PERIODS: usize = 32;

/// The proposed end dates as typed text, or `None` until the frequency and claim period are known.
pub fn propose_pay_period_ends(form: &ClaimForm) -> Option<Vec<DateText>> {
    let frequency = form.pay_frequency?;
    let claim_start = date_if_valid(&form.claim_start)?;
    let claim_end = date_if_valid(&form.claim_end)?;
    let typed_first = form.pay_periods.first().and_then(|row| date_if_valid(&row.end));
    let aligned = typed_first.and_then(|typed| last_end_before(typed, frequency, claim_start));
    let first = aligned.or_else(|| claim_start.pred_opt())?;
    Some(pay_period_ends(first, frequency, claim_end).into_iter().map(DateText::of).collect())
}

/// The pay period before the claim ends on the last payroll end date before the claim starts
/// (claim spec §2). A typed end date is moved there by whole pay periods, keeping its payroll's
/// day: one left from an earlier claim (the claim's dates changed since) would otherwise start
/// the proposal months early. `None` past `MOST_STEPS`, for a date centuries away (a typo): the
/// proposal then starts the day before the claim, as with no date typed.
fn last_end_before(typed: NaiveDate, frequency: PayFrequency, claim_start: NaiveDate) -> Option<NaiveDate> {
    let mut end = typed;
    for _ in 0..MOST_STEPS {
        if end >= claim_start {
            end = previous_end(end, frequency)?;
            continue;
        }
        let next = next_end(end, frequency)?;
        if next >= claim_start {
            return Some(end);
        }
        end = next;
    }
    None
}

/// Enough pay periods to move a typed date by 20 years of weekly pay.
const MOST_STEPS: usize = 20 * 53;

/// `first`, then each next end date until one reaches `claim_end`.
pub fn pay_period_ends(first: NaiveDate, frequency: PayFrequency, claim_end: NaiveDate) -> Vec<NaiveDate> {
    let mut ends = vec![first];
    let mut last = first;
    while last < claim_end && ends.len() < MOST_PERIODS {
        let Some(next) = next_end(last, frequency) else {
            break;
        };
        ends.push(next);
        last = next;
    }
    ends
}

/// Monthly pay: a pay period ending on a month's last day is followed by one ending on the next
/// month's last day; otherwise the same day next month. Other frequencies: 1, 2 or 4 weeks on.
fn next_end(end: NaiveDate, frequency: PayFrequency) -> Option<NaiveDate> {
    match frequency.days_in_weeks() {
        Some(days) => end.checked_add_days(Days::new(days)),
        None if end.succ_opt()?.day() == 1 => end.succ_opt()?.checked_add_months(Months::new(1))?.pred_opt(),
        None => end.checked_add_months(Months::new(1)),
    }
}

/// The end date of the pay period before the one ending on `end` ([`next_end`] backwards).
fn previous_end(end: NaiveDate, frequency: PayFrequency) -> Option<NaiveDate> {
    match frequency.days_in_weeks() {
        Some(days) => end.checked_sub_days(Days::new(days)),
        None if end.succ_opt()?.day() == 1 => end.with_day(1)?.pred_opt(),
        None => end.checked_sub_months(Months::new(1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn weekly_pay_periods_step_a_week_until_the_claim_is_covered() {
        let ends = pay_period_ends(day(2020, 11, 14), PayFrequency::Weekly, day(2020, 11, 30));
        assert_eq!(ends, [day(2020, 11, 14), day(2020, 11, 21), day(2020, 11, 28), day(2020, 12, 5)]);
    }

    #[test]
    fn monthly_pay_periods_ending_on_the_last_day_keep_ending_on_the_last_day() {
        let ends = pay_period_ends(day(2020, 2, 29), PayFrequency::Monthly, day(2020, 4, 30));
        assert_eq!(ends, [day(2020, 2, 29), day(2020, 3, 31), day(2020, 4, 30)]);
        let mid_month = pay_period_ends(day(2020, 10, 20), PayFrequency::Monthly, day(2020, 11, 30));
        assert_eq!(mid_month, [day(2020, 10, 20), day(2020, 11, 20), day(2020, 12, 20)]);
    }

    #[test]
    fn without_a_first_date_the_proposal_starts_the_day_before_the_claim() {
        let mut form = ClaimForm::default();
        assert_eq!(propose_pay_period_ends(&form), None);
        form.claim_start = DateText::of(day(2020, 11, 1));
        form.claim_end = DateText::of(day(2020, 11, 30));
        form.pay_frequency = Some(PayFrequency::Fortnightly);
        let ends = propose_pay_period_ends(&form).unwrap();
        let expected: Vec<DateText> =
            [day(2020, 10, 31), day(2020, 11, 14), day(2020, 11, 28), day(2020, 12, 12)].map(DateText::of).into();
        assert_eq!(ends, expected);
    }

    fn claim(start: NaiveDate, end: NaiveDate, frequency: PayFrequency, first: Option<NaiveDate>) -> ClaimForm {
        let mut form = ClaimForm::default();
        form.claim_start = DateText::of(start);
        form.claim_end = DateText::of(end);
        form.pay_frequency = Some(frequency);
        if let Some(first) = first {
            form.pay_periods[0].end = DateText::of(first);
        }
        form
    }

    fn proposed(form: &ClaimForm) -> Vec<NaiveDate> {
        propose_pay_period_ends(form).unwrap().iter().map(|typed| date_if_valid(typed).unwrap()).collect()
    }

    #[test]
    fn a_first_date_left_from_an_earlier_claim_moves_to_the_last_pay_day_before_this_one() {
        let december = |first| claim(day(2020, 12, 1), day(2020, 12, 31), PayFrequency::Monthly, Some(first));
        assert_eq!(proposed(&december(day(2020, 10, 31))), [day(2020, 11, 30), day(2020, 12, 31)]);
        assert_eq!(proposed(&december(day(2021, 2, 28))), [day(2020, 11, 30), day(2020, 12, 31)]);
        assert_eq!(proposed(&december(day(2020, 9, 15))), [day(2020, 11, 15), day(2020, 12, 15), day(2021, 1, 15)]);

        let weekly = |first| claim(day(2020, 12, 1), day(2020, 12, 14), PayFrequency::Weekly, Some(first));
        let from_saturday = [day(2020, 11, 28), day(2020, 12, 5), day(2020, 12, 12), day(2020, 12, 19)];
        assert_eq!(proposed(&weekly(day(2020, 11, 14))), from_saturday);
        assert_eq!(proposed(&weekly(day(2020, 12, 19))), from_saturday, "a date after the claim starts moves back");
        assert_eq!(proposed(&weekly(day(2020, 11, 28))), from_saturday, "the right date stays");
    }

    #[test]
    fn a_first_date_centuries_away_is_taken_for_a_typo_and_the_day_before_the_claim_used() {
        let form = claim(day(2020, 12, 1), day(2020, 12, 14), PayFrequency::Weekly, Some(day(1200, 1, 4)));
        assert_eq!(proposed(&form), [day(2020, 11, 30), day(2020, 12, 7), day(2020, 12, 14)]);
    }
}
