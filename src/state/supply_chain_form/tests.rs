use super::*;

fn set(key: u32, field: FirmField, text: &str) -> SupplyChainAction {
    SupplyChainAction::SetFirm { key, field, text: text.into() }
}

#[test]
fn a_fresh_form_has_one_empty_row_and_the_supply_chain_scheme() {
    let form = SupplyChainForm::default();
    assert_eq!(form.firms.len(), 1);
    assert!(form.firms[0].is_blank());
    assert_eq!(form.preset, "supply-chain-26-weeks");
}

#[test]
fn each_cell_keeps_exactly_what_was_typed() {
    let mut form = SupplyChainForm::default();
    for (field, text) in [
        (FirmField::Name, " Acme, Ltd "),
        (FirmField::Employees, "1,200"),
        (FirmField::AveragePay, "£32k"),
        (FirmField::LostOutput, "60 %"),
        (FirmField::ShutdownWeeks, "6"),
        (FirmField::CashReserves, ""),
    ] {
        form.apply(set(0, field, text));
        assert_eq!(form.firms[0].field(field), text);
    }
    assert!(!form.firms[0].is_blank());
}

#[test]
fn firms_are_added_with_new_keys_and_removed_by_key() {
    let mut form = SupplyChainForm::default();
    form.apply(SupplyChainAction::AddFirm);
    form.apply(SupplyChainAction::AddFirm);
    form.apply(set(1, FirmField::Name, "Second"));
    form.apply(SupplyChainAction::RemoveFirm { key: 0 });
    form.apply(SupplyChainAction::AddFirm);
    let keys: Vec<u32> = form.firms.iter().map(|firm| firm.key).collect();
    assert_eq!(keys, [1, 2, 3], "a removed key is never reused");
    assert_eq!(form.firms[0].name, "Second", "removing a row keeps what was typed in the others");
    assert_eq!(form.next_firm_key(), 4);
}

#[test]
fn the_last_row_can_be_removed_and_a_new_one_added() {
    let mut form = SupplyChainForm::default();
    form.apply(SupplyChainAction::RemoveFirm { key: 0 });
    assert!(form.firms.is_empty());
    form.apply(SupplyChainAction::AddFirm);
    assert_eq!(form.firms.len(), 1);
}

#[test]
fn typing_in_a_removed_row_changes_nothing() {
    let mut form = SupplyChainForm::default();
    let before = form.clone();
    form.apply(set(7, FirmField::Name, "Nobody"));
    assert_eq!(form, before);
}

#[test]
fn the_csv_and_the_scheme_are_kept_beside_the_table() {
    let mut form = SupplyChainForm::default();
    form.apply(SupplyChainAction::Csv(CsvAction::Type("firm,employees\nA,3".into())));
    form.apply(SupplyChainAction::ChoosePreset("cjrs-nov-2020".into()));
    assert_eq!(&*form.csv.text, "firm,employees\nA,3");
    assert_eq!(form.preset, "cjrs-nov-2020");
    assert_eq!(form.firms.len(), 1);
}
