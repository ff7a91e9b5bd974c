//! The roster's results as a CSV file, one row per employee, for the user's own records. It is
//! made in the browser and saved by the browser: nothing is sent anywhere.

use super::RosterFigures;

/// The file's columns; amounts are pounds with two decimals, per week unless named otherwise.
pub const EMPLOYEE_RESULTS_HEADER: [&str; 11] = [
    "row",
    "label",
    "annual_pay",
    "weekly_pay",
    "employer_nic",
    "employer_pension",
    "weekly_cost",
    "furlough_pay",
    "government_pays_if_furloughed",
    "firm_pays_if_furloughed",
    "redundancy_pay",
];

/// The per-employee results as CSV text.
pub fn employee_results_csv(figures: &RosterFigures) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory fails only if memory runs out, which stops the app anyway.
    let _ = write(figures, &mut writer);
    String::from_utf8_lossy(writer.get_ref()).into_owned()
}

fn write(figures: &RosterFigures, writer: &mut csv::Writer<Vec<u8>>) -> Result<(), csv::Error> {
    writer.write_record(EMPLOYEE_RESULTS_HEADER)?;
    for employee in figures.employees(0, figures.employee_count()) {
        writer.write_record([
            employee.row.to_string(),
            employee.label.to_string(),
            employee.annual_pay.to_string(),
            employee.week.pay.to_string(),
            employee.week.employer_nic.to_string(),
            employee.week.employer_pension.to_string(),
            employee.week.cost.to_string(),
            employee.furlough_pay.to_string(),
            employee.government.to_string(),
            employee.firm.to_string(),
            employee.redundancy_pay.to_string(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}
