use yew::prelude::*;

use crate::format;
use crate::messages::{text, text_with, CommonText};

/// Rows on a page of a large table.
pub const PAGE_SIZE: usize = 50;

/// The rows `from..to` of page `page` (from 0) of `total` rows, and the page itself, moved
/// back to the last page if the table has shrunk.
pub fn page_bounds(page: usize, total: usize) -> (usize, usize, usize) {
    let last_page = total.saturating_sub(1) / PAGE_SIZE;
    let page = page.min(last_page);
    let from = page * PAGE_SIZE;
    (page, from, (from + PAGE_SIZE).min(total))
}

#[derive(Properties, PartialEq)]
pub struct PaginationProps {
    /// Names the navigation for screen readers ("Pages of the employee table").
    pub label: AttrValue,
    pub page: usize,
    pub total: usize,
    pub on_page: Callback<usize>,
}

/// First, previous, next and last page, and which rows are shown. Buttons that lead nowhere
/// stay focusable (`aria-disabled`) so focus is not lost on the first or last page.
pub fn pagination(props: &PaginationProps) -> Html {
    let (page, from, to) = page_bounds(props.page, props.total);
    if props.total <= PAGE_SIZE {
        return html! {};
    }
    let last_page = (props.total - 1) / PAGE_SIZE;
    let button = |label: CommonText, target: usize| {
        let disabled = target == page;
        let on_page = props.on_page.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if !disabled {
                on_page.emit(target);
            }
        });
        html! {
            <button type="button" class="button button--secondary pagination__button"
                aria-disabled={disabled.then_some("true")} {onclick}>
                { text(label) }
            </button>
        }
    };
    let range = text_with(
        CommonText::PageRange,
        &[
            ("from", &format::count((from + 1) as u64)),
            ("to", &format::count(to as u64)),
            ("total", &format::count(props.total as u64)),
        ],
    );
    html! {
        <nav class="pagination" aria-label={props.label.clone()}>
            { button(CommonText::PageFirst, 0) }
            { button(CommonText::PagePrevious, page.saturating_sub(1)) }
            <p class="pagination__range" aria-live="polite">{ range }</p>
            { button(CommonText::PageNext, (page + 1).min(last_page)) }
            { button(CommonText::PageLast, last_page) }
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_hold_fifty_rows_and_the_last_page_holds_the_rest() {
        assert_eq!(page_bounds(0, 10_000), (0, 0, 50));
        assert_eq!(page_bounds(199, 10_000), (199, 9_950, 10_000));
        assert_eq!(page_bounds(2, 120), (2, 100, 120));
    }

    #[test]
    fn a_page_past_the_end_of_a_shrunk_table_becomes_its_last_page() {
        assert_eq!(page_bounds(199, 120), (2, 100, 120));
        assert_eq!(page_bounds(5, 0), (0, 0, 0));
    }
}
