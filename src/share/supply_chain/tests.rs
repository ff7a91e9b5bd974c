use super::*;
use crate::test_support::today;
use crate::state::{FirmField, SupplyChainAction};

fn chain() -> SupplyChainForm {
    let mut form = SupplyChainForm::default();
    form.apply(SupplyChainAction::AddFirm);
    let keys: Vec<u32> = form.firms.iter().map(|firm| firm.key).collect();
    for (key, values) in keys.iter().zip([["Castings Ltd", "120", "31000", "60", "6", ""], ["Trim & Co", "45", "27,500", "40", "6", "90000"]]) {
        for (field, text) in FirmField::ALL.iter().zip(values) {
            form.apply(SupplyChainAction::SetFirm { key: *key, field: *field, text: text.to_string() });
        }
    }
    form.apply(SupplyChainAction::ChoosePreset("cjrs-nov-2020".into()));
    form
}

#[test]
fn a_supply_chain_link_restores_the_firms_and_the_scheme() {
    let form = chain();
    let restored = form_from_link(&link_payload(&form).unwrap(), today()).unwrap();
    assert_eq!(SharedSupplyChain::of(&restored), SharedSupplyChain::of(&form));
    assert_eq!(restored.firms[1].name, "Trim & Co");
    assert_eq!(restored.preset, "cjrs-nov-2020");
}

#[test]
fn a_supply_chain_link_with_markup_in_a_name_is_refused() {
    let mut form = chain();
    let key = form.firms[0].key;
    form.apply(SupplyChainAction::SetFirm { key, field: FirmField::Name, text: "<img src=x>".into() });
    assert_eq!(form_from_link(&link_payload(&form).unwrap(), today()), Err(LinkError::Unacceptable));
}
