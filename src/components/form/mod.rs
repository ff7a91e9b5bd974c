//! Form components in the GOV.UK Frontend pattern: a visible label, an optional hint, an error
//! message next to the field, and the hint's and error's ids in the control's
//! `aria-describedby`. They hold no state: the text typed is a prop, and every keystroke goes
//! back to the app state through a callback, untouched (never trimmed or reformatted).

mod checkbox;
mod date_field;
mod error_summary;
mod field;
mod file_upload;
mod radios;
mod select_field;
mod text_area;
mod text_field;

pub use checkbox::Checkbox;
pub use date_field::DateField;
pub use error_summary::ErrorSummary;
pub use file_upload::{FileUpload, LoadedFile};
pub use radios::{RadioOption, Radios};
pub use select_field::{SelectField, SelectOption};
pub use text_area::TextArea;
pub use text_field::{InputMode, TextField};
