//! Components: one per file, named after the file. They receive data and callbacks as props and
//! never call the engines themselves.

pub mod csv;
pub mod data_table;
pub mod figure_list;
pub mod form;
pub mod page_header;
pub mod preset_select;
pub mod view_nav;

pub use figure_list::{Figure, FigureList};
pub use page_header::PageHeader;
pub use preset_select::PresetSelect;
pub use view_nav::ViewNav;
