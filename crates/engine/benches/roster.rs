//! 100,000-employee roster: parse the CSV and estimate, natively. Run with
//! `cargo bench -p furlough-engine --bench roster`; prints the median of several runs of parse
//! alone, estimate alone, and both, plus a typical small firm (the app's per-keystroke case).

use std::hint::black_box;
use std::time::{Duration, Instant};

use furlough_engine::estimate::{estimate, read_roster, Scenario};

#[path = "support/roster_csv.rs"]
mod roster_csv;
use roster_csv::roster_csv;

const EMPLOYEES: usize = 100_000;
const RUNS: usize = 7;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let csv = roster_csv(EMPLOYEES);
    let base =
        Scenario::from_json(r#"{"tax_year":"2025-26","lost_output_pct":60,"shutdown_weeks":6}"#)
            .expect("base scenario");
    let groups = read_roster(csv.as_bytes()).expect("the generated roster is valid");
    let mut scenario = base.clone();
    scenario.use_roster(groups.clone());
    let result = estimate(&scenario).expect("the roster scenario is valid");

    let parse = time(|| read_roster(csv.as_bytes()));
    let compute = time(|| estimate(&scenario));
    let both = time(|| {
        let mut scenario = base.clone();
        scenario.use_roster(read_roster(csv.as_bytes()).expect("valid"));
        estimate(&scenario)
    });
    let small = Scenario::from_json(
        r#"{"tax_year":"2025-26","lost_output_pct":60,"shutdown_weeks":6,"workforce":[
            {"employees":150,"annual_pay":"32000"},{"employees":40,"annual_pay":"24000","age":22,"years_service":2},
            {"employees":10,"annual_pay":"45000","age":55,"years_service":25}]}"#,
    )
    .expect("small firm");
    let typical = time(|| estimate(&small));

    println!(
        "roster: {EMPLOYEES} employees, {} bytes of CSV, {} distinct groups",
        csv.len(),
        groups.len()
    );
    println!(
        "  exposed jobs {}, government cost £{}",
        result.exposed_jobs, result.government_cost
    );
    println!("median of {RUNS} runs:");
    println!(
        "  parse roster CSV     {:>9.1} ms",
        parse.as_secs_f64() * 1e3
    );
    println!(
        "  estimate             {:>9.1} ms",
        compute.as_secs_f64() * 1e3
    );
    println!(
        "  parse + estimate     {:>9.1} ms",
        both.as_secs_f64() * 1e3
    );
    println!(
        "  typical firm (3 groups) estimate {:>7.1} µs",
        typical.as_secs_f64() * 1e6
    );
}
