//! The charts' text alternatives, series by series, for the SVG's `<desc>`: what a reader of
//! the picture would see (where a line starts, ends and bottoms out, when it goes below zero;
//! the levels of a step line and the weeks they hold for; each bar's value).

use rust_decimal::Decimal;

use super::data::{Bar, LineShape, Point, Series, ValueUnit, WeekReading};
use crate::messages::{text, text_with, ChartText};

/// A step line with more levels than this is told by its ends instead.
const MAX_RUNS_TOLD: usize = 6;

/// Every series in turn; or that there is nothing to show.
pub fn describe_lines(series: &[Series], unit: ValueUnit, reading: WeekReading, shape: LineShape) -> String {
    if series.iter().all(|s| s.points.is_empty()) {
        return text(ChartText::NoData).to_string();
    }
    series
        .iter()
        .map(|s| {
            let points = s.points_by_week();
            let runs = runs(&points);
            match shape {
                LineShape::Steps if runs.len() <= MAX_RUNS_TOLD => told_by_runs(&s.name, &runs, unit, reading),
                _ => told_by_ends(&s.name, &points, unit, reading),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each bar's label and value.
pub fn describe_bars(bars: &[Bar], unit: ValueUnit) -> String {
    if bars.is_empty() {
        return text(ChartText::NoData).to_string();
    }
    bars.iter()
        .map(|bar| text_with(ChartText::BarValue, &[("label", &bar.label), ("value", &unit.exact(bar.value))]))
        .collect::<Vec<_>>()
        .join(" ")
}

fn told_by_ends(name: &str, points: &[Point], unit: ValueUnit, reading: WeekReading) -> String {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return text_with(ChartText::SeriesEmpty, &[("name", name)]);
    };
    let lowest = points.iter().fold(*first, |low, &p| if p.value < low.value { p } else { low });
    let mut told = text_with(
        ChartText::SeriesRange,
        &[
            ("name", name),
            ("first", &unit.exact(first.value)),
            ("first_at", &reading.at(first.week)),
            ("last", &unit.exact(last.value)),
            ("last_at", &reading.at(last.week)),
            ("lowest", &unit.exact(lowest.value)),
            ("lowest_at", &reading.at(lowest.week)),
        ],
    );
    if let Some(below) = points.iter().find(|p| p.value < Decimal::ZERO) {
        told.push(' ');
        told.push_str(&text_with(ChartText::SeriesBelowZero, &[("at", &reading.at(below.week))]));
    }
    told
}

fn told_by_runs(name: &str, runs: &[Run], unit: ValueUnit, reading: WeekReading) -> String {
    if runs.is_empty() {
        return text_with(ChartText::SeriesEmpty, &[("name", name)]);
    }
    let told: Vec<String> = runs
        .iter()
        .map(|run| {
            let range = reading.span(run.from, run.to);
            text_with(ChartText::SeriesRun, &[("value", &unit.exact(run.value)), ("range", &range)])
        })
        .collect();
    let separator = text(ChartText::SeriesRunsSeparator);
    text_with(ChartText::SeriesRuns, &[("name", name), ("runs", &told.join(separator))])
}

/// Weeks `from..=to` over which a series keeps one value.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Run {
    from: u32,
    to: u32,
    value: Decimal,
}

fn runs(sorted: &[Point]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for point in sorted {
        match runs.last_mut() {
            Some(run) if run.value == point.value => run.to = point.week,
            _ => runs.push(Run { from: point.week, to: point.week, value: point.value }),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::charts::data::SeriesStyle;

    fn series(name: &str, values: &[(u32, i64)]) -> Series {
        let points = values.iter().map(|&(w, v)| Point::new(w, Decimal::from(v))).collect();
        Series { name: name.to_string().into(), points, style: SeriesStyle::Solid }
    }

    #[test]
    fn a_line_is_told_by_its_ends_its_lowest_point_and_when_it_goes_below_zero() {
        let cash = series("Without the scheme", &[(0, 600_000), (1, 100_000), (2, -50_000), (3, -40_000)]);
        assert_eq!(
            describe_lines(&[cash], ValueUnit::Money, WeekReading::WeekNumber, LineShape::Straight),
            "Without the scheme: £600,000.00 in week 0 and -£40,000.00 in week 3; lowest -£50,000.00 in week 2. \
             It is first below zero in week 2."
        );
    }

    #[test]
    fn a_step_line_is_told_by_its_levels_and_the_weeks_they_hold_for() {
        let jobs = series("With the scheme", &[(1, 0), (2, 0), (3, 120), (4, 200), (5, 200)]);
        assert_eq!(
            describe_lines(&[jobs], ValueUnit::Count, WeekReading::Length, LineShape::Steps),
            "With the scheme: 0 from 1 to 2 weeks; 120 at 3 weeks; 200 from 4 to 5 weeks."
        );
    }

    #[test]
    fn a_step_line_with_many_levels_is_told_by_its_ends() {
        let jobs = series("Jobs", &(1..=8).map(|w| (w, i64::from(w))).collect::<Vec<_>>());
        let told = describe_lines(&[jobs], ValueUnit::Count, WeekReading::Length, LineShape::Steps);
        assert!(told.starts_with("Jobs: 1 at 1 week and 8 at 8 weeks"), "{told}");
    }

    #[test]
    fn nothing_to_show_is_said() {
        assert_eq!(
            describe_lines(&[], ValueUnit::Money, WeekReading::WeekNumber, LineShape::Straight),
            "There are no figures to show."
        );
        let both = [series("A", &[(0, 1)]), series("B", &[])];
        let told = describe_lines(&both, ValueUnit::Count, WeekReading::WeekNumber, LineShape::Steps);
        assert_eq!(told, "A: 1 in week 0. B: no figures.");
        assert_eq!(describe_bars(&[], ValueUnit::Money), "There are no figures to show.");
    }

    #[test]
    fn bars_are_told_by_their_labels_and_exact_values() {
        let bars =
            [Bar { label: "The government".into(), value: Decimal::new(5_907_600, 2), style: SeriesStyle::Solid }];
        assert_eq!(describe_bars(&bars, ValueUnit::Money), "The government: £59,076.00.");
    }
}
