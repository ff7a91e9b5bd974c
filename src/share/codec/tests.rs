use super::*;
use serde::Deserialize;

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Answers {
    a: String,
    #[serde(default)]
    rows: Vec<String>,
}

fn short() -> Answers {
    Answers { a: "200".into(), rows: Vec::new() }
}

fn long() -> Answers {
    Answers { a: "x".into(), rows: (0..200).map(|i| format!("32000,40,{},A,Y", i % 20)).collect() }
}

#[test]
fn short_answers_are_plain_json_and_come_back_the_same() {
    let segment = encode(&short()).unwrap();
    assert!(segment.starts_with("v1.j"), "{segment}");
    assert_eq!(decode::<Answers>(&segment), Ok(short()));
}

#[test]
fn repetitive_answers_are_deflated_and_come_back_the_same() {
    let segment = encode(&long()).unwrap();
    assert!(segment.starts_with("v1.z"), "{}", &segment[..10]);
    assert!(segment.len() < 2_000, "{} characters", segment.len());
    assert_eq!(decode::<Answers>(&segment), Ok(long()));
}

#[test]
fn answers_encoded_uncompressed_are_plain_json_however_repetitive_and_come_back_the_same() {
    let segment = encode_uncompressed(&long()).unwrap();
    assert!(segment.starts_with("v1.j"), "{}", &segment[..10]);
    assert!(segment.len() > encode(&long()).unwrap().len(), "longer than the deflated link");
    assert_eq!(decode::<Answers>(&segment), Ok(long()));
}

#[test]
fn a_link_cut_short_is_damaged() {
    for answers in [short(), long()] {
        let segment = encode(&answers).unwrap();
        for cut in [segment.len() - 1, segment.len() / 2, 5, 4] {
            assert_eq!(decode::<Answers>(&segment[..cut]), Err(LinkError::Damaged), "cut at {cut}");
        }
    }
}

#[test]
fn a_newer_version_is_refused_not_guessed_at() {
    assert_eq!(decode::<Answers>("v2.jeyJhIjoiMjAwIn0"), Err(LinkError::FutureVersion));
    assert_eq!(decode::<Answers>("v999999.x"), Err(LinkError::FutureVersion));
}

#[test]
fn junk_and_overlong_links_are_refused() {
    assert_eq!(decode::<Answers>(&"v1.j".repeat(300_000)), Err(LinkError::TooLong));
    for junk in ["", "v", "v1", "v1.", "v1.q", "v.j", "v0.j", "v1.j!!!", "v1.zAAAA", "v1234567.j", "vv1.j"] {
        assert_eq!(decode::<Answers>(junk), Err(LinkError::Damaged), "{junk:?}");
    }
}

#[test]
fn json_of_the_wrong_shape_is_unacceptable() {
    let wrong = format!("v1.j{}", URL_SAFE_NO_PAD.encode(br#"{"a":1}"#));
    assert_eq!(decode::<Answers>(&wrong), Err(LinkError::Unacceptable));
    let unknown = format!("v1.j{}", URL_SAFE_NO_PAD.encode(br#"{"a":"1","b":2}"#));
    assert_eq!(decode::<Answers>(&unknown), Err(LinkError::Unacceptable));
}

#[test]
fn a_deflate_bomb_is_stopped_at_the_size_limit() {
    let bomb = vec![b' '; 10 * 1024 * 1024];
    let segment = format!("v1.z{}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&bomb, 9)));
    assert!(segment.len() < MAX_SEGMENT_LENGTH);
    assert_eq!(decode::<Answers>(&segment), Err(LinkError::Damaged));
}
