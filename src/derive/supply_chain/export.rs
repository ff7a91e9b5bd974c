//! The supply chain's results as a CSV file: the engine's results format (one row per firm,
//! problems in the `error` column, a TOTAL row), as `furlough supply-chain` writes it.

use furlough_engine::estimate::write_results;

use super::SupplyChainFigures;

/// The results as CSV text. A typed firm's `line` is its row in the table.
pub fn supply_chain_results_csv(figures: &SupplyChainFigures) -> String {
    let rows: Vec<_> = figures.firms.iter().map(|firm| (firm.row.clone(), firm.result.clone())).collect();
    let mut out = Vec::new();
    // Writing to memory fails only if memory runs out, which stops the app anyway.
    let _ = write_results(&mut out, &rows, &figures.totals);
    String::from_utf8_lossy(&out).into_owned()
}
