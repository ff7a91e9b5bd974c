//! `furlough`: the engines on the command line, for payroll staff and analysts who batch-check
//! figures. Each subcommand reads its input on stdin and writes results on stdout.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

mod cases;
mod claim;
mod estimate;
mod supply_chain;

use std::io::{self, BufWriter};
use std::process::ExitCode;

const USAGE: &str = "\
usage: furlough <command> [options] < input

commands:
  claim         CJRS claims, one JSON object per line, each answered by one JSON line
  estimate      one scenario (JSON) per line in, one result (JSON) per line out
                  --roster FILE   use a roster CSV as every scenario's workforce
                  --detail        print the whole estimate (breakdown, cash by week, assumptions)
  supply-chain  firms (CSV) in, one result row per firm and a TOTAL row (CSV) out
                  --scheme ID     the chain's scheme preset (default supply-chain-26-weeks)
                  --tax-year YEAR the tax year, like 2025-26 (default: the newest we hold)
  help          show this message
";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    let options: Vec<String> = args.collect();
    let result = match command.as_str() {
        "claim" => run_claim(),
        "estimate" => estimate::run(&options),
        "supply-chain" => supply_chain::run(&options),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => Err(format!("unknown command {other:?}")),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("furlough: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Exit status 1 when a line could not be answered (the other lines still were).
fn run_claim() -> Result<ExitCode, String> {
    match claim::run(io::stdin().lock(), BufWriter::new(io::stdout().lock())) {
        Ok(true) => Ok(ExitCode::SUCCESS),
        Ok(false) => Ok(ExitCode::from(1)),
        Err(error) => Err(format!("claim: {error}")),
    }
}
