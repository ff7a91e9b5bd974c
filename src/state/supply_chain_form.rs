//! What the user has typed into the supply-chain view, exactly as typed.

/// The supply-chain view's answers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SupplyChainForm {}

/// What the user can do in the supply-chain view.
#[derive(Clone, Debug, PartialEq)]
pub enum SupplyChainAction {}

impl SupplyChainForm {
    pub fn apply(&mut self, action: SupplyChainAction) {
        match action {}
    }
}
