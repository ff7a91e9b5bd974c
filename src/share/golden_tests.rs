//! Links made by earlier versions must open the same answers for ever: people keep them in
//! emails, leaflets (QR codes) and minutes. Each file in `tests/golden-links/` holds a link as a
//! version of the calculator made it; each test here says what it must open. Never edit a
//! golden file: add a new one when the format changes.

use super::estimate::form_from_link;
use super::fragment::Fragment;
use crate::state::{EntryMode, EstimateAction, EstimateField, EstimateForm, FinanceField, GroupField, SchemeField, View};
use crate::test_support::{estimate_form, set, today};

/// The payload of a golden link file (one link per file), checking the view it opens.
fn payload_for(view: View, link: &str) -> String {
    let fragment = link.trim().split_once('#').map(|(_, f)| f).unwrap_or_default();
    let parsed = Fragment::parse(fragment);
    assert_eq!(parsed.view, Some(view), "{link}");
    parsed.payload.expect("a payload")
}

fn payload_of(link: &str) -> String {
    payload_for(View::Estimate, link)
}

fn assert_same_answers(restored: &EstimateForm, expected: &EstimateForm) {
    let visible = |form: &EstimateForm| super::estimate::SharedEstimate::for_draft(form);
    assert_eq!(visible(restored), visible(expected));
}

#[test]
fn the_v1_quick_estimate_link_opens_the_same_answers() {
    let link = include_str!("../../tests/golden-links/estimate-v1-quick.txt");
    let restored = form_from_link(&payload_of(link), today()).expect("opens");
    let expected = estimate_form(vec![
        set(EstimateField::Headcount, "200"),
        set(EstimateField::AveragePay, "32000"),
        set(EstimateField::LostOutput, "60"),
        set(EstimateField::ShutdownWeeks, "6"),
        set(EstimateField::CashReserves, "600000"),
    ]);
    assert_same_answers(&restored, &expected);
}

#[test]
fn the_v1_detailed_estimate_link_opens_the_same_answers() {
    let link = include_str!("../../tests/golden-links/estimate-v1-detailed.txt");
    let restored = form_from_link(&payload_of(link), today()).expect("opens");
    let mut expected = estimate_form(vec![
        set(EstimateField::LostOutput, "60"),
        set(EstimateField::ShutdownWeeks, "6"),
        set(EstimateField::CashReserves, "600,000"),
        set(EstimateField::TaxYear, "2025-26"),
        EstimateAction::SetMode(EntryMode::Detailed),
        EstimateAction::AddGroup,
        EstimateAction::SetScheme(SchemeField::GovRate, "70".into()),
        EstimateAction::SetFinance(FinanceField::OperatingMargin, "5".into()),
    ]);
    let (first, second) = (expected.groups[0].key, expected.groups[1].key);
    for (key, field, text) in [
        (first, GroupField::Label, "Assembly"),
        (first, GroupField::Employees, "200"),
        (first, GroupField::AnnualPay, "£32,000"),
        (first, GroupField::YearsService, "8"),
        (second, GroupField::Label, "Apprentices"),
        (second, GroupField::Employees, "12"),
        (second, GroupField::AnnualPay, "18000"),
        (second, GroupField::Age, "19"),
        (second, GroupField::YearsService, "1"),
        (second, GroupField::NicCategory, "H"),
    ] {
        expected.apply(EstimateAction::SetGroup { key, field, text: text.into() });
    }
    expected.apply(EstimateAction::SetGroupPension { key: second, enrolled: false });
    assert_same_answers(&restored, &expected);
}



#[test]
fn the_v1_claim_link_opens_hmrc_s_phase_one_case() {
    use crate::derive::claim::tests::typed_case::{public_cases, typed_form};
    use crate::share::claim::{form_from_link, SharedClaim};
    let link = include_str!("../../tests/golden-links/claim-v1-phase1-monthly.txt");
    let restored = form_from_link(&payload_for(View::Claim, link)).expect("opens");
    let case = public_cases().into_iter().find(|case| case["id"] == "e2e-phase1-regular-monthly").expect("the case");
    assert_eq!(SharedClaim::of(&restored), SharedClaim::of(&typed_form(&case["inputs"])));
}

#[test]
fn the_v1_roster_link_opens_200_unnamed_employees() {
    use crate::share::roster::form_from_link;
    let link = include_str!("../../tests/golden-links/roster-v1-200-employees.txt");
    let restored = form_from_link(&payload_for(View::Roster, link), today()).expect("opens");
    let mut expected = String::from("label,annual_pay,age,years_service,nic_category,pension_enrolled\n");
    expected.push_str(&",32000,40,8,A,yes\n".repeat(200));
    assert_eq!(&*restored.csv.text, expected.as_str());
    let answers = (restored.lost_output_pct.as_str(), restored.shutdown_weeks.as_str(), restored.cash_reserves.as_str());
    assert_eq!(answers, ("60", "6", "600000"));
    assert_eq!(restored.preset, "supply-chain-26-weeks");
}

#[test]
fn the_v1_supply_chain_link_opens_two_firms_under_the_november_2020_scheme() {
    use crate::share::supply_chain::form_from_link;
    let link = include_str!("../../tests/golden-links/supply-chain-v1-two-firms.txt");
    let restored = form_from_link(&payload_for(View::SupplyChain, link), today()).expect("opens");
    let typed: Vec<[&str; 6]> = restored
        .firms
        .iter()
        .map(|f| [f.name.as_str(), &f.employees, &f.average_pay, &f.lost_output_pct, &f.shutdown_weeks, &f.cash_reserves])
        .collect();
    assert_eq!(typed, [["Castings Ltd", "120", "31000", "60", "6", ""], ["Trim & Co", "45", "27,500", "40", "6", "90000"]]);
    assert_eq!(restored.preset, "cjrs-nov-2020");
}
