use super::*;

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn weekly(start: NaiveDate, furloughed_from: NaiveDate) -> PayPeriod {
    let period = Period::new(start, start.checked_add_days(Days::new(6)).unwrap()).unwrap();
    PayPeriod::new(period, Period::new(furloughed_from, period.end()).unwrap()).unwrap()
}

#[test]
fn claims_ending_from_1_march_2021_look_back_two_years() {
    assert_eq!(lookback_years(d(2021, 2, 28)), 1);
    assert_eq!(lookback_years(d(2021, 3, 1)), 2);
}

#[test]
fn the_first_two_days_of_a_weekly_period_fall_in_last_years_previous_period() {
    let full = weekly(d(2020, 3, 1), d(2020, 3, 1));
    let duration = duration(PayFrequency::Weekly, &full, 1).unwrap();
    assert_eq!(
        duration,
        CylbDuration { full_period_length: 7, equivalent_period_days: 5, previous_period_days: 2 }
    );
    let two_years = duration_of(weekly(d(2021, 3, 1), d(2021, 3, 1)), 2);
    assert_eq!((two_years.equivalent_period_days, two_years.previous_period_days), (4, 3));
}

fn duration_of(pay_period: PayPeriod, years: u32) -> CylbDuration {
    duration(PayFrequency::Weekly, &pay_period, years).unwrap()
}

#[test]
fn last_years_periods_are_52_weeks_earlier_and_the_one_before() {
    let periods = lookback_periods(PayFrequency::Weekly, &weekly(d(2020, 7, 1), d(2020, 7, 1)), 1).unwrap();
    let found: Vec<_> = periods.iter().map(|p| (p.period.start(), p.pay_date, p.days_required)).collect();
    assert_eq!(found, vec![(d(2019, 6, 26), d(2019, 7, 2), 2), (d(2019, 7, 3), d(2019, 7, 9), 5)]);
}

#[test]
fn a_recent_starter_uses_last_year_only_if_employed_on_the_first_look_back_day() {
    let first = weekly(d(2020, 7, 1), d(2020, 7, 1));
    assert_eq!(cutoff(PayFrequency::Weekly, &first, 1), Some(d(2019, 6, 27)));
    let applies_from = |started| {
        applies(EmployeeStart::After1Feb2019(started), d(2020, 7, 1), PayFrequency::Weekly, &first, 1)
    };
    assert!(applies_from(d(2019, 6, 26)));
    assert!(!applies_from(d(2019, 6, 27)));
    let phase_one = |started| {
        applies(EmployeeStart::After1Feb2019(started), d(2020, 3, 1), PayFrequency::Weekly, &first, 1)
    };
    assert!(phase_one(d(2019, 4, 5)));
    assert!(!phase_one(d(2019, 4, 6)));
}

#[test]
fn last_years_pay_is_prorated_per_period_and_summed() {
    let payments = [
        LastYearPayment { pay_date: d(2019, 3, 2), amount: Money::pounds(700) },
        LastYearPayment { pay_date: d(2019, 3, 9), amount: Money::pounds(350) },
    ];
    let pay =
        last_year_pay(PayFrequency::Weekly, &weekly(d(2020, 3, 1), d(2020, 3, 1)), 1, &payments).unwrap();
    let parts: Vec<_> = pay.parts.iter().map(|p| p.reference_pay).collect();
    assert_eq!(parts, vec![Money::pounds(200), Money::pounds(250)]);
    assert_eq!(pay.reference_pay, Money::pounds(450));
}

#[test]
fn a_look_back_date_with_no_pay_entered_counts_as_nothing() {
    let payments = [LastYearPayment { pay_date: d(2019, 3, 9), amount: Money::pounds(350) }];
    let pay =
        last_year_pay(PayFrequency::Weekly, &weekly(d(2020, 3, 1), d(2020, 3, 1)), 1, &payments).unwrap();
    assert_eq!(pay.parts[0].period_pay, Money::ZERO);
    assert_eq!(pay.reference_pay, Money::pounds(250));
}
