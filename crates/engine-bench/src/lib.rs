//! The engine's heaviest workload, a large roster pasted as CSV, read and estimated, built the
//! same way natively and to wasm so `make bench` can compare them (wasm ÷ native, issue 7).
//! The timing is done by the caller (Rust's `Instant` natively, `performance.now()` in Node),
//! around the same [`Workload::run`].

#[path = "../../engine/benches/support/roster_csv.rs"]
mod roster_csv;

use furlough_engine::estimate::{estimate, read_roster, Scenario};

pub use roster_csv::roster_csv;

/// The questions a roster does not answer, as in the engine's own benchmark.
const BASE_SCENARIO: &str = r#"{"tax_year":"2025-26","lost_output_pct":60,"shutdown_weeks":6}"#;

/// A generated roster and the scenario it completes.
pub struct Workload {
    csv: String,
    base: Scenario,
}

impl Workload {
    pub fn new(employees: usize) -> Workload {
        let base = Scenario::from_json(BASE_SCENARIO).unwrap_or_else(|errors| panic!("base scenario: {errors:?}"));
        Workload { csv: roster_csv(employees), base }
    }

    /// Reads the CSV and estimates, as the app does for a pasted roster. Returns the cost to the
    /// government, so the two builds can be checked to agree to the penny.
    pub fn run(&self) -> String {
        let groups = read_roster(self.csv.as_bytes()).unwrap_or_else(|errors| panic!("generated roster: {errors:?}"));
        let mut scenario = self.base.clone();
        scenario.use_roster(groups);
        let result = estimate(&scenario).unwrap_or_else(|errors| panic!("roster scenario: {errors:?}"));
        result.government_cost.to_string()
    }
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use wasm_bindgen::prelude::*;

    /// The workload for JavaScript: built once, run as often as the caller times it.
    #[wasm_bindgen]
    pub struct RosterWorkload(super::Workload);

    #[wasm_bindgen]
    impl RosterWorkload {
        #[wasm_bindgen(constructor)]
        pub fn new(employees: usize) -> RosterWorkload {
            RosterWorkload(super::Workload::new(employees))
        }

        pub fn run(&self) -> String {
            self.0.run()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_roster_has_one_row_per_employee_and_the_engine_reads_it() {
        let csv = roster_csv(500);
        assert_eq!(csv.lines().count(), 501);
        let groups = read_roster(csv.as_bytes()).unwrap();
        let employees: u32 = groups.iter().map(|group| group.employees.unwrap()).sum();
        assert_eq!(employees, 500);
    }

    #[test]
    fn the_same_size_gives_the_same_roster() {
        assert_eq!(roster_csv(50), roster_csv(50));
    }

    #[test]
    fn the_workload_gives_the_cost_to_the_government_to_the_penny() {
        let cost = Workload::new(200).run();
        let amount = furlough_engine::Money::parse(&cost).unwrap();
        assert!(amount > furlough_engine::Money::ZERO, "{cost}");
        assert_eq!(cost.split('.').nth(1).map(str::len), Some(2), "{cost}");
    }
}
