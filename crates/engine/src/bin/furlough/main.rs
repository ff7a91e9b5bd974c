//! `furlough`: the engines on the command line, for payroll staff and analysts who batch-check
//! figures. Each subcommand reads its input on stdin and writes results on stdout.

mod cases;
mod claim;

use std::io::{self, BufWriter};
use std::process::ExitCode;

const USAGE: &str = "\
usage: furlough <command> < input

commands:
  claim    CJRS claims, one JSON object per line, each answered by one JSON line
  help     show this message
";

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    match command.as_str() {
        "claim" => match claim::run(io::stdin().lock(), BufWriter::new(io::stdout().lock())) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::from(1),
            Err(error) => {
                eprintln!("furlough claim: {error}");
                ExitCode::from(2)
            }
        },
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("furlough: unknown command {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
