//! Components: one per file, named after the file. They receive data and callbacks as props and
//! never call the engines themselves.

pub mod charts;
pub mod form;
pub mod page_header;
pub mod view_nav;

pub use page_header::PageHeader;
pub use view_nav::ViewNav;
