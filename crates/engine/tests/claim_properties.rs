//! Properties of the claim engine over many generated claims: the grant is never negative, never
//! above the cap, grows with pay and with furloughed hours, and no input, however absurd, panics.

use chrono::{Days, Months, NaiveDate};
use furlough_engine::claim::{
    calculate_breakdown, ClaimInput, ClaimResult, EmployeeStart, Furlough, Hours, LastYearPayment,
    NicCategory, Pay, PayFrequency, PensionStatus, Period, PeriodHours, PhaseOnePay, StatutoryLeave,
    VariablePay,
};
use furlough_engine::Money;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::FileFailurePersistence;
use rust_decimal::Decimal;

const CASES: u32 = 10_000;

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn frequency() -> impl Strategy<Value = PayFrequency> {
    prop_oneof![
        Just(PayFrequency::Weekly),
        Just(PayFrequency::Fortnightly),
        Just(PayFrequency::FourWeekly),
        Just(PayFrequency::Monthly),
    ]
}

fn pence(max: i64) -> impl Strategy<Value = Money> {
    (0..=max).prop_map(Money::pence)
}

/// Quarter hours up to `max` hours.
fn hours(max: i64) -> impl Strategy<Value = Hours> {
    (0..=max * 4).prop_map(|quarters| Hours::new(Decimal::new(quarters * 25, 2)).unwrap())
}

fn next_end(frequency: PayFrequency, end: NaiveDate) -> NaiveDate {
    match frequency.days_in_weeks() {
        Some(days) => end.checked_add_days(Days::new(days)).unwrap(),
        None => end.checked_add_months(Months::new(1)).unwrap(),
    }
}

/// The dates whose pay the same-period-last-year method may look for.
fn look_back_dates(end: NaiveDate) -> Vec<NaiveDate> {
    let mut dates = Vec::new();
    for years in [1u32, 2] {
        let shifted = end.checked_sub_days(Days::new(364 * u64::from(years))).unwrap();
        dates.extend([7, 14, 28].map(|days| shifted.checked_sub_days(Days::new(days)).unwrap()));
        dates.push(shifted);
        dates.push(end.checked_sub_months(Months::new(12 * years)).unwrap());
    }
    dates
}

prop_compose! {
    /// A claim as a payroll officer would enter it: one calendar month (or its end) of the
    /// scheme, pay periods covering it, furlough overlapping it, any pay and hours.
    fn claim()(
        month in 0u32..19,
        from_day in 0u64..20,
        frequency in frequency(),
        offset in 0u64..28,
        furlough_before in 0u64..400,
        furlough_after in 0u64..10,
        ended_days_early in proptest::option::of(0u64..10),
        variable in any::<bool>(),
        amount in pence(2_000_000),
        total in pence(20_000_000),
        started_days_before in proptest::option::of(1u64..800),
        leave in proptest::option::of((pence(500_000), 0u32..60)),
        hours in proptest::collection::vec(proptest::option::of((hours(80), hours(100))), 8),
        last_year in proptest::collection::vec(pence(1_000_000), 60),
    ) -> ClaimInput {
        let month_start = date(2020, 3, 1).checked_add_months(Months::new(month)).unwrap();
        let month_end = month_start.checked_add_months(Months::new(1)).unwrap().pred_opt().unwrap();
        let claim = Period::new(month_start.checked_add_days(Days::new(from_day)).unwrap(), month_end).unwrap();
        let furlough_start = if furlough_after > 0 {
            claim.start().checked_add_days(Days::new(furlough_after)).unwrap()
        } else {
            claim.start().checked_sub_days(Days::new(furlough_before)).unwrap()
        };
        let furlough_end = ended_days_early
            .map(|days| claim.end().checked_sub_days(Days::new(days)).unwrap().max(furlough_start));
        let mut ends = vec![claim.start().checked_sub_days(Days::new(1 + offset % 7)).unwrap()];
        while ends[ends.len() - 1] < claim.end() {
            let next = next_end(frequency, ends[ends.len() - 1]);
            ends.push(next);
        }
        let hours = ends[1..].iter().zip(hours).filter_map(|(&end, hours)| {
            hours.map(|(usual, worked)| PeriodHours { pay_period_end: end, usual: usual.max(Hours::new(Decimal::ONE).unwrap()), worked })
        }).collect();
        let pay = if variable {
            let payments = ends.iter().flat_map(|&end| look_back_dates(end)).zip(last_year)
                .map(|(pay_date, amount)| LastYearPayment { pay_date, amount }).collect();
            Pay::Variable(VariablePay {
                employee_start: match started_days_before {
                    None => EmployeeStart::OnOrBefore1Feb2019,
                    Some(days) => EmployeeStart::After1Feb2019(
                        furlough_start.checked_sub_days(Days::new(days)).unwrap().max(date(2019, 2, 2)),
                    ),
                },
                total_pay_in_reference_period: total,
                statutory_leave: leave.map(|(pay, days)| StatutoryLeave { pay, days }),
                first_furlough_date: None,
                last_year_payments: payments,
                on_payroll_by_30_oct_2020: Some(true),
                rti_submission: Some(true),
            })
        } else {
            Pay::Regular { amount }
        };
        ClaimInput {
            claim_period: claim,
            furlough: Furlough { start: furlough_start, end: furlough_end },
            pay_frequency: frequency,
            last_pay_date: ends.last().copied(),
            pay_period_end_dates: ends,
            pay,
            hours,
            nic_category: Some(NicCategory::Payable),
            pension_status: Some(PensionStatus::Contributes),
            phase_one_pay: PhaseOnePay::default(),
        }
    }
}

