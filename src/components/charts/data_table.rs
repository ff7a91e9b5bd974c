use yew::prelude::*;

use super::table::TableData;
use crate::messages::{text, ChartText};

/// The chart's numbers in a table, behind a "Show the data as a table" toggle (GOV.UK details).
/// Its caption, the chart's title, is for screen readers: the title is shown just above.
/// The table scrolls sideways on its own when it is wider than the screen, and the scrolling
/// box can be reached and scrolled with the keyboard. `id` is the chart's: the caption gets
/// `{id}-table-caption`.
pub fn data_table(id: &str, caption: &AttrValue, table: &TableData) -> Html {
    let caption_id = format!("{id}-table-caption");
    html! {
        <details class="chart__details">
            <summary class="chart__details-summary">
                <span class="chart__details-text">{ text(ChartText::ShowTable) }</span>
            </summary>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption_id.clone()}>
                <table class="chart__table">
                    <caption id={caption_id} class="visually-hidden">{ caption.clone() }</caption>
                    <thead>
                        <tr>
                            { for table.headings.iter().enumerate().map(|(i, heading)| html! {
                                <th scope="col" class={classes!((i > 0).then_some("chart__number"))}>{ heading }</th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for table.rows.iter().map(|row| html! {
                            <tr>
                                <th scope="row">{ &row.heading }</th>
                                { for row.cells.iter().map(|cell| html! { <td class="chart__number">{ cell }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
