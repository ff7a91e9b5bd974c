//! `furlough supply-chain`: a CSV of firms on stdin (header: `SUPPLY_CHAIN_HEADER`; template
//! `crates/engine/templates/supply-chain.csv`), a CSV of results on stdout with one row per
//! firm and a TOTAL row. A bad row is reported in its `error` column and on stderr; the other
//! rows still count, and the exit status is 1 at the end.

use std::io::{self, Write};
use std::process::ExitCode;

use furlough_engine::estimate::{
    describe_errors, firms_left_out, read_firms, write_results, Scenario, SchemePreset, SupplyChainTotals,
};
use furlough_engine::payroll::TaxYear;

pub fn run(options: &[String]) -> Result<ExitCode, String> {
    let mut base = Scenario {
        scheme: SchemePreset::SupplyChain26Weeks.scheme(),
        ..Scenario::default()
    };
    let mut options = options.iter();
    while let Some(option) = options.next() {
        match option.as_str() {
            "--scheme" => {
                let id = options.next().ok_or("--scheme needs a preset id")?;
                let preset = SchemePreset::from_id(id).ok_or_else(|| {
                    let ids: Vec<&str> = SchemePreset::ALL.iter().map(|p| p.id()).collect();
                    format!("unknown scheme {id:?}; the presets are {}", ids.join(", "))
                })?;
                base.scheme = preset.scheme();
            }
            "--tax-year" => {
                let year = options
                    .next()
                    .ok_or("--tax-year needs a year, like 2025-26")?;
                base.tax_year = Some(
                    year.parse::<TaxYear>()
                        .map_err(|e| format!("--tax-year {year:?}: {e}"))?,
                );
            }
            other => return Err(format!("supply-chain: unknown option {other:?}")),
        }
    }

    let firms = read_firms(io::stdin().lock(), &base).map_err(|e| e.to_string())?;
    let rows: Vec<_> = firms
        .into_iter()
        .map(|firm| {
            let result = firm.estimate();
            (firm, result)
        })
        .collect();
    let totals = SupplyChainTotals::of(rows.iter().filter_map(|(_, result)| result.as_ref().ok()))
        .map_err(|e| format!("the totals could not be calculated: {e}"))?;
    let written = rows.iter().map(|(firm, result)| {
        (firm, result.as_ref().map_err(|errors| describe_errors(firm.line, errors)))
    });
    let left_out = rows.iter().filter(|(_, result)| result.is_err()).count();
    write_results(io::stdout().lock(), written, &totals, &firms_left_out(left_out))
        .map_err(|e| format!("could not write the results: {e}"))?;

    let mut stderr = io::stderr().lock();
    let mut failed = false;
    for (firm, result) in &rows {
        if let Err(errors) = result {
            failed = true;
            // Nothing more to do if stderr itself is closed.
            let _ = writeln!(stderr, "{}", describe_errors(firm.line, errors));
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
