//! The furlough calculator's engines: pure calculations with no web dependencies, tested
//! natively and compiled unchanged into the browser app.
//!
//! - [`money`]: the `Money` type and the rounding steps the rules name.
//! - [`claim`]: the CJRS claim engine, to the penny of HMRC's calculator.
//! - [`payroll`]: today's employer NIC and pension parameters, keyed by tax year.
//! - [`redundancy`]: statutory redundancy pay and its weekly pay cap table.
//! - [`estimate`]: a firm's (or a supply chain's) furlough cost and jobs at risk.

// A panic in the wasm kills the page: nothing outside tests may unwrap (issue 2's rule).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod claim;
pub mod estimate;
pub mod money;
pub mod payroll;
pub mod redundancy;

pub use money::{Money, MoneyError, MoneyParseError};
