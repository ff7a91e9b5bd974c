use super::*;

fn period(start: (i32, u32, u32), end: (i32, u32, u32)) -> Period {
    let d = |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    Period::new(d(start), d(end)).unwrap()
}

#[test]
fn the_daily_maximum_is_rounded_up_to_the_penny() {
    assert_eq!(daily_max(3), Ok(Money::pence(8_065)));
    assert_eq!(daily_max(4), Ok(Money::pence(8_334)));
    assert_eq!(daily_max(2), Ok(Money::pence(8_929)));
}

#[test]
fn a_full_weekly_period_has_the_fixed_cap_even_across_two_months() {
    let cap = full_period_cap(PayFrequency::Weekly, period((2020, 3, 29), (2020, 4, 4))).unwrap();
    assert_eq!(cap, Cap { value: Money::pence(57_692), basis: CapBasis::FullPeriod });
}

#[test]
fn a_monthly_period_across_two_months_is_capped_month_by_month_and_can_exceed_2500() {
    let cap = full_period_cap(PayFrequency::Monthly, period((2020, 3, 15), (2020, 4, 15))).unwrap();
    assert_eq!(cap.value, Money::pence(262_115));
    assert_eq!(
        cap.basis,
        CapBasis::PeriodSpansMonths(vec![
            MonthShare { month: 3, days: 17, daily_cap: Money::pence(8_065) },
            MonthShare { month: 4, days: 15, daily_cap: Money::pence(8_334) },
        ])
    );
}

#[test]
fn a_partial_period_is_capped_by_furlough_days_times_the_daily_maximum() {
    let cap = partial_period_cap(period((2020, 3, 10), (2020, 3, 31))).unwrap();
    assert_eq!(cap.value, Money::pence(177_430));
    assert_eq!(
        cap.basis,
        CapBasis::PartialPeriod(MonthShare { month: 3, days: 22, daily_cap: Money::pence(8_065) })
    );
}

#[test]
fn february_2020_days_use_the_28_day_daily_maximum() {
    let cap = partial_period_cap(period((2020, 2, 27), (2020, 3, 1))).unwrap();
    assert_eq!(cap.value, Money::pence(3 * 8_929 + 8_065));
}
