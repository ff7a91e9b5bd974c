//! One view per part of the calculator, each in its own folder. A view gets its slice of the
//! state, what `derive` made of it, and a callback for its actions; it calls no engine itself.

pub mod claim;
pub mod estimate;
pub mod method;
pub mod roster;
pub mod supply_chain;

pub use claim::ClaimView;
pub use estimate::EstimateView;
pub use method::MethodView;
pub use roster::RosterView;
pub use supply_chain::SupplyChainView;
