use super::*;

fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

#[test]
fn full_period_caps_are_the_published_fixed_amounts() {
    assert_eq!(full_period_cap(PayFrequency::Weekly), Money::pence(57_692));
    assert_eq!(full_period_cap(PayFrequency::Fortnightly), Money::pence(115_384));
    assert_eq!(full_period_cap(PayFrequency::FourWeekly), Money::pence(230_768));
    assert_eq!(full_period_cap(PayFrequency::Monthly), Money::pounds(2500));
}

#[test]
fn february_always_counts_28_days_for_the_daily_cap_as_in_hmrcs_calculator() {
    assert_eq!(days_in_month_for_daily_cap(2), 28);
    assert_eq!(days_in_month_for_daily_cap(3), 31);
    assert_eq!(days_in_month_for_daily_cap(4), 30);
    assert_eq!(days_in_month_for_daily_cap(12), 31);
}

#[test]
fn the_grant_rate_tapers_in_autumn_2020_and_summer_2021_only() {
    let rate = |year, month| grant_rate_percent(d(year, month, 1));
    assert_eq!(rate(2020, 8), 80);
    assert_eq!(rate(2020, 9), 70);
    assert_eq!(rate(2020, 10), 60);
    assert_eq!(rate(2020, 11), 80);
    assert_eq!(rate(2021, 6), 80);
    assert_eq!(rate(2021, 7), 70);
    assert_eq!(rate(2021, 8), 60);
    assert_eq!(rate(2021, 9), 60);
}

#[test]
fn the_tax_year_changes_on_6_april() {
    assert_eq!(TaxYear::of(d(2019, 4, 5)), None);
    assert_eq!(TaxYear::of(d(2019, 4, 6)), Some(TaxYear::Y2019To20));
    assert_eq!(TaxYear::of(d(2020, 4, 5)), Some(TaxYear::Y2019To20));
    assert_eq!(TaxYear::of(d(2020, 4, 6)), Some(TaxYear::Y2020To21));
    assert_eq!(TaxYear::of(d(2021, 4, 5)), Some(TaxYear::Y2020To21));
    assert_eq!(TaxYear::of(d(2021, 4, 6)), None);
}

#[test]
fn nic_secondary_thresholds_match_the_claim_spec_table() {
    use PayFrequency::*;
    let pounds = |year, frequency| nic_secondary_threshold(year, frequency);
    assert_eq!(pounds(TaxYear::Y2019To20, Weekly), Money::pounds(166));
    assert_eq!(pounds(TaxYear::Y2019To20, Fortnightly), Money::pounds(332));
    assert_eq!(pounds(TaxYear::Y2019To20, FourWeekly), Money::pounds(664));
    assert_eq!(pounds(TaxYear::Y2019To20, Monthly), Money::pounds(719));
    assert_eq!(pounds(TaxYear::Y2020To21, Weekly), Money::pounds(169));
    assert_eq!(pounds(TaxYear::Y2020To21, Fortnightly), Money::pounds(338));
    assert_eq!(pounds(TaxYear::Y2020To21, FourWeekly), Money::pounds(676));
    assert_eq!(pounds(TaxYear::Y2020To21, Monthly), Money::pounds(732));
}

#[test]
fn pension_lower_earnings_limits_match_the_claim_spec_table() {
    use PayFrequency::*;
    let pounds = |year, frequency| pension_lower_earnings_limit(year, frequency);
    assert_eq!(pounds(TaxYear::Y2019To20, Weekly), Money::pounds(118));
    assert_eq!(pounds(TaxYear::Y2019To20, Fortnightly), Money::pounds(236));
    assert_eq!(pounds(TaxYear::Y2019To20, FourWeekly), Money::pounds(472));
    assert_eq!(pounds(TaxYear::Y2019To20, Monthly), Money::pounds(512));
    assert_eq!(pounds(TaxYear::Y2020To21, Weekly), Money::pounds(120));
    assert_eq!(pounds(TaxYear::Y2020To21, Fortnightly), Money::pounds(240));
    assert_eq!(pounds(TaxYear::Y2020To21, FourWeekly), Money::pounds(480));
    assert_eq!(pounds(TaxYear::Y2020To21, Monthly), Money::pounds(520));
}

#[test]
fn contribution_rates_are_13_8_and_3_percent() {
    assert_eq!(NIC_RATE, Decimal::new(138, 3));
    assert_eq!(PENSION_RATE, Decimal::new(3, 2));
}

#[test]
fn key_dates_are_the_schemes() {
    assert_eq!(SCHEME_START, d(2020, 3, 1));
    assert_eq!(SCHEME_END, d(2021, 9, 30));
    assert_eq!(FLEXIBLE_FURLOUGH_START, d(2020, 7, 1));
    assert_eq!(NIC_AND_PENSION_GRANTS_END, d(2020, 8, 1));
    assert_eq!(EXTENSION_START, d(2020, 11, 1));
    assert_eq!(TWO_YEAR_LOOKBACK_FROM, d(2021, 3, 1));
    assert_eq!(AVERAGE_WINDOW_EARLIEST, d(2019, 4, 6));
    assert_eq!(AVERAGE_WINDOW_LATEST_END, d(2020, 4, 5));
}
