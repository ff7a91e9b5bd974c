//! A roster CSV, one row per employee, as the workforce of a scenario. Identical employees
//! (same label, pay, age, service, NIC category and pension) become one group; that is exact,
//! because a roster's exposure is spread over the whole workforce ([`Exposure::WholeWorkforce`])
//! and every per-person figure depends only on those fields.
//!
//! [`Exposure::WholeWorkforce`]: super::Exposure::WholeWorkforce

use std::collections::HashMap;
use std::io::Read;

use csv::{ReaderBuilder, StringRecord};

use super::csv_cells::{self, required, Columns};
use super::csv_problems::{CellProblem, CsvFile, CsvFileProblem};
use super::problems::ScenarioProblem;
use super::scenario::WorkforceGroup;
use super::validation::person_problems;
use crate::money::Money;
use crate::payroll::NicCategory;

/// The roster's columns; `label`, `nic_category` and `pension_enrolled` may be left out
/// (blank label; category A; enrolled).
pub const ROSTER_HEADER: &str = "label,annual_pay,age,years_service,nic_category,pension_enrolled";
/// A file to start from, for the app's download link and the docs.
pub const ROSTER_TEMPLATE: &str = include_str!("../../templates/roster.csv");

const COLUMNS: [&str; 6] = [
    "label",
    "annual_pay",
    "age",
    "years_service",
    "nic_category",
    "pension_enrolled",
];
const REQUIRED: [usize; 3] = [1, 2, 3];
/// Problems listed before the rest are only counted.
const MAX_LISTED_PROBLEMS: usize = 100;

/// A problem in a roster: the file's line number (as a spreadsheet shows it) and the column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterError {
    pub line: u64,
    pub column: String,
    pub problem: RosterProblem,
}

/// What is wrong with a roster or one of its rows, as data (the app words it from its message
/// catalogue; [`Display`](std::fmt::Display) is the command line's English).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RosterProblem {
    /// The file cannot be read, or its header is not a roster's: no row is read.
    File(CsvFileProblem),
    Cell(CellProblem),
    /// A row the engine would refuse (its pay, age, service or NIC category).
    Person(ScenarioProblem),
    /// How many problems there are beyond the ones listed.
    MoreProblems(usize),
    NoEmployees,
}

impl RosterError {
    /// The engine's plain English, as the command line prints it.
    pub fn message(&self) -> String {
        self.problem.to_string()
    }
}

impl std::fmt::Display for RosterProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RosterProblem::File(problem) => problem.fmt(f),
            RosterProblem::Cell(problem) => problem.fmt(f),
            RosterProblem::Person(problem) => problem.fmt(f),
            RosterProblem::MoreProblems(more) => write!(f, "… and {more} more problems."),
            RosterProblem::NoEmployees => f.write_str(
                "The roster has no employees: add one row per employee under the header.",
            ),
        }
    }
}

impl std::fmt::Display for RosterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.column.is_empty() {
            write!(f, "line {}: {}", self.line, self.problem)
        } else {
            write!(f, "line {}, {}: {}", self.line, self.column, self.problem)
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Employee {
    label: usize,
    annual_pay: Money,
    age: u32,
    years_service: u32,
    nic_category: NicCategory,
    pension_enrolled: bool,
}

/// A roster as read: the employees whose rows could be read, and the problems of the rest.
/// A bad row leaves out that row only, so the good rows can still be estimated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RosterReading {
    /// Identical employees grouped, in order of first appearance.
    pub groups: Vec<WorkforceGroup>,
    /// Each row that could be read, in file order.
    pub employees: Vec<RosterRow>,
    /// Problems with the file, or with rows that are left out (the first 100 in full).
    pub errors: Vec<RosterError>,
    /// How many rows were left out for their problems, all of them (`errors` lists only the
    /// first problems in full, and a row can have several).
    pub rows_left_out: usize,
}

/// An employee's row: where it is in the file and which group it joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RosterRow {
    pub line: u64,
    /// An index into [`RosterReading::groups`].
    pub group: usize,
}

/// Reads a roster into groups of identical employees, in order of first appearance. Every
/// problem is reported (the first 100 in full), each with its line and column; any problem
/// refuses the whole roster (see [`read_roster_rows`] to keep the good rows).
pub fn read_roster(csv: impl Read) -> Result<Vec<WorkforceGroup>, Vec<RosterError>> {
    let reading = read_roster_rows(csv);
    if reading.errors.is_empty() {
        Ok(reading.groups)
    } else {
        Err(reading.errors)
    }
}

/// Reads every row that can be read and reports the others, each with its line (as a
/// spreadsheet numbers it, notes included) and column.
pub fn read_roster_rows(csv: impl Read) -> RosterReading {
    // No trimming by the reader: `Columns` trims the headers it matches and each cell it reads.
    // Trimming every field of every record as well took a sixth of the time to read a
    // 10,000-row roster in the browser.
    let mut reader = ReaderBuilder::new()
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(csv);
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(e) => {
            return RosterReading::refused(problem(
                1,
                "",
                RosterProblem::File(CsvFileProblem::Unreadable(e.to_string())),
            ))
        }
    };
    let columns = match Columns::find(&header, &COLUMNS) {
        Ok(columns) => columns,
        Err(unknown) => {
            return RosterReading::refused(problem(
                1,
                "",
                RosterProblem::File(CsvFileProblem::UnknownColumns {
                    file: CsvFile::Roster,
                    unknown,
                }),
            ))
        }
    };
    let missing: Vec<&str> = REQUIRED
        .iter()
        .filter(|&&c| !columns.has(c))
        .map(|&c| COLUMNS[c])
        .collect();
    if !missing.is_empty() {
        return RosterReading::refused(problem(
            1,
            "",
            RosterProblem::File(CsvFileProblem::MissingColumns {
                file: CsvFile::Roster,
                missing,
            }),
        ));
    }

    let mut rows = Rows::default();
    let mut record = StringRecord::new();
    let mut any_row = false;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => any_row = true,
            Err(e) => {
                rows.errors.push(problem(
                    e.position().map_or(0, |p| p.line()),
                    "",
                    RosterProblem::File(CsvFileProblem::Unreadable(e.to_string())),
                ));
                break;
            }
        }
        rows.read(&columns, &record);
    }
    if rows.more_problems > 0 {
        let more = RosterProblem::MoreProblems(rows.more_problems);
        rows.errors.push(problem(0, "", more));
    }
    if !any_row && rows.errors.is_empty() {
        rows.errors.push(problem(2, "", RosterProblem::NoEmployees));
    }
    rows.into_reading()
}

