//! Per-employee figures: each row of the roster with the figures of the group of identical
//! employees it joined (the engine's per-person breakdown, spec steps 1, 3 and 7).

use furlough_engine::estimate::{GroupBreakdown, WeeklyPay};
use furlough_engine::Money;

use super::RosterFigures;

/// One employee's figures, per person and per week unless said otherwise.
#[derive(Clone, Debug, PartialEq)]
pub struct EmployeeFigures<'a> {
    /// The row in the file.
    pub row: u64,
    pub label: &'a str,
    pub annual_pay: Money,
    pub week: WeeklyPay,
    /// What the person is paid a week if furloughed.
    pub furlough_pay: Money,
    /// What the scheme pays a week if the person is furloughed (grant, and NIC and pension
    /// when covered).
    pub government: Money,
    /// What furloughing the person costs the firm a week.
    pub firm: Money,
    /// Statutory redundancy pay if the person is made redundant.
    pub redundancy_pay: Money,
}

impl RosterFigures {
    pub fn employee_count(&self) -> usize {
        self.file.reading.employees.len()
    }

    /// The employees of rows `from..to` (clamped), in file order: one page of the table.
    pub fn employees(&self, from: usize, to: usize) -> impl Iterator<Item = EmployeeFigures<'_>> {
        let rows = &self.file.reading.employees;
        let to = to.min(rows.len());
        rows[from.min(to)..to].iter().filter_map(|row| {
            let group = self.file.reading.groups.get(row.group)?;
            let breakdown: &GroupBreakdown = self.estimate.groups.get(row.group)?;
            Some(EmployeeFigures {
                row: row.line,
                label: &group.label,
                annual_pay: group.annual_pay?,
                week: breakdown.week,
                furlough_pay: breakdown.furlough.furlough_pay,
                government: breakdown.furlough.government().ok()?,
                firm: breakdown.furlough.firm().ok()?,
                redundancy_pay: breakdown.redundancy_pay,
            })
        })
    }
}
