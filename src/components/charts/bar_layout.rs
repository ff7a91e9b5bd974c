//! Where everything in a bar chart goes: one horizontal bar per row with its label above it
//! (so long labels need no room beside the bars on a narrow screen), the exact value at the
//! bar's end, and a value axis along the foot.

use rust_decimal::Decimal;

use super::data::{Bar, SeriesStyle, ValueUnit};
use super::geometry::{nice_ticks, text_width, Frame, LinearScale, FONT_SIZE, VIEW_WIDTH};
use super::line_layout::TickMark;

const BAR_HEIGHT: f64 = 36.0;
const ROW_HEIGHT: f64 = FONT_SIZE + 6.0 + BAR_HEIGHT + 16.0;
const MAX_VALUE_TICKS: usize = 5;
/// The gap between a bar's end and its value, and between a bar's start and its label.
const VALUE_GAP: f64 = 8.0;
/// Room beyond half an end tick's label, so that it is not cut off at the drawing's edge.
const EDGE_ROOM: f64 = 6.0;

/// Where a bar's value is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValuePlace {
    /// Just past the bar's end.
    After,
    /// Inside the bar, at its end: the bar reaches the edge of the frame.
    Inside,
    /// On the other side of zero: the bar is too short to hold it and too near the edge.
    Opposite,
}

/// A bar as drawn: the rectangle, its label and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnBar {
    pub style: SeriesStyle,
    pub label_x: f64,
    pub label_y: f64,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub value: String,
    pub value_x: f64,
    pub value_y: f64,
    pub value_place: ValuePlace,
    /// `start` or `end`: the side of `value_x` the value's text runs from.
    pub value_anchor: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarLayout {
    pub height: f64,
    pub frame: Frame,
    pub value_ticks: Vec<TickMark>,
    pub bars: Vec<DrawnBar>,
    /// Where the bars start.
    pub zero_x: f64,
}

impl BarLayout {
    pub fn new(bars: &[Bar], unit: ValueUnit) -> BarLayout {
        let (lo, hi) =
            bars.iter().fold((Decimal::ZERO, Decimal::ZERO), |(lo, hi), b| (lo.min(b.value), hi.max(b.value)));
        let ticks = nice_ticks(lo, hi, MAX_VALUE_TICKS, Decimal::ONE);
        let labels: Vec<String> = ticks.iter().map(|&v| unit.tick(v)).collect();
        let half_width = |label: Option<&String>| label.map_or(0.0, |l| text_width(l) / 2.0);
        let top = 4.0;
        let bottom = top + ROW_HEIGHT * bars.len() as f64;
        let frame = Frame {
            left: half_width(labels.first()) + EDGE_ROOM,
            top,
            right: VIEW_WIDTH - half_width(labels.last()) - EDGE_ROOM,
            bottom,
        };
        let (tick_lo, tick_hi) = match (ticks.first(), ticks.last()) {
            (Some(&lo), Some(&hi)) => (lo, hi),
            _ => (Decimal::ZERO, Decimal::ONE),
        };
        let x = LinearScale::new((tick_lo, tick_hi), (frame.left, frame.right));
        let zero_x = x.at(Decimal::ZERO);
        let drawn = bars
            .iter()
            .enumerate()
            .map(|(row, bar)| drawn_bar(bar, unit, &frame, x.at(bar.value), zero_x, top + ROW_HEIGHT * row as f64))
            .collect();
        BarLayout {
            height: bottom + 2.0 * FONT_SIZE + 24.0,
            value_ticks: ticks.iter().zip(labels).map(|(&v, label)| TickMark { at: x.at(v), label }).collect(),
            frame,
            bars: drawn,
            zero_x,
        }
    }
}

