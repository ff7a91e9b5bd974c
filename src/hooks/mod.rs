//! Hooks that connect the app state to the browser: the URL fragment, the page title.

mod use_fragment_view;
mod use_page_title;

pub use use_fragment_view::use_fragment_view;
pub use use_page_title::use_page_title;
