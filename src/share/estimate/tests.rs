use super::*;
use crate::test_support::{estimate_form, set, today};
use crate::state::{EstimateAction, EstimateField, GroupField, SchemeField};

fn quick_firm() -> EstimateForm {
    estimate_form(vec![
        set(EstimateField::Headcount, "200"),
        set(EstimateField::AveragePay, "32000"),
        set(EstimateField::LostOutput, "60"),
        set(EstimateField::ShutdownWeeks, "6"),
        set(EstimateField::CashReserves, "600000"),
    ])
}

/// The form as a user sees it: group keys are internal and may differ after a round trip.
fn visible(form: &EstimateForm) -> SharedEstimate {
    SharedEstimate::for_draft(form)
}

#[test]
fn a_typical_firm_link_is_well_under_300_characters() {
    let payload = link_payload(&quick_firm()).unwrap();
    let link = format!("https://furlough-calculator.example.org/#estimate/{payload}");
    assert!(link.len() < 300, "{} characters: {link}", link.len());
}

#[test]
fn a_link_restores_the_answers_exactly_as_typed() {
    let mut form = quick_firm();
    form.apply(set(EstimateField::AveragePay, "£32,000.50"));
    let restored = form_from_link(&link_payload(&form).unwrap(), today()).unwrap();
    assert_eq!(visible(&restored), visible(&form));
    assert_eq!(restored.average_pay, "£32,000.50");
}

#[test]
fn a_detailed_link_carries_groups_custom_scheme_and_changed_finances() {
    let mut form = quick_firm();
    form.apply(EstimateAction::SetMode(EntryMode::Detailed));
    form.apply(EstimateAction::AddGroup);
    let key = form.groups[1].key;
    for (field, text) in [(GroupField::Label, "Press shop"), (GroupField::Employees, "12"), (GroupField::AnnualPay, "28000")] {
        form.apply(EstimateAction::SetGroup { key, field, text: text.into() });
    }
    form.apply(EstimateAction::SetGroupPension { key, enrolled: false });
    form.apply(EstimateAction::SetScheme(SchemeField::GovRate, "70".into()));
    form.apply(EstimateAction::SetFinance(crate::state::FinanceField::OperatingMargin, "5".into()));

    let restored = form_from_link(&link_payload(&form).unwrap(), today()).unwrap();
    let mut expected = visible(&form);
    expected.headcount.clear();
    expected.average_pay.clear();
    assert_eq!(visible(&restored), expected);
    assert_eq!(restored.groups[1].label, "Press shop");
    assert_eq!(restored.preset, "custom");
}

#[test]
fn a_quick_link_leaves_out_the_groups_of_detailed_mode() {
    let mut form = quick_firm();
    form.apply(EstimateAction::SetMode(EntryMode::Detailed));
    form.apply(EstimateAction::SetMode(EntryMode::Quick));
    let shared = SharedEstimate::for_link(&form);
    assert!(shared.groups.is_empty());
    assert_eq!(SharedEstimate::for_draft(&form).groups.len(), 1, "a draft keeps them");
}

#[test]
fn a_link_with_markup_in_a_label_is_refused() {
    let mut shared = SharedEstimate::for_link(&quick_firm());
    shared.detailed = true;
    shared.groups = vec![("<script>alert(1)</script>".into(), "5".into(), "30000".into(), "40".into(), "5".into(), "A".into(), true)];
    let payload = codec::encode(&shared).unwrap();
    assert_eq!(form_from_link(&payload, today()), Err(LinkError::Unacceptable));
}

#[test]
fn a_link_with_answers_the_calculator_refuses_is_refused() {
    for (field, text) in [(EstimateField::Headcount, "99999999999"), (EstimateField::LostOutput, "1000"), (EstimateField::AveragePay, "1e9")] {
        let mut form = quick_firm();
        form.apply(set(field, text));
        let payload = link_payload(&form).unwrap();
        assert_eq!(form_from_link(&payload, today()), Err(LinkError::Unacceptable), "{field:?} = {text}");
    }
    let mut shared = SharedEstimate::for_link(&quick_firm());
    shared.preset = "free-money".into();
    assert_eq!(form_from_link(&codec::encode(&shared).unwrap(), today()), Err(LinkError::Unacceptable));
}

#[test]
fn an_incomplete_link_still_opens() {
    let form = estimate_form(vec![set(EstimateField::Headcount, "200")]);
    let restored = form_from_link(&link_payload(&form).unwrap(), today()).unwrap();
    assert_eq!(restored.headcount, "200");
}