fn problem(line: u64, column: &str, problem: RosterProblem) -> RosterError {
    RosterError {
        line,
        column: column.into(),
        problem,
    }
}

impl RosterReading {
    fn refused(error: RosterError) -> RosterReading {
        RosterReading {
            errors: vec![error],
            ..RosterReading::default()
        }
    }
}

/// The rows read so far: labels and groups interned, so a large roster of similar people
/// stays small.
#[derive(Default)]
struct Rows {
    labels: HashMap<String, usize>,
    label_names: Vec<String>,
    index: HashMap<Employee, usize>,
    groups: Vec<(Employee, u32)>,
    employees: Vec<RosterRow>,
    errors: Vec<RosterError>,
    more_problems: usize,
    rows_left_out: usize,
}

impl Rows {
    fn read(&mut self, columns: &Columns<6>, record: &StringRecord) {
        let line = record.position().map_or(0, |p| p.line());
        let annual_pay = required(csv_cells::money(columns.cell(record, 1)));
        let age = required(csv_cells::whole(columns.cell(record, 2)));
        let years_service = required(csv_cells::whole(columns.cell(record, 3)));
        let nic_category = csv_cells::nic_category(columns.cell(record, 4));
        let pension_enrolled = csv_cells::yes_no(columns.cell(record, 5));
        let (annual_pay, age, years_service, nic_category, pension_enrolled) = match (
            annual_pay,
            age,
            years_service,
            nic_category,
            pension_enrolled,
        ) {
            (Ok(pay), Ok(age), Ok(years), Ok(category), Ok(enrolled)) => {
                (pay, age, years, category, enrolled)
            }
            (pay, age, years, category, enrolled) => {
                let errors = [
                    pay.err(),
                    age.err(),
                    years.err(),
                    category.err(),
                    enrolled.err(),
                ];
                for (column, cell) in errors.into_iter().enumerate() {
                    if let Some(cell) = cell {
                        self.report(line, COLUMNS[column + 1], RosterProblem::Cell(cell));
                    }
                }
                self.rows_left_out += 1;
                return;
            }
        };
        let defaults = WorkforceGroup::default();
        let employee = Employee {
            label: self.label(columns.cell(record, 0)),
            annual_pay,
            age,
            years_service,
            nic_category: nic_category.unwrap_or(defaults.nic_category),
            pension_enrolled: pension_enrolled.unwrap_or(defaults.pension_enrolled),
        };
        let group = match self.index.get(&employee).copied() {
            Some(group) => {
                if let Some((_, count)) = self.groups.get_mut(group) {
                    *count = count.saturating_add(1);
                }
                group
            }
            None if self.passes_checks(line, &employee) => {
                self.index.insert(employee, self.groups.len());
                self.groups.push((employee, 1));
                self.groups.len() - 1
            }
            None => {
                self.rows_left_out += 1;
                return;
            }
        };
        self.employees.push(RosterRow { line, group });
    }

    /// The engine's checks of a person (pay, age, service, NIC category), made per row so that
    /// a bad row is named by its line and left out instead of refusing the whole roster.
    fn passes_checks(&mut self, line: u64, employee: &Employee) -> bool {
        let person = WorkforceGroup {
            annual_pay: Some(employee.annual_pay),
            age: employee.age,
            years_service: employee.years_service,
            nic_category: employee.nic_category,
            ..WorkforceGroup::default()
        };
        let problems = person_problems(&person);
        let passes = problems.is_empty();
        for (column, problem) in problems {
            self.report(line, column, RosterProblem::Person(problem));
        }
        passes
    }

    fn label(&mut self, text: &str) -> usize {
        match self.labels.get(text) {
            Some(&label) => label,
            None => {
                self.labels.insert(text.to_owned(), self.label_names.len());
                self.label_names.push(text.to_owned());
                self.label_names.len() - 1
            }
        }
    }

    fn report(&mut self, line: u64, column: &str, reported: RosterProblem) {
        if self.errors.len() < MAX_LISTED_PROBLEMS {
            self.errors.push(problem(line, column, reported));
        } else {
            self.more_problems += 1;
        }
    }

    fn into_reading(self) -> RosterReading {
        let label_names = self.label_names;
        let groups = self
            .groups
            .into_iter()
            .map(|(e, employees)| WorkforceGroup {
                label: label_names.get(e.label).cloned().unwrap_or_default(),
                employees: Some(employees),
                annual_pay: Some(e.annual_pay),
                age: e.age,
                years_service: e.years_service,
                nic_category: e.nic_category,
                pension_enrolled: e.pension_enrolled,
            })
            .collect();
        RosterReading {
            groups,
            employees: self.employees,
            errors: self.errors,
            rows_left_out: self.rows_left_out,
        }
    }
}

#[cfg(test)]
mod tests;
