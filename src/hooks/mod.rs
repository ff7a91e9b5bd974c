//! Hooks and helpers that connect the app state to the browser: the URL fragment, the page
//! title, drafts in storage, embedding, the first-result mark the benchmark reads.

pub mod address_bar;
pub mod drafts;
pub mod storage;
mod use_after_first_paint;
mod use_embed;
mod use_first_result_mark;
mod use_fragment_view;
mod use_page_title;
mod use_skip_link_address;

pub use drafts::{use_drafts, use_estimate_draft};
pub use use_after_first_paint::use_after_first_paint;
pub use use_embed::use_embed;
pub use use_first_result_mark::{use_first_result_mark, FIRST_RESULT_MARK};
pub use use_fragment_view::use_fragment_view;
pub use use_page_title::use_page_title;
pub use use_skip_link_address::{use_skip_link_keeps_address, MAIN_CONTENT_ID};
