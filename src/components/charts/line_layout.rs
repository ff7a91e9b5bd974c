//! Where everything in a line chart goes, worked out without the browser: the frame, the ticks
//! and their labels, each series' path and markers, and the zero line.

use rust_decimal::Decimal;

use super::data::{LineShape, Series, SeriesStyle, ValueUnit};
use super::geometry::{
    line_path, nice_ticks, step_path, text_width, ticks_within, Frame, LinearScale, FONT_SIZE, VIEW_WIDTH,
};
use crate::format;

/// The height of a line chart's viewBox.
pub const LINE_CHART_HEIGHT: f64 = 320.0;
/// More points than this and markers would crowd the line: only the dash pattern tells the
/// series apart (and the legend shows no marker).
const MAX_MARKED_POINTS: usize = 27;
const MAX_VALUE_TICKS: usize = 7;
const MAX_WEEK_TICKS: usize = 8;

/// A tick: where it is drawn and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct TickMark {
    pub at: f64,
    pub label: String,
}

/// A series as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnLine {
    pub style: SeriesStyle,
    pub path: String,
    pub markers: Vec<(f64, f64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LineLayout {
    pub frame: Frame,
    pub week_ticks: Vec<TickMark>,
    pub value_ticks: Vec<TickMark>,
    /// In drawing order: solid, then dashed, then dotted.
    pub lines: Vec<DrawnLine>,
    /// Where zero is drawn, when some value is below it. (Otherwise zero is the foot of the
    /// value axis, since the axis always includes it: these charts are read against zero.)
    pub zero_line: Option<f64>,
    pub markers_shown: bool,
}

impl LineLayout {
    pub fn new(series: &[Series], unit: ValueUnit, shape: LineShape) -> LineLayout {
        let values = series.iter().flat_map(|s| s.points.iter().map(|p| p.value));
        let (lo, hi) = values.fold((Decimal::ZERO, Decimal::ZERO), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let value_ticks = nice_ticks(lo, hi, MAX_VALUE_TICKS, Decimal::ONE);
        let (value_lo, value_hi) = ends(&value_ticks);
        let weeks = series.iter().flat_map(|s| s.points.iter().map(|p| p.week));
        let (first_week, last_week) = weeks
            .fold(None, |ends: Option<(u32, u32)>, w| match ends {
                None => Some((w, w)),
                Some((a, b)) => Some((a.min(w), b.max(w))),
            })
            .unwrap_or((0, 1));
        let week_ticks = with_first_week(
            ticks_within(first_week.into(), last_week.into(), MAX_WEEK_TICKS, Decimal::ONE),
            first_week.into(),
        );

        let value_labels: Vec<String> = value_ticks.iter().map(|&v| unit.tick(v)).collect();
        let week_labels: Vec<String> = week_ticks.iter().map(|&w| format::decimal(w)).collect();
        let widest_value = value_labels.iter().map(|l| text_width(l)).fold(0.0, f64::max);
        let first_week_half = week_labels.first().map_or(0.0, |l| text_width(l) / 2.0);
        let frame = Frame {
            left: (widest_value + 10.0).max(first_week_half).max(30.0),
            top: FONT_SIZE * 2.0 + 4.0,
            right: VIEW_WIDTH - 14.0,
            bottom: LINE_CHART_HEIGHT - 2.0 * FONT_SIZE - 20.0,
        };
        let x = LinearScale::new((first_week.into(), last_week.into()), (frame.left, frame.right));
        let y = LinearScale::new((value_lo, value_hi), (frame.bottom, frame.top));

        let markers_shown = series.iter().all(|s| s.points.len() <= MAX_MARKED_POINTS);
        let lines: Vec<DrawnLine> = series
            .iter()
            .map(|s| {
                // By week is left to right: the week scale only grows.
                let points: Vec<(f64, f64)> =
                    s.points_by_week().iter().map(|p| (x.at_week(p.week), y.at(p.value))).collect();
                let path = match shape {
                    LineShape::Straight => line_path(&points),
                    LineShape::Steps => step_path(&points),
                };
                DrawnLine { style: s.style, path, markers: if markers_shown { points } else { Vec::new() } }
            })
            .collect();
        // Patterned lines over solid ones, so that where two lines coincide both still show
        // (in the order of the styles, each style's lines in the given order; no sort needed).
        let mut unordered = lines;
        let mut lines = Vec::with_capacity(unordered.len());
        for style in SeriesStyle::DRAW_ORDER {
            lines.extend(unordered.extract_if(.., |line| line.style == style));
        }
        lines.append(&mut unordered); // none, while every style is in the order
        LineLayout {
            frame,
            week_ticks: marks(&week_ticks, week_labels, |w| x.at(w)),
            value_ticks: marks(&value_ticks, value_labels, |v| y.at(v)),
            lines,
            zero_line: (value_lo < Decimal::ZERO).then(|| y.at(Decimal::ZERO)),
            markers_shown,
        }
    }
}

/// Labels the first week too (1 of 1 to 52 weeks) when it is at least half a step from the
/// first round tick, so the reader sees where the data starts.
fn with_first_week(mut ticks: Vec<Decimal>, first_week: Decimal) -> Vec<Decimal> {
    let step = match ticks.as_slice() {
        [a, b, ..] => *b - *a,
        _ => Decimal::ONE,
    };
    match ticks.first() {
        Some(&first) if (first - first_week) * Decimal::TWO < step => {}
        _ => ticks.insert(0, first_week),
    }
    ticks
}

fn ends(ticks: &[Decimal]) -> (Decimal, Decimal) {
    match (ticks.first(), ticks.last()) {
        (Some(&lo), Some(&hi)) => (lo, hi),
        _ => (Decimal::ZERO, Decimal::ONE),
    }
}

fn marks(values: &[Decimal], labels: Vec<String>, at: impl Fn(Decimal) -> f64) -> Vec<TickMark> {
    values.iter().zip(labels).map(|(&v, label)| TickMark { at: at(v), label }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::charts::data::Point;

    fn series(values: &[i64]) -> Series {
        let points = values.iter().enumerate().map(|(w, &v)| Point::new(w as u32, Decimal::from(v))).collect();
        Series { name: "cash".into(), points, style: SeriesStyle::Solid }
    }

    #[test]
    fn values_crossing_zero_get_a_zero_line_inside_the_frame() {
        let layout = LineLayout::new(&[series(&[600_000, 200_000, -236_184])], ValueUnit::Money, LineShape::Straight);
        let zero = layout.zero_line.expect("a zero line");
        assert!(zero > layout.frame.top && zero < layout.frame.bottom);
        let labels: Vec<&str> = layout.value_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["-£400k", "-£200k", "£0", "£200k", "£400k", "£600k"]);
        let zero_tick = layout.value_ticks.iter().find(|t| t.label == "£0").unwrap();
        assert_eq!(zero_tick.at, zero);
    }

    #[test]
    fn positive_values_have_zero_at_the_foot_and_no_zero_line() {
        let layout = LineLayout::new(&[series(&[5, 10])], ValueUnit::Count, LineShape::Steps);
        assert_eq!(layout.zero_line, None);
        assert_eq!(layout.value_ticks.first().map(|t| t.at), Some(layout.frame.bottom));
    }

    #[test]
    fn the_first_and_last_weeks_are_the_ends_of_the_frame() {
        let layout = LineLayout::new(&[series(&[3, 2, 1])], ValueUnit::Count, LineShape::Straight);
        let markers = &layout.lines[0].markers;
        assert_eq!(markers.first().map(|m| m.0), Some(layout.frame.left));
        assert_eq!(markers.last().map(|m| m.0), Some(layout.frame.right));
        assert!(layout.lines[0].path.starts_with('M'));
    }

    #[test]
    fn the_first_week_is_labelled_when_it_is_not_crowded() {
        let lengths = |first: u32, last: u32| {
            let s = series(&[]);
            let points = (first..=last).map(|w| Point::new(w, Decimal::ONE)).collect();
            let layout = LineLayout::new(&[Series { points, ..s }], ValueUnit::Count, LineShape::Steps);
            layout.week_ticks.into_iter().map(|t| t.label).collect::<Vec<_>>()
        };
        assert_eq!(lengths(1, 52), ["1", "10", "20", "30", "40", "50"]);
        assert_eq!(lengths(0, 6), ["0", "1", "2", "3", "4", "5", "6"]);
        assert_eq!(lengths(9, 52), ["10", "20", "30", "40", "50"]);
    }

    #[test]
    fn solid_lines_are_drawn_under_patterned_ones() {
        let dashed = Series { style: SeriesStyle::Dashed, ..series(&[1, 2]) };
        let layout = LineLayout::new(&[dashed, series(&[1, 2])], ValueUnit::Count, LineShape::Steps);
        let styles: Vec<SeriesStyle> = layout.lines.iter().map(|l| l.style).collect();
        assert_eq!(styles, [SeriesStyle::Solid, SeriesStyle::Dashed]);
    }

    #[test]
    fn long_series_are_drawn_without_markers() {
        let layout = LineLayout::new(&[series(&[1; 52])], ValueUnit::Count, LineShape::Steps);
        assert!(!layout.markers_shown);
        assert!(layout.lines[0].markers.is_empty());
    }

    #[test]
    fn no_series_and_empty_series_still_give_a_frame_and_ticks() {
        for given in [vec![], vec![series(&[])]] {
            let layout = LineLayout::new(&given, ValueUnit::Money, LineShape::Straight);
            assert_eq!(layout.value_ticks.len(), 2);
            assert!(layout.frame.width() > 0.0);
            assert!(layout.lines.iter().all(|l| l.path.is_empty()));
        }
    }
}
