use super::*;

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn period(start: NaiveDate, end: NaiveDate) -> Period {
    Period::new(start, end).unwrap()
}

#[test]
fn a_period_cannot_end_before_it_starts_and_counts_both_ends() {
    assert_eq!(Period::new(d(2020, 3, 2), d(2020, 3, 1)), None);
    assert_eq!(period(d(2020, 3, 1), d(2020, 3, 1)).days(), 1);
    assert_eq!(period(d(2020, 2, 1), d(2020, 2, 29)).days(), 29);
}

#[test]
fn pay_periods_run_from_the_day_after_the_previous_end_date() {
    let dates = [d(2020, 2, 29), d(2020, 3, 31), d(2020, 4, 30)];
    let periods = pay_periods_from_end_dates(&dates, PayFrequency::Monthly).unwrap();
    assert_eq!(periods, vec![period(d(2020, 3, 1), d(2020, 3, 31)), period(d(2020, 4, 1), d(2020, 4, 30))]);
}

#[test]
fn end_dates_out_of_order_or_too_few_name_the_field() {
    let monthly = PayFrequency::Monthly;
    let error = pay_periods_from_end_dates(&[d(2020, 3, 31), d(2020, 3, 31)], monthly).unwrap_err();
    assert_eq!(error.field, "pay_period_end_dates");
    assert_eq!(
        pay_periods_from_end_dates(&[d(2020, 3, 31)], monthly).unwrap_err().field,
        "pay_period_end_dates"
    );
}

#[test]
fn a_pay_period_may_not_be_longer_than_its_frequency() {
    let dates = [d(2020, 10, 31), d(2020, 11, 8)];
    let error = pay_periods_from_end_dates(&dates, PayFrequency::Weekly).unwrap_err();
    assert!(error.message().contains("longer than a weekly pay period"), "{error}");
    assert!(pay_periods_from_end_dates(&dates, PayFrequency::Fortnightly).is_ok());
    let two_months = [d(2020, 9, 30), d(2020, 11, 30)];
    assert!(pay_periods_from_end_dates(&two_months, PayFrequency::Monthly).is_err());
}

#[test]
fn the_furlough_window_is_cut_by_the_claim_and_by_the_furlough_end() {
    let claim = period(d(2020, 11, 1), d(2020, 11, 30));
    let ongoing = Furlough { start: d(2020, 3, 20), end: None };
    assert_eq!(furlough_window(claim, &ongoing), Some(claim));
    let ended = Furlough { start: d(2020, 11, 5), end: Some(d(2020, 11, 21)) };
    assert_eq!(furlough_window(claim, &ended), Some(period(d(2020, 11, 5), d(2020, 11, 21))));
    let before = Furlough { start: d(2020, 3, 1), end: Some(d(2020, 10, 31)) };
    assert_eq!(furlough_window(claim, &before), None);
}

#[test]
fn a_pay_period_cut_by_the_window_is_partial() {
    let window = period(d(2020, 3, 10), d(2020, 4, 30));
    let cut = PayPeriod::within(period(d(2020, 3, 1), d(2020, 3, 31)), window).unwrap();
    assert!(cut.is_partial());
    assert_eq!(cut.furlough_days(), 22);
    let whole = PayPeriod::within(period(d(2020, 4, 1), d(2020, 4, 30)), window).unwrap();
    assert!(!whole.is_partial());
    assert_eq!(PayPeriod::within(period(d(2020, 5, 1), d(2020, 5, 31)), window), None);
}

#[test]
fn payment_dates_step_back_by_calendar_months_or_whole_weeks() {
    assert_eq!(
        payment_dates(PayFrequency::Monthly, d(2020, 4, 30), 3),
        Some(vec![d(2020, 2, 29), d(2020, 3, 30), d(2020, 4, 30)])
    );
    assert_eq!(
        payment_dates(PayFrequency::Fortnightly, d(2020, 4, 10), 2),
        Some(vec![d(2020, 3, 27), d(2020, 4, 10)])
    );
}
