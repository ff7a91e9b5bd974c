use super::*;

fn typed(form: &mut EstimateForm, field: EstimateField, text: &str) {
    form.apply(EstimateAction::Set(field, text.into()));
}

#[test]
fn text_is_kept_exactly_as_typed() {
    let mut form = EstimateForm::default();
    typed(&mut form, EstimateField::AveragePay, " £32,000.0x ");
    assert_eq!(form.average_pay, " £32,000.0x ");
}

#[test]
fn a_fresh_form_shows_the_default_scheme_and_finance_assumptions() {
    let form = EstimateForm::default();
    assert_eq!(form.preset, "supply-chain-26-weeks");
    assert_eq!(form.scheme.gov_rate_pct, "80");
    assert_eq!(form.scheme.monthly_cap, "2500");
    assert_eq!(form.scheme.max_weeks, "26");
    assert_eq!(form.finances.cash_buffer_days, "27");
    assert_eq!(form.finances.labour_cost_share_pct, "25");
    assert_eq!(form.finances.operating_margin_pct, "3");
    assert_eq!(form.finances.variable_cost_share_pct, "75");
    assert_eq!(form.groups.len(), 1);
}

#[test]
fn moving_to_detailed_mode_carries_the_quick_answers_into_the_first_group() {
    let mut form = EstimateForm::default();
    typed(&mut form, EstimateField::Headcount, "200");
    typed(&mut form, EstimateField::AveragePay, "32000");
    form.apply(EstimateAction::SetMode(EntryMode::Detailed));
    assert_eq!(form.mode, EntryMode::Detailed);
    assert_eq!((form.groups[0].employees.as_str(), form.groups[0].annual_pay.as_str()), ("200", "32000"));
}

#[test]
fn moving_to_detailed_mode_never_overwrites_a_group_already_filled_in() {
    let mut form = EstimateForm::default();
    let key = form.groups[0].key;
    form.apply(EstimateAction::SetGroup { key, field: GroupField::Employees, text: "12".into() });
    typed(&mut form, EstimateField::Headcount, "200");
    form.apply(EstimateAction::SetMode(EntryMode::Detailed));
    assert_eq!(form.groups[0].employees, "12");
}

#[test]
fn groups_are_added_with_new_keys_and_the_last_group_cannot_be_removed() {
    let mut form = EstimateForm::default();
    form.apply(EstimateAction::AddGroup);
    form.apply(EstimateAction::AddGroup);
    let keys: Vec<u32> = form.groups.iter().map(|group| group.key).collect();
    assert_eq!(keys, [0, 1, 2]);
    form.apply(EstimateAction::RemoveGroup { key: 1 });
    form.apply(EstimateAction::AddGroup);
    let keys: Vec<u32> = form.groups.iter().map(|group| group.key).collect();
    assert_eq!(keys, [0, 2, 3], "a removed key is never reused");
    for key in [0, 2, 3] {
        form.apply(EstimateAction::RemoveGroup { key });
    }
    assert_eq!(form.groups.len(), 1);
}

#[test]
fn a_new_group_starts_with_the_spec_defaults() {
    let mut form = EstimateForm::default();
    form.apply(EstimateAction::AddGroup);
    let group = &form.groups[1];
    assert_eq!((group.age.as_str(), group.years_service.as_str()), ("40", "5"));
    assert_eq!(group.nic_category, "A");
    assert!(group.pension_enrolled);
}

#[test]
fn choosing_a_preset_fills_in_its_scheme() {
    let mut form = EstimateForm::default();
    form.apply(EstimateAction::ChoosePreset("cjrs-oct-2020".into()));
    assert_eq!(form.scheme.gov_rate_pct, "60");
    assert_eq!(form.scheme.max_weeks, "", "CJRS presets pay for the whole shutdown");
    form.apply(EstimateAction::ChoosePreset("cjrs-spring-2020".into()));
    assert!(form.scheme.covers_employer_nic && form.scheme.covers_pension);
}

#[test]
fn changing_a_scheme_parameter_by_hand_makes_the_scheme_custom_and_keeps_it() {
    let mut form = EstimateForm::default();
    form.apply(EstimateAction::SetScheme(SchemeField::GovRate, "75".into()));
    assert_eq!(form.preset, "custom");
    form.apply(EstimateAction::SetSchemeFlag(SchemeFlag::CoversPension, true));
    form.apply(EstimateAction::ChoosePreset("custom".into()));
    assert_eq!(form.scheme.gov_rate_pct, "75");
    assert!(form.scheme.covers_pension);
}