fn grants(result: &ClaimResult) -> Vec<Money> {
    result.periods.iter().map(|p| p.grant_at_80).collect()
}

/// The same claim with `extra` added to every amount of pay.
fn with_more_pay(mut input: ClaimInput, extra: Money) -> ClaimInput {
    match &mut input.pay {
        Pay::Regular { amount } => *amount = amount.checked_add(extra).unwrap(),
        Pay::Variable(variable) => {
            variable.total_pay_in_reference_period =
                variable.total_pay_in_reference_period.checked_add(extra).unwrap();
            for payment in &mut variable.last_year_payments {
                payment.amount = payment.amount.checked_add(extra).unwrap();
            }
        }
    }
    input
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::with_cases(CASES)
    })]

    #[test]
    fn the_grant_is_never_negative_nor_above_the_cap(input in claim()) {
        let Ok(result) = calculate_breakdown(&input) else { return Ok(()) };
        for period in &result.periods {
            prop_assert!(!period.grant_at_80.is_negative());
            prop_assert!(period.grant_at_80 <= period.cap.value, "{period:?}");
            prop_assert!(period.cap.value <= period.cap.by_days.value);
            prop_assert!(!period.claim.is_negative() && period.claim <= period.grant_at_80);
            prop_assert!(period.nic.is_none_or(|nic| !nic.grant.is_negative()));
            prop_assert!(period.pension.is_none_or(|pension| !pension.grant.is_negative()));
        }
        prop_assert_eq!(result.furlough_grant_at_80, Money::checked_sum(grants(&result)).unwrap());
        prop_assert!(result.claim_amount <= result.furlough_grant_at_80);
        prop_assert!(!result.employer_top_up.is_negative());
    }

    #[test]
    fn the_grant_grows_with_pay(input in claim(), extra in pence(1_000_000)) {
        let (Ok(less), Ok(more)) = (calculate_breakdown(&input), calculate_breakdown(&with_more_pay(input, extra))) else {
            return Ok(());
        };
        prop_assert!(less.claim_amount <= more.claim_amount);
        for (less, more) in grants(&less).into_iter().zip(grants(&more)) {
            prop_assert!(less <= more);
        }
    }

    #[test]
    fn the_grant_grows_with_furloughed_hours(input in claim(), fewer_worked in hours(40)) {
        let mut more_furloughed = input.clone();
        for hours in &mut more_furloughed.hours {
            hours.worked = Hours::new((hours.worked.value() - fewer_worked.value()).max(Decimal::ZERO)).unwrap();
        }
        let (Ok(less), Ok(more)) = (calculate_breakdown(&input), calculate_breakdown(&more_furloughed)) else {
            return Ok(());
        };
        prop_assert!(less.claim_amount <= more.claim_amount);
        for (less, more) in grants(&less).into_iter().zip(grants(&more)) {
            prop_assert!(less <= more);
        }
    }
}

#[test]
fn most_generated_claims_are_calculated_so_the_properties_mean_something() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = claim();
    let calculated = (0..1000)
        .filter(|_| calculate_breakdown(&strategy.new_tree(&mut runner).unwrap().current()).is_ok())
        .count();
    assert!(calculated > 900, "only {calculated} of 1000 generated claims were calculated");
}
