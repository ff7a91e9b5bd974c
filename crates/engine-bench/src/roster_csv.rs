//! A deterministic roster with realistic variety, the same as the engine's native benchmark
//! (`crates/engine/benches/roster.rs`): pay to the pound, ages 18–64, service up to the working
//! life, a few teams, some under-21s and apprentices, some not enrolled.

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

#[cfg(test)]
mod tests {
    use super::*;
    use furlough_engine::estimate::read_roster;

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
}
