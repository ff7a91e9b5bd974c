use super::*;

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn variable(start: EmployeeStart) -> VariablePay {
    VariablePay {
        employee_start: start,
        total_pay_in_reference_period: Money::pounds(10_000),
        statutory_leave: None,
        first_furlough_date: None,
        last_year_payments: Vec::new(),
        on_payroll_by_30_oct_2020: None,
        rti_submission: None,
    }
}

fn window(
    variable: &VariablePay,
    claim_start: NaiveDate,
    furlough_start: NaiveDate,
) -> (NaiveDate, NaiveDate) {
    let window = reference_window(variable, claim_start, furlough_start).unwrap();
    (window.start(), window.end())
}

#[test]
fn long_serving_employees_average_over_tax_year_2019_20() {
    let pay = variable(EmployeeStart::OnOrBefore1Feb2019);
    assert_eq!(window(&pay, d(2020, 11, 1), d(2020, 11, 4)), (d(2019, 4, 6), d(2020, 4, 5)));
}

#[test]
fn the_window_ends_the_day_before_furlough_began() {
    let pay = variable(EmployeeStart::After1Feb2019(d(2019, 8, 1)));
    assert_eq!(window(&pay, d(2020, 3, 1), d(2020, 3, 5)), (d(2019, 8, 1), d(2020, 3, 4)));
}

#[test]
fn new_starters_of_2020_21_average_up_to_their_first_furlough_from_november() {
    let mut pay = variable(EmployeeStart::After1Feb2019(d(2020, 3, 20)));
    pay.first_furlough_date = Some(d(2020, 11, 10));
    assert_eq!(window(&pay, d(2020, 11, 1), d(2020, 11, 15)), (d(2020, 4, 6), d(2020, 11, 9)));
    let continuing = variable(EmployeeStart::After1Feb2019(d(2020, 5, 5)));
    assert_eq!(window(&continuing, d(2020, 11, 1), d(2020, 7, 1)), (d(2020, 5, 5), d(2020, 10, 31)));
}

#[test]
fn starters_on_payroll_only_by_march_2021_average_up_to_their_first_furlough_from_may() {
    let mut pay = variable(EmployeeStart::After1Feb2019(d(2020, 12, 24)));
    pay.on_payroll_by_30_oct_2020 = Some(false);
    assert_eq!(window(&pay, d(2021, 6, 1), d(2021, 3, 1)), (d(2020, 12, 24), d(2021, 4, 30)));
}

#[test]
fn early_2020_starters_without_an_rti_submission_count_from_6_april_2020() {
    let mut pay = variable(EmployeeStart::After1Feb2019(d(2020, 3, 19)));
    pay.rti_submission = Some(false);
    assert_eq!(window(&pay, d(2020, 11, 1), d(2020, 11, 5)), (d(2020, 4, 6), d(2020, 11, 4)));
    pay.rti_submission = Some(true);
    assert_eq!(window(&pay, d(2020, 11, 1), d(2020, 11, 5)), (d(2020, 3, 19), d(2020, 4, 5)));
    pay.rti_submission = None;
    let error = reference_window(&pay, d(2020, 11, 1), d(2020, 11, 5)).unwrap_err();
    assert_eq!(error.field, "rti_submission_between_20_mar_and_30_oct_2020");
}

#[test]
fn an_employee_who_started_after_furlough_began_has_no_window() {
    let pay = variable(EmployeeStart::After1Feb2019(d(2020, 5, 1)));
    assert_eq!(
        reference_window(&pay, d(2020, 7, 1), d(2020, 4, 1)).unwrap_err().field,
        "employee_start_date"
    );
}

#[test]
fn statutory_leave_is_removed_from_both_pay_and_days() {
    let window = Period::new(d(2020, 8, 1), d(2020, 10, 31)).unwrap();
    let leave = StatutoryLeave { pay: Money::pounds(500), days: 14 };
    let average = average_daily_pay(Money::pounds(6500), window, Some(leave)).unwrap();
    assert_eq!(
        (average.counted_pay, average.counted_days, average.daily),
        (Money::pounds(6000), 78, Money::pence(7_692))
    );
    let without = average_daily_pay(Money::pounds(6500), window, None).unwrap();
    assert_eq!(without.daily, Money::pence(7_065));
    let too_much = StatutoryLeave { pay: Money::pounds(6501), days: 1 };
    let refused = average_daily_pay(Money::pounds(6500), window, Some(too_much)).unwrap_err();
    assert_eq!(refused.field, "statutory_leave_pay");
    let too_long = StatutoryLeave { pay: Money::ZERO, days: 92 };
    assert_eq!(
        average_daily_pay(Money::pounds(6500), window, Some(too_long)).unwrap_err().field,
        "statutory_leave_days"
    );
}
