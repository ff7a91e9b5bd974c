//! The numbers behind a chart as a table: the same exact figures the chart is drawn from, for
//! people who cannot see the picture or want the figures.

use super::data::{Bar, Series, ValueUnit};
use crate::format;
use crate::messages::{text, ChartText};

/// Column headings, then rows whose first cell heads the row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TableData {
    pub headings: Vec<String>,
    pub rows: Vec<TableRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    pub heading: String,
    pub cells: Vec<String>,
}

/// A row per week (every week any series has), a column per series.
pub fn line_table(week_heading: &str, series: &[Series], unit: ValueUnit) -> TableData {
    let mut weeks: Vec<u32> = series.iter().flat_map(|s| s.points.iter().map(|p| p.week)).collect();
    weeks.sort_unstable();
    weeks.dedup();
    let headings = std::iter::once(week_heading.to_string()).chain(series.iter().map(|s| s.name.to_string())).collect();
    let rows = weeks
        .into_iter()
        .map(|week| TableRow {
            heading: format::count(u64::from(week)),
            cells: series
                .iter()
                .map(|s| match s.points.iter().find(|p| p.week == week) {
                    Some(point) => unit.exact(point.value),
                    None => text(ChartText::NoValue).to_string(),
                })
                .collect(),
        })
        .collect();
    TableData { headings, rows }
}

/// A row per bar.
pub fn bar_table(category_heading: &str, value_heading: &str, bars: &[Bar], unit: ValueUnit) -> TableData {
    TableData {
        headings: vec![category_heading.to_string(), value_heading.to_string()],
        rows: bars
            .iter()
            .map(|bar| TableRow { heading: bar.label.to_string(), cells: vec![unit.exact(bar.value)] })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::charts::data::{Point, SeriesStyle};
    use rust_decimal::Decimal;

    #[test]
    fn a_line_table_has_a_row_per_week_and_marks_missing_figures() {
        let a = Series {
            name: "A".into(),
            points: vec![Point::new(1, Decimal::new(150, 2)), Point::new(0, Decimal::from(1000))],
            style: SeriesStyle::Solid,
        };
        let b = Series { name: "B".into(), points: vec![Point::new(1, Decimal::from(-2))], style: SeriesStyle::Dashed };
        let table = line_table("Week", &[a, b], ValueUnit::Money);
        assert_eq!(table.headings, ["Week", "A", "B"]);
        assert_eq!(table.rows[0], TableRow { heading: "0".into(), cells: vec!["£1,000.00".into(), "–".into()] });
        assert_eq!(table.rows[1], TableRow { heading: "1".into(), cells: vec!["£1.50".into(), "-£2.00".into()] });
    }

    #[test]
    fn a_bar_table_has_a_row_per_bar() {
        let bars = [Bar { label: "Firm".into(), value: Decimal::from(8), style: SeriesStyle::Solid }];
        let table = bar_table("Who pays", "Cost a week", &bars, ValueUnit::Count);
        assert_eq!(table.headings, ["Who pays", "Cost a week"]);
        assert_eq!(table.rows, [TableRow { heading: "Firm".into(), cells: vec!["8".into()] }]);
    }
}
