//! The supply chain's results as a CSV file: the engine's results format (one row per firm,
//! problems in the `error` column, a TOTAL row), as `furlough supply-chain` writes it, with the
//! notes in the `error` column worded by the catalogue, as the page words them.

use furlough_engine::estimate::write_results;

use super::{FirmResult, SupplyChainFigures};
use crate::messages::{text_count, SupplyChainText};

/// The results as CSV text. A typed firm's `line` is its row in the table.
pub fn supply_chain_results_csv(figures: &SupplyChainFigures) -> String {
    let rows = figures.firms.iter().map(|firm| (&firm.row, firm.result.as_ref().map_err(|_| problems_text(firm))));
    let left_out = match figures.left_out() {
        0 => String::new(),
        n => text_count(SupplyChainText::FirmsLeftOutOne, SupplyChainText::FirmsLeftOut, n),
    };
    let mut out = Vec::new();
    // Writing to memory fails only if memory runs out, which stops the app anyway.
    let _ = write_results(&mut out, rows, &figures.totals, &left_out);
    String::from_utf8_lossy(&out).into_owned()
}

/// A firm's problems in the page's words: "Row 4, employees: Enter …".
fn problems_text(firm: &FirmResult) -> String {
    let described: Vec<String> = firm.row_problems().iter().map(|problem| problem.describe()).collect();
    described.join(" | ")
}
