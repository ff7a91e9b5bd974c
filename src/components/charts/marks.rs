//! How each [`SeriesStyle`] is drawn: colour, dash pattern, marker shape and bar fill. Drawn with
//! SVG presentation attributes, so a chart keeps its look without the stylesheet (printing,
//! reader modes); `styles/charts.css` only adjusts it for forced colours.

use yew::prelude::*;

use super::data::SeriesStyle;
use super::geometry::px;

pub const LINE_WIDTH: f64 = 3.0;

impl SeriesStyle {
    /// GOV.UK blue (5.2:1 on white), red (4.9:1) and purple (10.1:1): all above the 3:1 that
    /// WCAG 1.4.11 asks of graphics.
    pub fn colour(self) -> &'static str {
        match self {
            SeriesStyle::Solid => "#1d70b8",
            SeriesStyle::Dashed => "#d4351c",
            SeriesStyle::Dotted => "#4c2c92",
        }
    }

    pub fn dash_array(self) -> Option<&'static str> {
        match self {
            SeriesStyle::Solid => None,
            SeriesStyle::Dashed => Some("12 6"),
            SeriesStyle::Dotted => Some("0.5 7"),
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            SeriesStyle::Solid => "chart__series--solid",
            SeriesStyle::Dashed => "chart__series--dashed",
            SeriesStyle::Dotted => "chart__series--dotted",
        }
    }

    /// A bar's fill: the colour, or a pattern of it defined by [`bar_patterns`].
    pub fn bar_fill(self, chart_id: &str) -> String {
        match self {
            SeriesStyle::Solid => self.colour().to_string(),
            SeriesStyle::Dashed => format!("url(#{chart_id}-stripes)"),
            SeriesStyle::Dotted => format!("url(#{chart_id}-dots)"),
        }
    }
}

/// A line as a path, in its style.
pub fn line(style: SeriesStyle, path: &str) -> Html {
    html! {
        <path class={classes!("chart__line", style.class())} d={path.to_string()} fill="none"
            stroke={style.colour()} stroke-width={px(LINE_WIDTH)} stroke-dasharray={style.dash_array()}
            stroke-linecap="round" stroke-linejoin="round" />
    }
}

/// The style's marker centred on (x, y): a circle, a square or a triangle.
pub fn marker(style: SeriesStyle, x: f64, y: f64) -> Html {
    let colour = style.colour();
    let class = classes!("chart__marker", style.class());
    match style {
        SeriesStyle::Solid => html! {
            <circle {class} cx={px(x)} cy={px(y)} r="5" fill={colour} stroke="#ffffff" stroke-width="1.5" />
        },
        SeriesStyle::Dashed => html! {
            <rect {class} x={px(x - 4.5)} y={px(y - 4.5)} width="9" height="9" fill={colour}
                stroke="#ffffff" stroke-width="1.5" />
        },
        SeriesStyle::Dotted => {
            let points =
                format!("{},{} {},{} {},{}", px(x), px(y - 6.5), px(x + 6.0), px(y + 4.5), px(x - 6.0), px(y + 4.5));
            html! { <polygon {class} {points} fill={colour} stroke="#ffffff" stroke-width="1.5" /> }
        }
    }
}

/// The fill patterns of striped and dotted bars, with ids unique to the chart.
pub fn bar_patterns(chart_id: &str) -> Html {
    let (red, purple) = (SeriesStyle::Dashed.colour(), SeriesStyle::Dotted.colour());
    html! {
        <>
            <pattern id={format!("{chart_id}-stripes")} width="10" height="10" patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)">
                <rect width="10" height="10" fill="#ffffff" />
                <rect width="5" height="10" fill={red} />
            </pattern>
            <pattern id={format!("{chart_id}-dots")} width="8" height="8" patternUnits="userSpaceOnUse">
                <rect width="8" height="8" fill="#ffffff" />
                <circle cx="4" cy="4" r="2.5" fill={purple} />
            </pattern>
        </>
    }
}

/// The light hatching of the region below zero, as a pattern with the given (unique) id.
pub fn below_zero_pattern(id: String) -> Html {
    html! {
        <pattern {id} width="8" height="8" patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#fdf0ee" />
            <rect width="2" height="8" fill="#f4c7bf" />
        </pattern>
    }
}
