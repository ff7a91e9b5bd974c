use yew::prelude::*;

use super::axes::{across, text_at, value_rows, week_marks, TextKind};
use super::data::{LineShape, Series, ValueAxis, WeekAxis};
use super::describe::describe_lines;
use super::figure::{chart_figure, ChartFigureProps};
use super::geometry::{px, FONT_SIZE};
use super::legend::{legend, LegendProps};
use super::line_layout::{LineLayout, LINE_CHART_HEIGHT};
use super::marks::{below_zero_pattern, line, marker};
use super::table::line_table;

#[derive(PartialEq, Clone, Debug)]
pub struct LineChartProps {
    /// Unique on the page: the figure's id, and the prefix of the ids inside it.
    pub id: AttrValue,
    pub title: AttrValue,
    /// One sentence saying what the chart shows, e.g. "Without the scheme the firm's cash runs
    /// out in week 5".
    pub summary: AttrValue,
    pub weeks: WeekAxis,
    pub values: ValueAxis,
    pub series: Vec<Series>,
    pub shape: LineShape,
    /// When set and some value is below zero, the region below zero is shaded, and the key
    /// says what the shading means with this label.
    pub below_zero_label: Option<AttrValue>,
}

/// Series over weeks as lines (or steps, for counts), with a heavy zero line when the values go
/// below zero, a key that does not rely on colour, a text alternative and the data table.
pub fn line_chart(props: &LineChartProps) -> Html {
    let LineChartProps { id, title, summary, weeks, values, series, shape, below_zero_label } = props;
    let layout = LineLayout::new(series, values.unit, *shape);
    let frame = layout.frame;
    let description = describe_lines(series, values.unit, weeks.reading, *shape);
    let table = line_table(&weeks.label, series, values.unit);
    let shaded = layout.zero_line.is_some() && below_zero_label.is_some();
    let key = legend(LegendProps {
        entries: series.iter().map(|s| (s.name.clone(), s.style)).collect(),
        markers: layout.markers_shown,
        chart_id: id.clone(),
        below_zero: below_zero_label.clone().filter(|_| shaded),
    });
    let below_zero = match layout.zero_line.filter(|_| shaded) {
        Some(zero) => html! {
            <g class="chart__below-zero">
                { below_zero_pattern(format!("{id}-below-zero")) }
                <rect x={px(frame.left)} y={px(zero)} width={px(frame.width())} height={px(frame.bottom - zero)}
                    fill={format!("url(#{id}-below-zero)")} />
            </g>
        },
        None => html! {},
    };
    let drawing = html! {
        <>
            { below_zero }
            { value_rows(&layout.value_ticks, &frame) }
            { across("chart__axis", frame.bottom, &frame) }
            { layout.zero_line.map(|zero| across("chart__zero-line", zero, &frame)).unwrap_or_default() }
            { week_marks(&layout.week_ticks, &frame) }
            { text_at(TextKind::Label, 0.0, FONT_SIZE, "start", &values.label) }
            { text_at(TextKind::Label, frame.middle(), LINE_CHART_HEIGHT - 6.0, "middle", &weeks.label) }
            { for layout.lines.iter().map(|drawn| line(drawn.style, &drawn.path)) }
            { for layout.lines.iter().flat_map(|drawn| drawn.markers.iter().map(move |&(x, y)| marker(drawn.style, x, y))) }
        </>
    };
    chart_figure(ChartFigureProps {
        id: id.clone(),
        title: title.clone(),
        summary: summary.clone(),
        description: description.into(),
        height: LINE_CHART_HEIGHT,
        table,
        legend: key,
        children: drawing,
    })
}
