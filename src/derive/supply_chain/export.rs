//! The supply chain's results as a CSV file: the engine's results format (one row per firm,
//! problems in the `error` column, a TOTAL row), as `furlough supply-chain` writes it, with the
//! notes in the `error` column worded by the catalogue, as the page words them.

use furlough_engine::estimate::{write_results, ResultNotes, ScenarioErrors};

use super::{FirmResult, SupplyChainFigures};
use crate::messages::{text_count, SupplyChainText};

/// The results as CSV text. A typed firm's `line` is its row in the table.
pub fn supply_chain_results_csv(figures: &SupplyChainFigures) -> String {
    let rows: Vec<_> = figures.firms.iter().map(|firm| (firm.row.clone(), firm.result.clone())).collect();
    let mut out = Vec::new();
    // Writing to memory fails only if memory runs out, which stops the app anyway.
    let _ = write_results(&mut out, &rows, &figures.totals, &PageNotes { firms: &figures.firms });
    String::from_utf8_lossy(&out).into_owned()
}

/// The `error` column in the page's words: "Row 4, employees: Enter …".
struct PageNotes<'a> {
    /// The firms written, in order.
    firms: &'a [FirmResult],
}

impl ResultNotes for PageNotes<'_> {
    fn firm_problems(&self, index: usize, _line: u64, _errors: &ScenarioErrors) -> String {
        let problems = self.firms.get(index).map(FirmResult::row_problems).unwrap_or_default();
        let described: Vec<String> = problems.iter().map(|problem| problem.describe()).collect();
        described.join(" | ")
    }

    fn firms_left_out(&self, count: usize) -> String {
        match count {
            0 => String::new(),
            n => text_count(SupplyChainText::FirmsLeftOutOne, SupplyChainText::FirmsLeftOut, n),
        }
    }
}
