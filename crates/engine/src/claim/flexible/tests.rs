use super::*;

fn hours(usual: i64, worked: i64) -> FlexibleHours {
    let h = |n: i64| Hours::new(Decimal::from(n)).unwrap();
    FlexibleHours { usual: h(usual), worked: h(worked) }
}

#[test]
fn furloughed_hours_are_usual_less_worked_and_never_negative() {
    assert_eq!(hours(40, 15).furloughed(), Decimal::from(25));
    assert_eq!(hours(40, 45).furloughed(), Decimal::ZERO);
}

#[test]
fn pay_is_scaled_to_furloughed_hours_rounding_half_up() {
    assert_eq!(hours(42, 24).scale(Money::pounds(700)), Ok(Money::pounds(300)));
    assert_eq!(hours(40, 40).scale(Money::pounds(700)), Ok(Money::ZERO));
}
