//! The CJRS claim view.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimText {
    Heading,
}

pub(super) fn english(id: ClaimText) -> &'static str {
    use ClaimText::*;
    match id {
        Heading => "CJRS claim",
    }
}
