//! The supply chain's results as a CSV file: the engine's results format (one row per firm,
//! problems in the `error` column, a TOTAL row), as `furlough supply-chain` writes it, with the
//! notes in the `error` column worded by the catalogue, as the page words them.

use furlough_engine::estimate::{write_results, ResultNotes, ScenarioErrors};

use super::{file_column, SupplyChainFigures};
use crate::derive::problem_text::scenario_problem;
use crate::derive::row_problems::RowProblem;
use crate::messages::{text_count, SupplyChainText};

/// The results as CSV text. A typed firm's `line` is its row in the table.
pub fn supply_chain_results_csv(figures: &SupplyChainFigures) -> String {
    let rows: Vec<_> = figures.firms.iter().map(|firm| (firm.row.clone(), firm.result.clone())).collect();
    let mut out = Vec::new();
    // Writing to memory fails only if memory runs out, which stops the app anyway.
    let _ = write_results(&mut out, &rows, &figures.totals, &PageNotes);
    String::from_utf8_lossy(&out).into_owned()
}

/// The `error` column in the page's words: "Row 4, employees: Enter …".
struct PageNotes;

impl ResultNotes for PageNotes {
    fn firm_problems(&self, line: u64, errors: &ScenarioErrors) -> String {
        let described: Vec<String> = errors
            .errors()
            .iter()
            .map(|error| {
                let column = file_column(&error.field).to_string();
                RowProblem { row: line, column, message: scenario_problem(&error.problem) }.describe()
            })
            .collect();
        described.join(" | ")
    }

    fn firms_left_out(&self, count: usize) -> String {
        match count {
            0 => String::new(),
            n => text_count(SupplyChainText::FirmsLeftOutOne, SupplyChainText::FirmsLeftOut, n),
        }
    }
}
