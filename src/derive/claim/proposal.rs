//! Proposed pay period end dates, so a payroll officer does not have to type every one: from
//! the first end date typed when it ends the pay period before the claim or before furlough
//! starts (moved by whole pay periods to the last one before the claim when it does not: a date
//! left from an earlier claim), or else from the day before the claim starts; one pay period at
//! a time at the pay frequency, until the claim is covered (claim spec §2). The user can change
//! any of them.

use chrono::{Datelike, Months, NaiveDate, TimeDelta};
use furlough_engine::claim::PayFrequency;

use crate::derive::date::date_if_valid;
use crate::state::{ClaimForm, DateText};

/// More pay periods than any one-month claim has (31 weekly periods would be a 7-month claim).
const MOST_PERIODS: usize = 32;

/// A typed first end date further than this from the claim is taken for a typo (the scheme ran
/// for 19 months), not for a payroll date to keep the day of.
const MOST_DAYS_AWAY: i64 = 2 * 366;

/// Pay periods in `MOST_DAYS_AWAY` at the shortest, weekly: the search for the period before
/// the claim stops there.
const MOST_STEPS: usize = 2 * 53 + 1;

/// The proposed end dates as typed text, or `None` until the frequency and claim period are known.
pub fn propose_pay_period_ends(form: &ClaimForm) -> Option<Vec<DateText>> {
    let frequency = form.pay_frequency?;
    let claim_start = date_if_valid(&form.claim_start)?;
    let claim_end = date_if_valid(&form.claim_end)?;
    // The furlough window's start (spec §2), within the claim.
    let furlough_start = date_if_valid(&form.furlough_start)
        .filter(|start| *start <= claim_end)
        .map_or(claim_start, |start| start.max(claim_start));
    let typed = form.pay_periods.first().and_then(|row| date_if_valid(&row.end));
    let typed_first =
        typed.and_then(|typed| first_period(typed, frequency, claim_start, furlough_start).map(|first| (typed, first)));
    let payroll = match typed_first {
        Some((typed, first)) => Payroll { anchor: typed, frequency, first },
        None => Payroll { anchor: claim_start.pred_opt()?, frequency, first: 0 },
    };
    Some(payroll.ends_until(claim_end).into_iter().map(DateText::of).collect())
}

/// Which of the typed date's payroll dates (in periods from it) ends the period before the claim: the typed one
/// itself when it does (a period ending before the claim, or, as in HMRC's examples, before
/// furlough starts within it); else the last one before the claim starts. A date left from an
/// earlier claim (the claim's dates changed since) would otherwise start the proposal months
/// early. `None` for a date too far away to be a payroll date (a typo): the proposal then
/// starts the day before the claim, as with no date typed.
fn first_period(
    typed: NaiveDate,
    frequency: PayFrequency,
    claim_start: NaiveDate,
    furlough_start: NaiveDate,
) -> Option<i64> {
    if (claim_start - typed).num_days().abs() > MOST_DAYS_AWAY {
        return None;
    }
    let payroll = Payroll { anchor: typed, frequency, first: 0 };
    let ends_before_claim = |k| payroll.end(k).is_some_and(|end| end < claim_start);
    if typed < furlough_start && !ends_before_claim(1) {
        return Some(0);
    }
    // The last period ending before the claim: back from the typed one until one does, then
    // on while the next one still does.
    let mut k = 0;
    for _ in 0..MOST_STEPS {
        if ends_before_claim(k) {
            break;
        }
        k -= 1;
    }
    for _ in 0..MOST_STEPS {
        if !ends_before_claim(k + 1) {
            break;
        }
        k += 1;
    }
    ends_before_claim(k).then_some(k)
}

/// A payroll's end dates, counted in pay periods from one of them (`anchor`, period 0), each
/// worked out from the anchor rather than from the one before: a monthly payroll on the 30th
/// keeps the 30th after February.
struct Payroll {
    anchor: NaiveDate,
    frequency: PayFrequency,
    /// The period the proposal starts with.
    first: i64,
}

impl Payroll {
    /// The end date `k` periods after (or, negative, before) the anchor.
    fn end(&self, k: i64) -> Option<NaiveDate> {
        match self.frequency.days_in_weeks() {
            Some(days) => {
                let offset = i64::try_from(days).ok()?.checked_mul(k)?;
                self.anchor.checked_add_signed(TimeDelta::try_days(offset)?)
            }
            None => {
                let months = Months::new(u32::try_from(k.unsigned_abs()).ok()?);
                let month_end = self.anchor.succ_opt()?.day() == 1;
                // A month-end payroll keeps to month ends: step from the first of the next month.
                let from = if month_end { self.anchor.succ_opt()? } else { self.anchor };
                let moved = if k >= 0 { from.checked_add_months(months) } else { from.checked_sub_months(months) }?;
                if month_end { moved.pred_opt() } else { Some(moved) }
            }
        }
    }

