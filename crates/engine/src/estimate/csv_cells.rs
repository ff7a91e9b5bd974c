//! Reading spreadsheet cells (the roster and supply-chain CSV files): columns found by header
//! name in any order, numbers as people type them (`£32,000`, `60%`, `yes`), and the problem of
//! a cell that cannot be read. Shared by both readers.

use std::str::FromStr;

use csv::StringRecord;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::csv_problems::CellProblem;
use crate::money::Money;
use crate::payroll::NicCategory;

/// Where each expected column is in the file (`None`: the file has no such column).
pub(super) struct Columns<const N: usize> {
    positions: [Option<usize>; N],
}

impl<const N: usize> Columns<N> {
    /// Finds `names` in the header (case and spaces ignored). Returns the unknown header names
    /// as an error, so a misspelt column is not silently ignored.
    pub fn find(header: &StringRecord, names: &[&str; N]) -> Result<Columns<N>, Vec<String>> {
        let mut positions = [None; N];
        let mut unknown = Vec::new();
        for (position, title) in header.iter().enumerate() {
            let title = title.trim().trim_start_matches('\u{feff}');
            match names
                .iter()
                .position(|name| name.eq_ignore_ascii_case(title))
            {
                Some(column) => positions[column] = Some(position),
                None if title.is_empty() => {}
                None => unknown.push(title.to_owned()),
            }
        }
        if unknown.is_empty() {
            Ok(Columns { positions })
        } else {
            Err(unknown)
        }
    }

    pub fn has(&self, column: usize) -> bool {
        self.positions.get(column).copied().flatten().is_some()
    }

    /// The trimmed cell, or `""` when the column or the cell is missing.
    pub fn cell<'r>(&self, record: &'r StringRecord, column: usize) -> &'r str {
        self.positions
            .get(column)
            .copied()
            .flatten()
            .and_then(|position| record.get(position))
            .map_or("", str::trim)
    }
}

/// A cell that could not be read: the problem says what belongs there.
pub(super) type CellResult<T> = Result<Option<T>, CellProblem>;

/// Empty cells are `None` (the default applies, or validation asks for the value).
fn optional<T>(cell: &str, read: impl FnOnce(&str) -> Result<T, CellProblem>) -> CellResult<T> {
    if cell.is_empty() {
        Ok(None)
    } else {
        read(cell).map(Some)
    }
}

/// A required cell: empty is a problem.
pub(super) fn required<T>(cell: CellResult<T>) -> Result<T, CellProblem> {
    cell.and_then(|value| value.ok_or(CellProblem::Empty))
}

pub(super) fn money(cell: &str) -> CellResult<Money> {
    optional(cell, |text| {
        Money::parse(text).map_err(|_| CellProblem::NotAnAmount)
    })
}

/// A whole number such as a headcount, an age or a number of weeks (`1,200` allowed).
pub(super) fn whole(cell: &str) -> CellResult<u32> {
    const WHOLE: CellProblem = CellProblem::NotAWholeNumber;
    optional(cell, |text| {
        let amount = Money::parse(text).map_err(|_| WHOLE)?.amount();
        if amount.fract().is_zero() {
            amount.to_u32().ok_or(WHOLE)
        } else {
            Err(WHOLE)
        }
    })
}

/// A decimal such as a percentage (`60`, `60%`, `37.5`) or a fraction (`0.25`).
pub(super) fn decimal(cell: &str) -> CellResult<Decimal> {
    optional(cell, |text| {
        let text = text.strip_suffix('%').unwrap_or(text).trim();
        let plain = !text.is_empty()
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
            && text.bytes().filter(|&b| b == b'.').count() <= 1
            && !text[1..].contains('-');
        if !plain {
            return Err(CellProblem::NotANumber);
        }
        Decimal::from_str(text).map_err(|_| CellProblem::NotANumber)
    })
}

pub(super) fn yes_no(cell: &str) -> CellResult<bool> {
    optional(cell, |text| match text.to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" | "1" => Ok(true),
        "no" | "n" | "false" | "0" => Ok(false),
        _ => Err(CellProblem::NotYesOrNo),
    })
}

pub(super) fn nic_category(cell: &str) -> CellResult<NicCategory> {
    optional(cell, |text| {
        NicCategory::from_letter(text).ok_or(CellProblem::NotANicCategory)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_read_as_people_type_them() {
        assert_eq!(money("£32,000.50"), Ok(Some(Money::pence(3_200_050))));
        assert_eq!(money(""), Ok(None));
        assert_eq!(whole("1,200"), Ok(Some(1200)));
        assert_eq!(whole("12.00"), Ok(Some(12)));
        assert_eq!(decimal("60%"), Ok(Some(Decimal::from(60))));
        assert_eq!(decimal("0.255"), Ok(Some(Decimal::new(255, 3))));
        assert_eq!(decimal("-0.02"), Ok(Some(Decimal::new(-2, 2))));
        assert_eq!(yes_no("Yes"), Ok(Some(true)));
        assert_eq!(yes_no("n"), Ok(Some(false)));
        assert_eq!(nic_category("m"), Ok(Some(NicCategory::M)));
    }

    #[test]
    fn unreadable_cells_say_what_belongs_there() {
        use CellProblem::*;
        assert_eq!(money("lots"), Err(NotAnAmount));
        assert_eq!(whole("-3"), Err(NotAWholeNumber));
        assert_eq!(whole("2.5"), Err(NotAWholeNumber));
        assert_eq!(whole("99999999999"), Err(NotAWholeNumber));
        assert_eq!(decimal("1e5"), Err(NotANumber));
        assert_eq!(decimal("6-0"), Err(NotANumber));
        assert_eq!(decimal("%"), Err(NotANumber));
        assert_eq!(yes_no("maybe"), Err(NotYesOrNo));
        assert_eq!(nic_category("B"), Err(NotANicCategory));
        assert_eq!(required(money("")), Err(Empty));
        assert_eq!(
            NotAWholeNumber.to_string(),
            "Enter a whole number, like 12."
        );
    }

    #[test]
    fn columns_are_found_by_name_in_any_order_and_unknown_ones_are_refused() {
        let header = StringRecord::from(vec!["\u{feff}Age", " annual_pay "]);
        let columns = Columns::find(&header, &["annual_pay", "age", "label"]).unwrap();
        assert!(columns.has(0) && columns.has(1) && !columns.has(2));
        let record = StringRecord::from(vec!["40", " 32000 "]);
        assert_eq!(
            (
                columns.cell(&record, 0),
                columns.cell(&record, 1),
                columns.cell(&record, 2)
            ),
            ("32000", "40", "")
        );
        let header = StringRecord::from(vec!["annual_pay", "salary"]);
        assert_eq!(
            Columns::find(&header, &["annual_pay"]).err(),
            Some(vec!["salary".to_string()])
        );
    }
}
