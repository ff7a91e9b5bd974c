//! The SVG pieces both kinds of chart share: text, grid lines with their tick labels, and the
//! lines that mark zero.

use yew::prelude::*;

use super::geometry::{px, Frame, FONT_SIZE};
use super::line_layout::TickMark;

const TEXT: &str = "#0b0c0c";
/// GOV.UK secondary text: 7:1 on white.
const SECONDARY_TEXT: &str = "#505a5f";
const GRID: &str = "#b1b4b6";

/// What a piece of chart text is, which decides its class and look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// A tick's label: secondary grey.
    Tick,
    /// An axis's or a bar's name.
    Label,
    /// Text drawn over patterns or lines: on a white halo, so it keeps its contrast.
    OnDrawing,
    /// White text inside a solid bar (white on GOV.UK blue is 5.2:1).
    OnSolidBar,
}

/// Chart text at (x, y), its baseline; `anchor` is `start`, `middle` or `end`.
pub fn text_at(kind: TextKind, x: f64, y: f64, anchor: &'static str, content: &str) -> Html {
    let (class, fill) = match kind {
        TextKind::Tick => ("chart__tick", SECONDARY_TEXT),
        TextKind::Label => ("chart__label", TEXT),
        TextKind::OnDrawing => ("chart__label chart__label--on-drawing", TEXT),
        TextKind::OnSolidBar => ("chart__label chart__label--on-bar", "#ffffff"),
    };
    let halo = kind == TextKind::OnDrawing;
    html! {
        <text {class} x={px(x)} y={px(y)} text-anchor={anchor} font-size={px(FONT_SIZE)} {fill}
            stroke={halo.then_some("#ffffff")} stroke-width={halo.then_some("5")}
            stroke-linejoin={halo.then_some("round")} paint-order={halo.then_some("stroke")}>
            { content.to_string() }
        </text>
    }
}

/// Horizontal grid lines at the value ticks, labelled on the left.
pub fn value_rows(ticks: &[TickMark], frame: &Frame) -> Html {
    html! {
        <g class="chart__grid">
            { for ticks.iter().map(|tick| html! {
                <>
                    <line x1={px(frame.left)} x2={px(frame.right)} y1={px(tick.at)} y2={px(tick.at)}
                        stroke={GRID} stroke-width="1" />
                    { text_at(TextKind::Tick, frame.left - 8.0, tick.at + FONT_SIZE * 0.35, "end", &tick.label) }
                </>
            }) }
        </g>
    }
}

/// Vertical grid lines at the value ticks, labelled along the foot.
pub fn value_columns(ticks: &[TickMark], frame: &Frame) -> Html {
    html! {
        <g class="chart__grid">
            { for ticks.iter().map(|tick| html! {
                <>
                    <line x1={px(tick.at)} x2={px(tick.at)} y1={px(frame.top)} y2={px(frame.bottom)}
                        stroke={GRID} stroke-width="1" />
                    { text_at(TextKind::Tick, tick.at, frame.bottom + 8.0 + FONT_SIZE, "middle", &tick.label) }
                </>
            }) }
        </g>
    }
}

/// Short marks below the foot of the frame at each week tick, with the week under each.
pub fn week_marks(ticks: &[TickMark], frame: &Frame) -> Html {
    html! {
        <g class="chart__weeks">
            { for ticks.iter().map(|tick| html! {
                <>
                    <line x1={px(tick.at)} x2={px(tick.at)} y1={px(frame.bottom)} y2={px(frame.bottom + 5.0)}
                        stroke={TEXT} stroke-width="1" />
                    { text_at(TextKind::Tick, tick.at, frame.bottom + 8.0 + FONT_SIZE, "middle", &tick.label) }
                </>
            }) }
        </g>
    }
}

/// A line across the frame at height `y`: the zero line (`chart__zero-line`, thick) or the
/// foot of the value axis (`chart__axis`).
pub fn across(class: &'static str, y: f64, frame: &Frame) -> Html {
    let width = if class == "chart__zero-line" { "2.5" } else { "1.5" };
    html! {
        <line {class} x1={px(frame.left)} x2={px(frame.right)} y1={px(y)} y2={px(y)} stroke={TEXT} stroke-width={width} />
    }
}

/// A line down the frame at `x`: where bars start.
pub fn down(class: &'static str, x: f64, frame: &Frame) -> Html {
    html! {
        <line {class} x1={px(x)} x2={px(x)} y1={px(frame.top)} y2={px(frame.bottom)} stroke={TEXT} stroke-width="2.5" />
    }
}
