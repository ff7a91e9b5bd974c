use super::*;
use crate::test_support::today;
use crate::state::{CsvAction, RosterAction, RosterField};

/// A roster of `people` employees on different pay, named, with the shutdown answers.
fn roster(people: usize) -> RosterForm {
    let mut csv = String::from("label,annual_pay,age,years_service,nic_category,pension_enrolled\n");
    for i in 0..people {
        csv.push_str(&format!("Employee {i},{},{},{},A,yes\n", 21_000 + (i * 137) % 19_000, 20 + i % 40, i % 15));
    }
    let mut form = RosterForm::default();
    form.apply(RosterAction::Csv(CsvAction::Type(csv.into())));
    form.apply(RosterAction::Set(RosterField::LostOutput, "60".into()));
    form.apply(RosterAction::Set(RosterField::ShutdownWeeks, "6".into()));
    form
}

#[test]
fn a_200_employee_roster_link_is_under_8000_characters() {
    let payload = link_payload(&roster(200), false).unwrap();
    assert!(payload.len() < 8_000, "{} characters", payload.len());
}

#[test]
fn a_link_leaves_out_the_labels_unless_asked_and_keeps_everything_else() {
    let form = roster(3);
    let restored = form_from_link(&link_payload(&form, false).unwrap(), today()).unwrap();
    assert!(!restored.csv.text.contains("Employee"), "{}", restored.csv.text);
    assert!(restored.csv.text.contains(",21000,20,0,A,yes"), "{}", restored.csv.text);
    assert_eq!((restored.lost_output_pct.as_str(), restored.shutdown_weeks.as_str()), ("60", "6"));

    let named = form_from_link(&link_payload(&form, true).unwrap(), today()).unwrap();
    assert_eq!(named.csv.text, form.csv.text);
}

#[test]
fn a_roster_without_labels_gives_the_same_figures() {
    let form = roster(50);
    let restored = form_from_link(&link_payload(&form, false).unwrap(), today()).unwrap();
    let figures = |form: &RosterForm| {
        let file = Rc::new(read_roster_text(&form.csv.text));
        derive_roster(form, &file, today()).map(|figures| figures.estimate.clone()).ok()
    };
    let (before, after) = (figures(&form).unwrap(), figures(&restored).unwrap());
    assert_eq!(before.government_cost, after.government_cost);
    assert_eq!(before.without_scheme, after.without_scheme);
}

#[test]
fn a_roster_link_with_markup_is_refused() {
    let mut shared = SharedRoster::of(&roster(2));
    shared.csv.push_str("<script>alert(1)</script>,30000,40,5,A,yes\n");
    assert_eq!(form_from_link(&codec::encode(&shared).unwrap(), today()), Err(LinkError::Unacceptable));
}
