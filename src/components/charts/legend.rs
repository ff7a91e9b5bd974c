use yew::prelude::*;

use super::data::SeriesStyle;
use super::marks::{below_zero_pattern, line, marker};

pub struct LegendProps {
    /// Each series' name and style, in the order drawn.
    pub entries: Vec<(AttrValue, SeriesStyle)>,
    /// Whether the chart shows markers on its lines (so the key shows them too).
    pub markers: bool,
    /// The chart's id, the prefix of the key's own pattern id.
    pub chart_id: AttrValue,
    /// What the shaded region below zero means, when the chart shades it.
    pub below_zero: Option<AttrValue>,
}

/// The key to a line chart: each series' line sample (dash pattern and marker, hidden from
/// screen readers) beside its name, so no series is known by its colour alone; and the meaning
/// of the shading below zero. (A label inside the drawing would collide with the lines.)
pub fn legend(props: LegendProps) -> Html {
    html! {
        <ul class="chart__legend">
            { for props.entries.iter().map(|(name, style)| {
                let sample = html! {
                    <>
                        { line(*style, "M4,10 H44") }
                        { if props.markers { marker(*style, 24.0, 10.0) } else { html! {} } }
                    </>
                };
                entry(sample, name)
            }) }
            { for props.below_zero.iter().map(|label| {
                let pattern_id = format!("{}-below-zero-key", props.chart_id);
                let sample = html! {
                    <>
                        { below_zero_pattern(pattern_id.clone()) }
                        <rect x="4" y="3" width="40" height="15" fill={format!("url(#{pattern_id})")} />
                        <line class="chart__swatch-zero" x1="4" x2="44" y1="3" y2="3" stroke="#0b0c0c" stroke-width="2.5" />
                    </>
                };
                entry(sample, label)
            }) }
        </ul>
    }
}

/// A key entry: a small drawing (hidden from screen readers: the name says it all) and a name.
fn entry(sample: Html, name: &AttrValue) -> Html {
    html! {
        <li class="chart__legend-item">
            <svg class="chart__swatch" viewBox="0 0 48 20" width="48" height="20" aria-hidden="true" focusable="false">
                { sample }
            </svg>
            { name.clone() }
        </li>
    }
}
