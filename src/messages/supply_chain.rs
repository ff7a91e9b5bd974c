//! The supply-chain view.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SupplyChainText {
    Heading,
}

pub(super) fn english(id: SupplyChainText) -> &'static str {
    use SupplyChainText::*;
    match id {
        Heading => "Supply chain",
    }
}
