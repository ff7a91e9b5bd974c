use yew::prelude::*;

use super::axes::{down, text_at, value_columns, TextKind};
use super::bar_layout::{BarLayout, DrawnBar, ValuePlace};
use super::data::{Bar, SeriesStyle, ValueAxis};
use super::describe::describe_bars;
use super::figure::{chart_figure, ChartFigureProps};
use super::geometry::px;
use super::marks::bar_patterns;
use super::table::bar_table;

#[derive(PartialEq, Clone, Debug)]
pub struct BarChartProps {
    /// Unique on the page: the figure's id, and the prefix of the ids inside it.
    pub id: AttrValue,
    pub title: AttrValue,
    /// One sentence saying what the chart shows.
    pub summary: AttrValue,
    /// The table's heading for the bars' labels, e.g. "Who pays".
    pub category_label: AttrValue,
    pub values: ValueAxis,
    pub bars: Vec<Bar>,
}

/// Horizontal bars from zero, each labelled with its name and exact value (so no key is
/// needed), with a text alternative and the data table.
pub fn bar_chart(props: &BarChartProps) -> Html {
    let BarChartProps { id, title, summary, category_label, values, bars } = props;
    let layout = BarLayout::new(bars, values.unit);
    let frame = layout.frame;
    let description = describe_bars(bars, values.unit);
    let table = bar_table(category_label, &values.label, bars, values.unit);
    let drawing = html! {
        <>
            <defs>{ bar_patterns(id) }</defs>
            { value_columns(&layout.value_ticks, &frame) }
            { for bars.iter().zip(&layout.bars).map(|(bar, drawn)| bar_row(id, bar, drawn)) }
            { down("chart__zero-line", layout.zero_x, &frame) }
            { text_at(TextKind::Label, frame.middle(), layout.height - 6.0, "middle", &values.label) }
        </>
    };
    chart_figure(ChartFigureProps {
        id: id.clone(),
        title: title.clone(),
        summary: summary.clone(),
        description: description.into(),
        height: layout.height,
        table,
        legend: Html::default(),
        children: drawing,
    })
}

/// A bar with its label above and its value at its end.
fn bar_row(chart_id: &str, bar: &Bar, drawn: &DrawnBar) -> Html {
    let value_kind = match (drawn.value_place, drawn.style) {
        (ValuePlace::Inside, SeriesStyle::Solid) => TextKind::OnSolidBar,
        _ => TextKind::OnDrawing,
    };
    html! {
        <g class="chart__bar-row">
            { text_at(TextKind::Label, drawn.label_x, drawn.label_y, "start", &bar.label) }
            <rect class={classes!("chart__bar", drawn.style.class())} x={px(drawn.x)} y={px(drawn.y)}
                width={px(drawn.width)} height={px(drawn.height)} fill={drawn.style.bar_fill(chart_id)}
                stroke={drawn.style.colour()} stroke-width="2" />
            { text_at(value_kind, drawn.value_x, drawn.value_y, drawn.value_anchor, &drawn.value) }
        </g>
    }
}
