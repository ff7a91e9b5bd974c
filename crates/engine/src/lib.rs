//! The furlough calculator's engines: pure calculations with no web dependencies, tested
//! natively and compiled unchanged into the browser app.
//!
//! - [`money`]: the `Money` type and the rounding steps the rules name.
//! - [`claim`]: the CJRS claim engine, to the penny of HMRC's calculator.

pub mod claim;
pub mod money;

pub use money::{Money, MoneyError, MoneyParseError};
