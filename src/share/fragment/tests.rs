use super::*;

#[test]
fn a_plain_fragment_names_only_its_view() {
    let fragment = Fragment::parse("#claim");
    assert_eq!(fragment, Fragment { view: Some(View::Claim), ..Fragment::default() });
}

#[test]
fn a_payload_segment_is_kept_encoded() {
    let fragment = Fragment::parse("#estimate/v1.jeyJoIjoiMjAwIn0");
    assert_eq!(fragment.view, Some(View::Estimate));
    assert_eq!(fragment.payload.as_deref(), Some("v1.jeyJoIjoiMjAwIn0"));
    assert_eq!(fragment.embed, None);
}

#[test]
fn embed_options_may_come_in_any_order_and_are_percent_decoded() {
    let fragment = Fragment::parse("#estimate/accent=1d70b8/embed/host=https%3A%2F%2Funion.example/preset=cjrs-nov-2020");
    let embed = fragment.embed.expect("embedded");
    assert_eq!(embed.preset.as_deref(), Some("cjrs-nov-2020"));
    assert_eq!(embed.accent.as_deref(), Some("1d70b8"));
    assert_eq!(embed.host.as_deref(), Some("https://union.example"));
}

#[test]
fn options_without_the_embed_flag_do_not_embed() {
    assert_eq!(Fragment::parse("#estimate/preset=cjrs-nov-2020").embed, None);
}

#[test]
fn unknown_segments_and_views_are_ignored() {
    let fragment = Fragment::parse("#main-content/whatever/v/vx.1/%zz");
    assert_eq!(fragment, Fragment::default());
}

#[test]
fn broken_percent_encoding_is_kept_as_written() {
    let fragment = Fragment::parse("#estimate/embed/host=%E2%28%A1/preset=%4");
    let embed = fragment.embed.expect("embedded");
    assert_eq!(embed.host.as_deref(), Some("%E2%28%A1"));
    assert_eq!(embed.preset.as_deref(), Some("%4"));
}

#[test]
fn a_fragment_for_a_view_and_payload_parses_back() {
    let written = Fragment::for_view(View::SupplyChain, Some("v1.zAAAA"));
    assert_eq!(written, "#supply-chain/v1.zAAAA");
    let parsed = Fragment::parse(&written);
    assert_eq!((parsed.view, parsed.payload.as_deref()), (Some(View::SupplyChain), Some("v1.zAAAA")));
}

#[test]
fn the_embed_flag_may_come_first_without_a_view() {
    let fragment = Fragment::parse("#embed/preset=cjrs-nov-2020");
    assert_eq!(fragment.view, None);
    assert_eq!(fragment.embed.and_then(|embed| embed.preset).as_deref(), Some("cjrs-nov-2020"));
    assert!(Fragment::parse("#embed").embed.is_some());
}
