//! Pages of rows for the large tables, so that a 10,000-row table is never rendered at once.

mod pagination;

pub use pagination::{page_bounds, pagination, PaginationProps, PAGE_SIZE};
