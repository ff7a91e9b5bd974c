//! The furlough calculator's engines: pure calculations with no web dependencies, tested
//! natively and compiled unchanged into the browser app.
//!
//! - [`money`]: the `Money` type and the rounding steps the rules name.

pub mod money;

pub use money::{Money, MoneyError, MoneyParseError};
