//! `furlough`: the engines on the command line, for payroll staff and analysts who batch-check
//! figures. Each subcommand reads its input on stdin and writes results on stdout.

use std::process::ExitCode;

const USAGE: &str = "\
usage: furlough <command> < input

commands:
  help     show this message
";

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    match command.as_str() {
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
