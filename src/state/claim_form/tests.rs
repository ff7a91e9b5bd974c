use super::*;

fn typed_end(form: &mut ClaimForm, key: u32, day: &str) {
    form.apply(ClaimAction::SetPayPeriodEnd { key, part: DatePart::Day, text: day.into() });
}

fn date(day: &str, month: &str, year: &str) -> DateText {
    DateText { day: day.into(), month: month.into(), year: year.into() }
}

#[test]
fn dates_and_amounts_are_kept_exactly_as_typed() {
    let mut form = ClaimForm::default();
    form.apply(ClaimAction::SetDate(ClaimDate::ClaimStart, DatePart::Day, " 01 ".into()));
    form.apply(ClaimAction::SetDate(ClaimDate::ClaimStart, DatePart::Month, "Nov".into()));
    form.apply(ClaimAction::Set(ClaimField::RegularPay, "£2,000.0x".into()));
    assert_eq!(form.claim_start, date(" 01 ", "Nov", ""));
    assert_eq!(form.regular_pay, "£2,000.0x");
}

#[test]
fn a_fresh_form_has_the_two_pay_periods_every_claim_needs_and_no_answers() {
    let form = ClaimForm::default();
    assert_eq!(form.pay_periods.len(), 2);
    assert_eq!(form.last_year_payments.len(), 1);
    assert_eq!((form.pay_frequency, form.pay_method, form.furlough_ended), (None, None, None));
}

#[test]
fn pay_periods_get_new_keys_and_the_first_two_cannot_be_removed() {
    let mut form = ClaimForm::default();
    form.apply(ClaimAction::AddPayPeriod);
    form.apply(ClaimAction::AddPayPeriod);
    let keys: Vec<u32> = form.pay_periods.iter().map(|row| row.key).collect();
    assert_eq!(keys, [0, 1, 3, 4]);
    form.apply(ClaimAction::RemovePayPeriod { key: 3 });
    form.apply(ClaimAction::AddPayPeriod);
    form.apply(ClaimAction::RemovePayPeriod { key: 0 });
    form.apply(ClaimAction::RemovePayPeriod { key: 1 });
    form.apply(ClaimAction::RemovePayPeriod { key: 4 });
    let keys: Vec<u32> = form.pay_periods.iter().map(|row| row.key).collect();
    assert_eq!(keys, [4, 5], "a removed key is never reused, and two rows always remain");
}

#[test]
fn a_pay_period_keeps_its_hours_when_another_one_is_removed() {
    let mut form = ClaimForm::default();
    form.apply(ClaimAction::AddPayPeriod);
    form.apply(ClaimAction::SetPeriod { key: 3, field: PeriodField::UsualHours, text: "37.5".into() });
    form.apply(ClaimAction::RemovePayPeriod { key: 1 });
    assert_eq!(form.pay_periods[1].key, 3);
    assert_eq!(form.pay_periods[1].field(PeriodField::UsualHours), "37.5");
}

#[test]
fn proposed_pay_periods_fill_the_rows_in_order_and_add_the_missing_ones() {
    let mut form = ClaimForm::default();
    form.apply(ClaimAction::SetPeriod { key: 1, field: PeriodField::UsualHours, text: "40".into() });
    let ends = vec![date("31", "10", "2020"), date("7", "11", "2020"), date("14", "11", "2020")];
    form.apply(ClaimAction::FillPayPeriods(ends.clone()));
    let filled: Vec<DateText> = form.pay_periods.iter().map(|row| row.end.clone()).collect();
    assert_eq!(filled, ends);
    assert_eq!(form.pay_periods[1].usual_hours, "40", "hours stay with their row");
}

#[test]
fn proposed_pay_periods_remove_left_over_rows_after_the_last_holding_hours_or_amounts() {
    let mut form = ClaimForm::default();
    for _ in 0..3 {
        form.apply(ClaimAction::AddPayPeriod);
    }
    let before: Vec<u32> = form.pay_periods.iter().map(|row| row.key).collect();
    let last = before[before.len() - 1];
    form.apply(ClaimAction::SetPeriod { key: last, field: PeriodField::TopUp, text: "20".into() });
    form.apply(ClaimAction::FillPayPeriods(vec![date("31", "10", "2020"), date("30", "11", "2020")]));
    let keys: Vec<u32> = form.pay_periods.iter().map(|row| row.key).collect();
    assert_eq!(keys, before, "every row up to the one with a top-up, so no gap opens before it");

    let mut form = ClaimForm::default();
    for _ in 0..3 {
        form.apply(ClaimAction::AddPayPeriod);
    }
    let last = form.pay_periods[form.pay_periods.len() - 1].key;
    typed_end(&mut form, last, "9");
    form.apply(ClaimAction::FillPayPeriods(vec![date("31", "10", "2020"), date("30", "11", "2020")]));
    let keys: Vec<u32> = form.pay_periods.iter().map(|row| row.key).collect();
    assert_eq!(keys, [0, 1], "an end date alone is the proposal's to replace");
}

#[test]
fn a_second_fill_for_a_shorter_claim_leaves_none_of_the_first_fill_s_dates() {
    let mut form = ClaimForm::default();
    let november: Vec<DateText> =
        ["31", "7", "14", "21", "28"].iter().enumerate().map(|(i, day)| date(day, if i == 0 { "10" } else { "11" }, "2020")).collect();
    form.apply(ClaimAction::FillPayPeriods(november));
    let first_half = vec![date("31", "10", "2020"), date("7", "11", "2020"), date("14", "11", "2020")];
    form.apply(ClaimAction::FillPayPeriods(first_half.clone()));
    let ends: Vec<DateText> = form.pay_periods.iter().map(|row| row.end.clone()).collect();
    assert_eq!(ends, first_half);
}

#[test]
fn last_year_payments_can_be_added_typed_and_removed() {
    let mut form = ClaimForm::default();
    form.apply(ClaimAction::AddLastYearPayment);
    let key = form.last_year_payments[1].key;
    form.apply(ClaimAction::SetLastYearDate { key, part: DatePart::Year, text: "2019".into() });
    form.apply(ClaimAction::SetLastYearAmount { key, text: "420".into() });
    assert_eq!(
        (form.last_year_payments[1].pay_date.year.as_str(), form.last_year_payments[1].amount.as_str()),
        ("2019", "420")
    );
    form.apply(ClaimAction::RemoveLastYearPayment { key: form.last_year_payments[0].key });
    assert_eq!(form.last_year_payments.len(), 1);
    assert_eq!(form.last_year_payments[0].key, key);
}

#[test]
fn answers_are_recorded_and_can_be_changed() {
    let mut form = ClaimForm::default();
    form.apply(ClaimAction::Answer(ClaimQuestion::FurloughEnded, true));
    form.apply(ClaimAction::Answer(ClaimQuestion::FurloughEnded, false));
    form.apply(ClaimAction::SetFrequency(PayFrequency::Weekly));
    form.apply(ClaimAction::SetPayMethod(PayMethod::Variable));
    form.apply(ClaimAction::SetNicCategory(NicCategory::Payable));
    assert_eq!(form.furlough_ended, Some(false));
    assert_eq!(form.pay_frequency, Some(PayFrequency::Weekly));
    assert_eq!(form.pay_method, Some(PayMethod::Variable));
    assert_eq!(form.nic_category, Some(NicCategory::Payable));
}
