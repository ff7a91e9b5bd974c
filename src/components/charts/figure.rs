use yew::prelude::*;

use super::data_table::data_table;
use super::geometry::{px, VIEW_WIDTH};
use super::table::TableData;

pub struct ChartFigureProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub summary: AttrValue,
    /// What the picture shows, series by series (from `describe`).
    pub description: AttrValue,
    /// The viewBox's height; its width is [`VIEW_WIDTH`].
    pub height: f64,
    pub table: TableData,
    /// The key, above the drawing (empty for charts that label their marks).
    pub legend: Html,
    /// The drawing, inside the `<svg>`.
    pub children: Html,
}

/// What every chart is: a `<figure>` whose caption gives the title and the one-sentence
/// summary, an `<svg role="img">` named by its `<title>` and `<desc>` (the summary and what the
/// picture shows), and the same numbers as a table.
pub fn chart_figure(props: ChartFigureProps) -> Html {
    let id = props.id.as_str();
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    html! {
        <figure class="chart" id={props.id.clone()}>
            <figcaption class="chart__caption">
                <span class="chart__title">{ props.title.clone() }</span>
                <span class="chart__summary">{ props.summary.clone() }</span>
            </figcaption>
            { props.legend }
            <svg class="chart__svg" role="img" aria-labelledby={format!("{title_id} {desc_id}")}
                viewBox={format!("0 0 {} {}", px(VIEW_WIDTH), px(props.height))}
                preserveAspectRatio="xMinYMin meet" focusable="false">
                <title id={title_id}>{ props.title.clone() }</title>
                <desc id={desc_id}>{ format!("{} {}", props.summary, props.description) }</desc>
                { props.children }
            </svg>
            { data_table(id, &props.title, &props.table) }
        </figure>
    }
}
