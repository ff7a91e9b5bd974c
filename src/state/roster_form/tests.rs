use std::rc::Rc;

use super::*;

#[test]
fn every_answer_is_kept_exactly_as_typed() {
    let mut form = RosterForm::default();
    form.apply(RosterAction::Set(RosterField::LostOutput, " 60 %".into()));
    form.apply(RosterAction::Set(RosterField::ShutdownWeeks, "six".into()));
    form.apply(RosterAction::Set(RosterField::CashReserves, "£600,000".into()));
    form.apply(RosterAction::Csv(CsvAction::Type("label,annual_pay\nA,x".into())));
    assert_eq!(
        (form.lost_output_pct.as_str(), form.shutdown_weeks.as_str(), form.cash_reserves.as_str()),
        (" 60 %", "six", "£600,000")
    );
    assert_eq!(&*form.csv.text, "label,annual_pay\nA,x");
}

#[test]
fn a_fresh_form_offers_the_supply_chain_scheme() {
    assert_eq!(RosterForm::default().preset, "supply-chain-26-weeks");
}

#[test]
fn choosing_a_preset_keeps_the_roster_and_the_answers() {
    let mut form = RosterForm::default();
    form.apply(RosterAction::Csv(CsvAction::Load("annual_pay,age,years_service\n1,2,3".into())));
    form.apply(RosterAction::Set(RosterField::LostOutput, "40".into()));
    form.apply(RosterAction::ChoosePreset("cjrs-oct-2020".into()));
    assert_eq!(form.preset, "cjrs-oct-2020");
    assert_eq!(form.lost_output_pct, "40");
    assert_eq!(&*form.csv.text, "annual_pay,age,years_service\n1,2,3");
}

#[test]
fn copying_the_form_shares_the_roster_text_instead_of_copying_it() {
    let mut form = RosterForm::default();
    form.apply(RosterAction::Csv(CsvAction::Type("a big roster".into())));
    let copy = form.clone();
    assert!(Rc::ptr_eq(&form.csv.text, &copy.csv.text));
}
