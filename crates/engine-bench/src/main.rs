//! The native side of the engine benchmark, driven by `scripts/bench/engine.mjs`:
//!
//! - `furlough-engine-bench time EMPLOYEES RUNS` prints one JSON line: each run's milliseconds
//!   and the workload's result (to check against the wasm build's);
//! - `furlough-engine-bench csv EMPLOYEES` prints the generated roster (the browser benchmark
//!   pastes it into the roster view).

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use furlough_engine_bench::{roster_csv, Workload};

const USAGE: &str = "usage: furlough-engine-bench (time EMPLOYEES RUNS | csv EMPLOYEES)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |index: usize| args.get(index).and_then(|text| text.parse::<usize>().ok());
    match (args.first().map(String::as_str), number(1), number(2)) {
        (Some("time"), Some(employees), Some(runs)) => {
            let workload = Workload::new(employees);
            let mut times = Vec::with_capacity(runs);
            let mut result = String::new();
            for _ in 0..runs {
                let start = Instant::now();
                result = black_box(workload.run());
                times.push(start.elapsed().as_secs_f64() * 1e3);
            }
            let times: Vec<String> = times.iter().map(|ms| format!("{ms:.3}")).collect();
            println!(r#"{{"times_ms":[{}],"result":"{result}"}}"#, times.join(","));
            ExitCode::SUCCESS
        }
        (Some("csv"), Some(employees), None) => {
            print!("{}", roster_csv(employees));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::FAILURE
        }
    }
}