fn drawn_bar(bar: &Bar, unit: ValueUnit, frame: &Frame, end: f64, zero_x: f64, row_top: f64) -> DrawnBar {
    let value = unit.exact(bar.value);
    let room = text_width(&value) + VALUE_GAP;
    // Which way the bar grows from zero: +1 right, -1 left.
    let direction = if bar.value < Decimal::ZERO { -1.0 } else { 1.0 };
    let fits_after = if direction > 0.0 { end + room <= frame.right } else { end - room >= frame.left };
    let fits_inside = (end - zero_x).abs() >= room + VALUE_GAP;
    let (value_place, value_x, grows_forward) = if fits_after {
        (ValuePlace::After, end + direction * VALUE_GAP, true)
    } else if fits_inside {
        (ValuePlace::Inside, end - direction * VALUE_GAP, false)
    } else {
        (ValuePlace::Opposite, zero_x - direction * VALUE_GAP, false)
    };
    // Text runs away from the bar's end after it, back from it inside, and away from zero
    // on the other side.
    let runs_right = (direction > 0.0) == grows_forward;
    let y = row_top + FONT_SIZE + 6.0;
    DrawnBar {
        style: bar.style,
        label_x: frame.left.max(zero_x.min(end)) + VALUE_GAP,
        label_y: row_top + FONT_SIZE,
        x: end.min(zero_x),
        y,
        width: (end - zero_x).abs(),
        height: BAR_HEIGHT,
        value,
        value_x,
        value_y: y + BAR_HEIGHT / 2.0 + FONT_SIZE * 0.35,
        value_place,
        value_anchor: if runs_right { "start" } else { "end" },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(pounds: i64) -> Bar {
        Bar { label: "Cost".into(), value: Decimal::from(pounds), style: SeriesStyle::Solid }
    }

    #[test]
    fn bars_start_at_zero_and_are_as_long_as_their_value() {
        let layout = BarLayout::new(&[bar(59_076), bar(8_474)], ValueUnit::Money);
        let labels: Vec<&str> = layout.value_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["£0", "£20k", "£40k", "£60k"]);
        let [government, firm] = &layout.bars[..] else { panic!("two bars") };
        assert_eq!((government.x, firm.x), (layout.zero_x, layout.zero_x));
        let ratio = government.width / firm.width;
        assert!((ratio - 59_076.0 / 8_474.0).abs() < 1e-9, "{ratio}");
        assert!(firm.y > government.y + government.height);
    }

    #[test]
    fn a_value_goes_after_its_bar_or_inside_it_when_there_is_no_room() {
        let layout = BarLayout::new(&[bar(59_076), bar(8_474)], ValueUnit::Money);
        assert_eq!((layout.bars[0].value_place, layout.bars[0].value_anchor), (ValuePlace::Inside, "end"));
        assert!(layout.bars[0].value_x < layout.bars[0].x + layout.bars[0].width);
        assert_eq!((layout.bars[1].value_place, layout.bars[1].value_anchor), (ValuePlace::After, "start"));
        assert!(layout.bars[1].value_x > layout.bars[1].x + layout.bars[1].width);
        assert_eq!(layout.bars[1].value, "£8,474.00");
    }

    #[test]
    fn a_negative_bar_runs_left_of_zero_with_its_value_before_it() {
        let layout = BarLayout::new(&[bar(-300), bar(100)], ValueUnit::Money);
        let negative = &layout.bars[0];
        assert!(negative.x < layout.zero_x);
        assert!((negative.x + negative.width - layout.zero_x).abs() < 1e-9);
        assert_eq!((negative.value_place, negative.value_anchor), (ValuePlace::Inside, "start"));
    }

    #[test]
    fn a_value_too_long_for_a_short_bar_near_the_edge_goes_on_the_other_side_of_zero() {
        let layout = BarLayout::new(&[bar(-1_250_000), bar(2_500_000)], ValueUnit::Money);
        let loss = &layout.bars[0];
        assert_eq!((loss.value_place, loss.value_anchor), (ValuePlace::Opposite, "start"));
        assert!(loss.value_x > layout.zero_x);
    }

    #[test]
    fn no_bars_or_zero_bars_still_give_an_axis() {
        let empty = BarLayout::new(&[], ValueUnit::Money);
        assert_eq!(empty.value_ticks.len(), 2);
        assert!(empty.height > 0.0);
        let zero = BarLayout::new(&[bar(0)], ValueUnit::Money);
        assert_eq!(zero.bars[0].width, 0.0);
    }
}
