//! The "How we calculate" view. Its text is the methodology documents in `docs/`, turned into
//! HTML at build time: a Welsh catalogue would add translated documents beside them.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MethodText {
    EstimateLabel,
    EstimateMethod,
    ClaimLabel,
    ClaimMethod,
}

pub(super) fn english(id: MethodText) -> &'static str {
    use MethodText::*;
    match id {
        EstimateLabel => "How the firm estimate is calculated",
        EstimateMethod => include_str!(concat!(env!("OUT_DIR"), "/methodology.html")),
        ClaimLabel => "How CJRS claims are calculated",
        ClaimMethod => include_str!(concat!(env!("OUT_DIR"), "/cjrs-claims.html")),
    }
}
