use super::*;
use crate::messages::text;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

#[test]
fn whole_numbers_accept_digits_and_thousands_commas() {
    assert_eq!(whole_number("200"), Typed::Value(200));
    assert_eq!(whole_number(" 1,200 "), Typed::Value(1200));
    assert_eq!(whole_number(""), Typed::Empty);
    assert_eq!(whole_number("   "), Typed::Empty);
}

#[test]
fn whole_numbers_refuse_fractions_signs_exponents_and_words() {
    for text in ["12.5", "-3", "+3", "1e3", "1_000", "NaN", "twelve", "1,20", "12 000"] {
        assert!(matches!(whole_number(text), Typed::Invalid(_)), "{text:?} was accepted");
    }
    assert!(matches!(whole_number("99999999999"), Typed::Invalid(_)));
}

#[test]
fn percentages_accept_a_fraction_and_a_percent_sign() {
    assert_eq!(percentage("60"), Typed::Value(d("60")));
    assert_eq!(percentage("12.5%"), Typed::Value(d("12.5")));
    assert_eq!(percentage(" 60 % "), Typed::Value(d("60")));
    assert_eq!(percentage("-2"), Typed::Value(d("-2")));
    assert_eq!(percentage("%"), Typed::Invalid(text(CommonText::PercentageInvalid).into()));
}

#[test]
fn decimals_refuse_what_rust_decimal_would_accept_but_people_do_not_mean() {
    for text in ["1e5", "1_000", "NaN", "inf", ".", "5.", "--5", "0x10"] {
        assert!(matches!(decimal(text), Typed::Invalid(_)), "{text:?} was accepted");
    }
    assert_eq!(decimal("4.5"), Typed::Value(d("4.5")));
}

#[test]
fn money_uses_the_engine_parser_and_treats_blank_as_empty() {
    assert_eq!(money("£32,000"), Typed::Value(Money::pounds(32000)));
    assert_eq!(money(""), Typed::Empty);
    assert_eq!(money("1e5"), Typed::Invalid(text(CommonText::MoneyNotANumber).into()));
    assert_eq!(money("1,23"), Typed::Invalid(text(CommonText::MisplacedComma).into()));
}
