use yew::prelude::*;

use crate::messages::{text_with, CommonText};

/// Whether a scrolling table's title is shown above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableTitle {
    Shown,
    /// Where a heading just above already names the table.
    Hidden,
}

/// Every wide table sits in one of these: a region that scrolls sideways on narrow screens
/// instead of the page. The region takes focus, so keyboard users can scroll it too (WCAG
/// 2.1.1). The title (the table's caption) is shown above the region, where it cannot scroll
/// out of sight; the table's own caption (visually hidden) names it for screen readers, so the
/// title is hidden from them. The caption also names the region.
pub fn table_scroll(caption: &str, title: TableTitle, table: Html) -> Html {
    let label = text_with(CommonText::TableScrollLabel, &[("caption", caption)]);
    html! {
        <>
            if title == TableTitle::Shown {
                <p class="table-title" aria-hidden="true">{ caption.to_string() }</p>
            }
            <div class="table-scroll" role="region" aria-label={label} tabindex="0">
                { table }
            </div>
        </>
    }
}
