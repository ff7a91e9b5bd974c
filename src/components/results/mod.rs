//! The figures of an estimate, shared by every view that shows one (firm, roster): headline
//! cards, what happens to the firm, the weekly and per-group tables, and the assumptions.

mod assumption_text;
mod assumptions_list;
mod groups_table;
mod headline_cards;
mod outcome_summary;
mod weekly_table;

pub use assumptions_list::assumptions_list;
pub use groups_table::groups_table;
pub use headline_cards::headline_cards;
pub use outcome_summary::outcome_summary;
pub use weekly_table::weekly_table;
