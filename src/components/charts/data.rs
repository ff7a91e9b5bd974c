//! What a chart is given: prepared, domain-neutral series of exact values by week. The charts
//! know nothing of estimates; `estimate_charts` turns an `Estimate` into these.

use furlough_engine::Money;
use rust_decimal::Decimal;
use yew::AttrValue;

use crate::format;
use crate::messages::{text, text_with, ChartText};

/// One value at one week: money or a count, exact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub week: u32,
    pub value: Decimal,
}

impl Point {
    pub fn new(week: u32, value: Decimal) -> Point {
        Point { week, value }
    }
}

/// A named line (or set of bars) and how it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: AttrValue,
    pub points: Vec<Point>,
    pub style: SeriesStyle,
}

impl Series {
    /// The points by week (points of the same week keep their order: a step's two levels).
    /// A line and its description both sort through here, so the wasm holds one sort.
    pub fn points_by_week(&self) -> Vec<Point> {
        let mut points = self.points.clone();
        points.sort_by_key(|p| p.week);
        points
    }
}

/// How a series is told apart without colour: each style has its own colour, dash pattern and
/// marker (lines) or fill pattern (bars), so the chart reads in greyscale print and to people
/// who do not see the colours (WCAG 1.4.1). Colours have at least 3:1 contrast on white (1.4.11).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SeriesStyle {
    /// Blue, unbroken, round markers; a solid bar.
    #[default]
    Solid,
    /// Red, dashed, square markers; a bar with diagonal stripes.
    Dashed,
    /// Purple, dotted, triangle markers; a dotted bar.
    Dotted,
}

impl SeriesStyle {
    /// Every style, in the order lines are drawn: patterned over solid, so that where two lines
    /// coincide both still show.
    pub const DRAW_ORDER: [SeriesStyle; 3] = [SeriesStyle::Solid, SeriesStyle::Dashed, SeriesStyle::Dotted];
}

/// How a line chart joins its points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LineShape {
    /// Straight lines from week to week: amounts that change through the week (cash).
    #[default]
    Straight,
    /// Level runs that step between points: counts that hold for whole weeks (jobs).
    Steps,
}

/// One bar of a bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: AttrValue,
    pub value: Decimal,
    pub style: SeriesStyle,
}

/// What the values are, which decides how ticks, tables and descriptions show them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ValueUnit {
    /// Pounds: exact in tables (`£1,234.56`), short on axes (`£250k`).
    #[default]
    Money,
    /// Whole things (jobs): `1,234`.
    Count,
}

impl ValueUnit {
    /// The exact figure, as tables and descriptions show it.
    pub fn exact(self, value: Decimal) -> String {
        match self {
            ValueUnit::Money => format::money(Money::new(value)),
            ValueUnit::Count => format::decimal(value),
        }
    }

    /// A tick's label on the value axis.
    pub fn tick(self, value: Decimal) -> String {
        match self {
            ValueUnit::Money => format::money_axis(Money::new(value)),
            ValueUnit::Count => format::decimal(value),
        }
    }
}

/// How a chart's weeks read in words: "in week 3" (weeks of a shutdown) or "at 3 weeks"
/// (lengths of a shutdown).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum WeekReading {
    #[default]
    WeekNumber,
    Length,
}

impl WeekReading {
    /// "in week 3", "at 3 weeks".
    pub fn at(self, week: u32) -> String {
        let week_text = format::count(u64::from(week));
        match (self, week) {
            (WeekReading::WeekNumber, _) => text_with(ChartText::InWeek, &[("week", &week_text)]),
            (WeekReading::Length, 1) => text(ChartText::AtOneWeek).to_string(),
            (WeekReading::Length, _) => text_with(ChartText::AtWeeks, &[("weeks", &week_text)]),
        }
    }

    /// "in weeks 1 to 4", "from 1 to 4 weeks"; a single week reads as [`WeekReading::at`].
    pub fn span(self, from: u32, to: u32) -> String {
        if from == to {
            return self.at(from);
        }
        let (from, to) = (format::count(u64::from(from)), format::count(u64::from(to)));
        let id = match self {
            WeekReading::WeekNumber => ChartText::InWeeks,
            WeekReading::Length => ChartText::FromToWeeks,
        };
        text_with(id, &[("from", &from), ("to", &to)])
    }
}

/// The week axis: its label and how its weeks read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WeekAxis {
    pub label: AttrValue,
    pub reading: WeekReading,
}

/// The value axis: its label and its unit.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ValueAxis {
    pub label: AttrValue,
    pub unit: ValueUnit,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_style_has_its_place_in_the_drawing_order() {
        // A style missing from the order would have its lines left out of the chart: the match
        // stops compiling when a style is added, so this list is looked at again.
        for style in SeriesStyle::DRAW_ORDER {
            match style {
                SeriesStyle::Solid | SeriesStyle::Dashed | SeriesStyle::Dotted => {}
            }
        }
        for style in [SeriesStyle::Solid, SeriesStyle::Dashed, SeriesStyle::Dotted] {
            assert_eq!(SeriesStyle::DRAW_ORDER.iter().filter(|s| **s == style).count(), 1, "{style:?}");
        }
    }

    #[test]
    fn points_come_by_week_and_a_weeks_points_keep_their_order() {
        let points = [(3, 1), (1, 5), (3, 2), (2, 0), (1, 4)].map(|(w, v)| Point::new(w, Decimal::from(v)));
        let series = Series { name: "s".into(), points: points.to_vec(), style: SeriesStyle::Solid };
        let order: Vec<(u32, i64)> =
            series.points_by_week().iter().map(|p| (p.week, p.value.try_into().unwrap_or(-1))).collect();
        assert_eq!(order, [(1, 5), (1, 4), (2, 0), (3, 1), (3, 2)]);
    }

    #[test]
    fn weeks_read_as_a_week_of_the_shutdown_or_as_its_length() {
        assert_eq!(WeekReading::WeekNumber.at(3), "in week 3");
        assert_eq!(WeekReading::WeekNumber.span(1, 4), "in weeks 1 to 4");
        assert_eq!(WeekReading::Length.at(1), "at 1 week");
        assert_eq!(WeekReading::Length.at(52), "at 52 weeks");
        assert_eq!(WeekReading::Length.span(5, 52), "from 5 to 52 weeks");
        assert_eq!(WeekReading::Length.span(5, 5), "at 5 weeks");
    }

    #[test]
    fn values_are_exact_in_tables_and_short_on_axes() {
        let amount = Decimal::new(-13_936_392, 2);
        assert_eq!(ValueUnit::Money.exact(amount), "-£139,363.92");
        assert_eq!(ValueUnit::Money.tick(Decimal::from(-200_000)), "-£200k");
        assert_eq!(ValueUnit::Count.exact(Decimal::from(1200)), "1,200");
    }
}
