//! A deterministic roster with realistic variety: pay to the pound, ages 18–64, service up to
//! the working life, a few teams, some under-21s and apprentices, some not enrolled. One file
//! for both benchmarks of it: the engine's native one (`../roster.rs`) and `make bench`'s
//! native-and-wasm one (`crates/engine-bench`, whose tests cover it).

const HEADER: &str = "label,annual_pay,age,years_service,nic_category,pension_enrolled\n";
const TEAMS: [&str; 6] = ["Assembly", "Paint", "Logistics", "Maintenance", "Quality", "Office"];

/// The CSV of `employees` generated employees, with the template's header.
pub fn roster_csv(employees: usize) -> String {
    let mut csv = String::from(HEADER);
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    for _ in 0..employees {
        let age = 18 + next(47);
        let years = next(age - 15 + 1);
        let category = match next(20) {
            0 if age < 21 => "M",
            1 if age < 25 => "H",
            _ => "A",
        };
        let enrolled = if next(10) == 0 { "no" } else { "yes" };
        let pay = 18_000 + next(42_000);
        let team = TEAMS[next(TEAMS.len() as u64) as usize];
        csv.push_str(&format!("{team},{pay},{age},{years},{category},{enrolled}\n"));
    }
    csv
}

