use super::*;
use crate::derive::claim::tests::typed_case::{public_cases, typed_form};

#[test]
fn every_public_case_typed_in_survives_a_link_with_the_same_claim() {
    let mut checked = 0;
    for case in public_cases() {
        let form = typed_form(&case["inputs"]);
        if derive_claim(&form).is_err() {
            continue; // the view refuses to share a claim it cannot calculate (a typo in HMRC's data)
        }
        let payload = link_payload(&form).unwrap();
        let restored = form_from_link(&payload).unwrap_or_else(|e| panic!("{}: {e:?}", case["id"]));
        assert_eq!(SharedClaim::of(&restored), SharedClaim::of(&form), "{}", case["id"]);
        let amount = |form: &ClaimForm| derive_claim(form).ok().map(|figures| figures.result.claim_amount);
        assert_eq!(amount(&restored), amount(&form), "{}", case["id"]);
        checked += 1;
    }
    assert!(checked >= 98, "only {checked} cases");
}

#[test]
fn a_claim_link_stays_short() {
    let case = public_cases().into_iter().find(|case| case["id"] == "e2e-phase1-regular-monthly").unwrap();
    let payload = link_payload(&typed_form(&case["inputs"])).unwrap();
    assert!(payload.len() < 400, "{} characters: {payload}", payload.len());
}

#[test]
fn a_claim_link_with_markup_or_nonsense_is_refused() {
    let mut shared = SharedClaim { variable_pay: Some(false), regular_pay: "<b>2000</b>".into(), ..SharedClaim::default() };
    assert_eq!(form_from_link(&codec::encode(&shared).unwrap()), Err(LinkError::Unacceptable));
    shared.regular_pay = "2,000 pounds".into();
    assert_eq!(form_from_link(&codec::encode(&shared).unwrap()), Err(LinkError::Unacceptable));
    shared.regular_pay = "2000".into();
    shared.pay_periods = vec![Default::default(); 500];
    assert_eq!(form_from_link(&codec::encode(&shared).unwrap()), Err(LinkError::Unacceptable));
}
