//! One view per part of the calculator, each in its own folder. A view gets its slice of the
//! state, what `derive` made of it, and a callback for its actions; it calls no engine itself.
//!
//! Views and their sections are plain functions returning `Html` unless they hold hooks (the
//! firm estimate's view does) or must render in one piece (the roster and supply-chain views,
//! see `RosterView`): a component type costs about 650 B of gzipped wasm. The views drawn by a
//! function (claim, method) key their root element, so switching views builds the new view's
//! elements instead of patching the old view's into them, as a component's would be.

pub mod claim;
pub mod estimate;
pub mod method;
pub mod roster;
pub mod supply_chain;

pub use claim::{claim_view, ClaimViewProps};
pub use estimate::{drawn_charts, Charts, EstimateView};
pub use method::method_view;
pub use roster::RosterView;
pub use supply_chain::SupplyChainView;
