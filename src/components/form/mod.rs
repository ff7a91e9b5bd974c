//! Form fields in the GOV.UK Frontend pattern: a visible label, an optional hint, an error
//! message next to the field, and the hint's and error's ids in the control's
//! `aria-describedby`. They hold no state: the text typed is a prop, and every keystroke goes
//! back to the app state through a callback, untouched (never trimmed or reformatted).
//!
//! The fields are plain functions returning `Html`, not components: a component type costs
//! about 650 B of gzipped wasm in Yew's per-component machinery, and a field has no hooks to
//! need it. Call sites build their props with Yew's `props!`, which takes the same defaults and
//! conversions as `html!` attributes: `text_field(&props!(TextFieldProps { id: "pay", … }))`.
//! The error summary and the file upload hold hooks, so they stay components.

mod checkbox;
mod date_field;
mod error_summary;
mod field;
mod file_upload;
mod radios;
mod select_field;
mod text_area;
mod text_field;

pub use checkbox::{checkbox, CheckboxProps};
pub use date_field::{date_field, DateFieldProps};
pub use error_summary::ErrorSummary;
pub use file_upload::{FileUpload, LoadedFile};
pub use radios::{radios, RadioOption, RadiosProps};
pub use select_field::{select_field, SelectFieldProps, SelectOption};
pub use text_area::{text_area, TextAreaProps};
pub use text_field::{text_field, InputMode, TextFieldProps};