    /// The ends from the first period's until one reaches `claim_end`.
    fn ends_until(&self, claim_end: NaiveDate) -> Vec<NaiveDate> {
        let mut ends = Vec::new();
        for k in (self.first..).take(MOST_PERIODS) {
            let Some(end) = self.end(k) else { break };
            ends.push(end);
            if end >= claim_end {
                break;
            }
        }
        ends
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `first`, then each next end date until one reaches `claim_end`.
    fn pay_period_ends(first: NaiveDate, frequency: PayFrequency, claim_end: NaiveDate) -> Vec<NaiveDate> {
        Payroll { anchor: first, frequency, first: 0 }.ends_until(claim_end)
    }

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

    #[test]
    fn a_monthly_payroll_keeps_its_day_after_a_short_month() {
        let monthly = |start, end, first| claim(start, end, PayFrequency::Monthly, Some(first));
        let june_2021 = monthly(day(2021, 6, 1), day(2021, 6, 30), day(2021, 1, 29));
        assert_eq!(proposed(&june_2021), [day(2021, 5, 29), day(2021, 6, 29), day(2021, 7, 29)]);
        let january_2021 = monthly(day(2021, 1, 1), day(2021, 1, 31), day(2021, 3, 30));
        assert_eq!(proposed(&january_2021), [day(2020, 12, 30), day(2021, 1, 30), day(2021, 2, 28)]);
        let april_2020 = monthly(day(2020, 4, 1), day(2020, 4, 30), day(2020, 1, 30));
        assert_eq!(proposed(&april_2020), [day(2020, 3, 30), day(2020, 4, 30)]);
    }

    #[test]
    fn a_first_date_ending_the_period_before_furlough_starts_is_kept_as_hmrc_s_examples_have_it() {
        let mut form = claim(day(2020, 11, 1), day(2020, 11, 30), PayFrequency::Weekly, Some(day(2020, 11, 14)));
        form.furlough_start = DateText::of(day(2020, 11, 15));
        assert_eq!(proposed(&form), [day(2020, 11, 14), day(2020, 11, 21), day(2020, 11, 28), day(2020, 12, 5)]);
    }

    /// HMRC's lists are the pay periods a user typed: they stop where furlough stops (the
    /// proposal goes on to the claim's end), and one ends its last period off the payroll.
    #[test]
    fn every_public_case_s_pay_periods_are_proposed_from_its_first_end_date_unmoved() {
        use crate::derive::claim::tests::typed_case::{public_cases, typed_form};
        const OFF_THE_PAYROLL: &str = "view-nov2020-variable-type5a";
        let mut checked = 0;
        for case in public_cases() {
            let Some(expected) = case["inputs"]["pay_period_end_dates"].as_array() else { continue };
            let expected: Vec<NaiveDate> =
                expected.iter().filter_map(|end| NaiveDate::parse_from_str(end.as_str()?, "%Y-%m-%d").ok()).collect();
            let got = proposed(&typed_form(&case["inputs"]));
            let id = case["id"].as_str().unwrap_or_default();
            assert_eq!(got.first(), expected.first(), "{id}: the typed first date is kept");
            if id != OFF_THE_PAYROLL {
                let agreed = got.iter().zip(&expected).take_while(|(a, b)| a == b).count();
                assert_eq!(agreed, got.len().min(expected.len()), "{id}: {got:?} against {expected:?}");
            }
            checked += 1;
        }
        assert!(checked >= 100, "only {checked} cases have pay periods");
    }

    #[test]
    fn fortnightly_and_four_weekly_dates_move_by_whole_periods_and_month_ends_move_back() {
        let december = |frequency, first| claim(day(2020, 12, 1), day(2020, 12, 31), frequency, Some(first));
        let fortnightly = proposed(&december(PayFrequency::Fortnightly, day(2020, 10, 3)));
        assert_eq!(fortnightly[..2], [day(2020, 11, 28), day(2020, 12, 12)]);
        let four_weekly = proposed(&december(PayFrequency::FourWeekly, day(2021, 3, 6)));
        assert_eq!(four_weekly[..2], [day(2020, 11, 14), day(2020, 12, 12)]);
        let month_end = proposed(&december(PayFrequency::Monthly, day(2021, 2, 28)));
        assert_eq!(month_end, [day(2020, 11, 30), day(2020, 12, 31)]);
    }

    #[test]
    fn a_date_up_to_two_years_away_keeps_its_payroll_s_day_and_one_further_is_a_typo() {
        let weekly = |first| claim(day(2020, 12, 1), day(2020, 12, 14), PayFrequency::Weekly, Some(first));
        // 2 × 366 days before 1 December 2020 is 30 November 2018, a Friday.
        assert_eq!(proposed(&weekly(day(2018, 11, 30)))[0], day(2020, 11, 27), "a Friday payroll");
        assert_eq!(proposed(&weekly(day(2018, 11, 29)))[0], day(2020, 11, 30), "the day before the claim");
    }

    #[test]
    fn a_furlough_start_after_the_claim_does_not_keep_a_date_inside_it() {
        let mut form = claim(day(2020, 11, 1), day(2020, 11, 30), PayFrequency::Weekly, Some(day(2020, 11, 14)));
        form.furlough_start = DateText::of(day(2021, 1, 10));
        assert_eq!(proposed(&form)[0], day(2020, 10, 31));
    }
}
