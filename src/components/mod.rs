//! The parts pages are built from: one per file, named after the file. They receive data and
//! callbacks and never call the engines themselves.
//!
//! A part is a plain function returning `Html` unless it holds hooks (state, effects, memos) or
//! must skip re-rendering when its data has not changed (`RowProblems`): Yew builds its
//! per-component machinery for every component type, about 650 B of gzipped wasm each (issue 7).
//! A function takes its data as arguments when they are few; as a `Properties` struct built
//! with Yew's `props!` when there are many named or defaulted ones (the form fields); the charts
//! take plain data structs that adapters (`estimate_charts`) build.

pub mod charts;
pub mod csv;
pub mod data_table;
pub mod embed_panel;
pub mod figure_list;
pub mod focus;
pub mod form;
pub mod link_problem;
pub mod out_of_date;
pub mod page_header;
pub mod preset_select;
pub mod printed_answers;
pub mod qr_code;
pub mod results;
pub mod share_panel;
mod table_scroll;
pub mod view_nav;

pub use embed_panel::{embed_panel, EmbedPanelProps};
pub use figure_list::{figure_list, Figure, FigureListProps};
pub use link_problem::link_problem;
pub use out_of_date::out_of_date_notice;
pub use page_header::page_header;
pub use preset_select::{preset_options, preset_select, PresetSelectProps};
pub use printed_answers::{printed_answers, typed_money, Answers};
pub use qr_code::qr_code;
pub use share_panel::{ShareOption, SharePanel};
pub use table_scroll::{table_scroll, TableTitle};
pub use view_nav::{view_nav, ViewNavProps};
