//! The figures of an estimate, shared by every view that shows one (firm, roster): headline
//! cards, what happens to the firm, the weekly and per-group tables, and the assumptions.

mod assumption_text;
mod assumptions_list;
mod groups_table;
mod headline_cards;
mod outcome_summary;
mod weekly_table;

pub use assumptions_list::AssumptionsList;
pub use groups_table::GroupsTable;
pub use headline_cards::HeadlineCards;
pub use outcome_summary::OutcomeSummary;
pub use weekly_table::WeeklyTable;

use std::rc::Rc;

use furlough_engine::estimate::Estimate;
use yew::prelude::*;

/// The estimate every results component shows.
#[derive(Properties, PartialEq)]
pub struct EstimateProps {
    pub estimate: Rc<Estimate>,
}
