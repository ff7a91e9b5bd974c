//! Inline SVG charts, each a `<figure>` with a caption, a text alternative and its data as a
//! table. They take prepared, domain-neutral data ([`Series`] of exact values by week,
//! [`Bar`]s) and know nothing of estimates; [`estimate_charts`] makes their data from an
//! `Estimate`. The maths (scales, ticks, paths) is in [`geometry`] and the layouts, all tested
//! natively; the drawing functions only draw what the layouts say.

mod axes;
mod bar_chart;
mod bar_layout;
mod data;
mod data_table;
mod describe;
pub mod estimate_charts;
mod figure;
mod geometry;
/// Native only: proptest is not built for the browser tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod layout_properties;
mod legend;
mod line_chart;
mod line_layout;
mod marks;
mod table;

pub use bar_chart::{bar_chart, BarChartProps};
pub use data::{Bar, LineShape, Point, Series, SeriesStyle, ValueAxis, ValueUnit, WeekAxis, WeekReading};
pub use estimate_charts::{cash_position_chart, jobs_at_risk_chart, weekly_cost_chart};
pub use line_chart::{line_chart, LineChartProps};
