use yew::prelude::*;

use crate::messages::{text_with, CommonText};

#[derive(Properties, PartialEq)]
pub struct TableScrollProps {
    /// The table's caption: it also names the scrolling region for screen readers.
    pub caption: AttrValue,
    /// Shows the caption above the region. Off where a heading just above already names the
    /// table.
    #[prop_or(true)]
    pub show_title: bool,
    pub children: Html,
}

/// Every wide table sits in one of these: a region that scrolls sideways on narrow screens
/// instead of the page. The region takes focus, so keyboard users can scroll it too (WCAG
/// 2.1.1). The title is shown above the region, where it cannot scroll out of sight; the
/// table's own caption (visually hidden) names it for screen readers, so the title is hidden
/// from them.
#[function_component(TableScroll)]
pub fn table_scroll(props: &TableScrollProps) -> Html {
    let label = text_with(CommonText::TableScrollLabel, &[("caption", &props.caption)]);
    html! {
        <>
            if props.show_title {
                <p class="table-title" aria-hidden="true">{ props.caption.clone() }</p>
            }
            <div class="table-scroll" role="region" aria-label={label} tabindex="0">
                { props.children.clone() }
            </div>
        </>
    }
}
