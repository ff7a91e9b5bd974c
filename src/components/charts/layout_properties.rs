//! Property tests of the layouts: whatever series a chart is given (none, empty, one point,
//! all equal, negative, huge), everything is drawn inside the frame with finite numbers, the
//! zero line appears exactly when a value is below zero, and nothing panics.

use proptest::prelude::*;
use rust_decimal::Decimal;

use super::bar_layout::BarLayout;
use super::data::{Bar, LineShape, Point, Series, SeriesStyle, ValueUnit};
use super::line_layout::LineLayout;

fn value() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        4 => (-1_000_000_000_000i64..1_000_000_000_000).prop_map(|pence| Decimal::new(pence, 2)),
        1 => Just(Decimal::ZERO),
        1 => (-5i64..5).prop_map(Decimal::from),
    ]
}

fn series() -> impl Strategy<Value = Series> {
    (proptest::collection::vec((0u32..110, value()), 0..60), 0u8..3).prop_map(|(points, style)| Series {
        name: "series".into(),
        points: points.into_iter().map(|(week, value)| Point::new(week, value)).collect(),
        style: [SeriesStyle::Solid, SeriesStyle::Dashed, SeriesStyle::Dotted][usize::from(style)],
    })
}

fn finite_numbers(path: &str) -> bool {
    !path.contains("NaN") && !path.contains("inf")
}

proptest! {
    #[test]
    fn line_charts_draw_inside_their_frame(
        all in proptest::collection::vec(series(), 0..4),
        steps in any::<bool>(),
    ) {
        let shape = if steps { LineShape::Steps } else { LineShape::Straight };
        let layout = LineLayout::new(&all, ValueUnit::Money, shape);
        let frame = layout.frame;
        prop_assert!(frame.left < frame.right && frame.top < frame.bottom);
        let inside = |(x, y): (f64, f64)| {
            x >= frame.left - 1e-6 && x <= frame.right + 1e-6 && y >= frame.top - 1e-6 && y <= frame.bottom + 1e-6
        };
        for line in &layout.lines {
            prop_assert!(finite_numbers(&line.path));
            prop_assert!(line.markers.iter().all(|&m| inside(m)));
        }
        for tick in layout.value_ticks.iter().chain(&layout.week_ticks) {
            prop_assert!(tick.at.is_finite());
        }
        let negative = all.iter().flat_map(|s| &s.points).any(|p| p.value < Decimal::ZERO);
        prop_assert_eq!(layout.zero_line.is_some(), negative);
    }

    #[test]
    fn bar_charts_draw_bars_from_zero_inside_their_frame(values in proptest::collection::vec(value(), 0..6)) {
        let bars: Vec<Bar> =
            values.iter().map(|&value| Bar { label: "bar".into(), value, style: SeriesStyle::Solid }).collect();
        let layout = BarLayout::new(&bars, ValueUnit::Money);
        let frame = layout.frame;
        for bar in &layout.bars {
            prop_assert!(bar.x.is_finite() && bar.width.is_finite() && bar.width >= 0.0);
            prop_assert!(bar.x >= frame.left - 1e-6 && bar.x + bar.width <= frame.right + 1e-6);
            prop_assert!(bar.value_x.is_finite());
        }
        prop_assert!(layout.zero_x >= frame.left - 1e-6 && layout.zero_x <= frame.right + 1e-6);
    }
}
