//! Pieces of the large tables: a region that scrolls sideways on small screens, and pages of
//! rows, so that a 10,000-row table is never rendered at once.

mod pagination;
mod table_scroll;

pub use pagination::{page_bounds, Pagination, PAGE_SIZE};
pub use table_scroll::TableScroll;
