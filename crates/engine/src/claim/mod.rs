//! The CJRS claim engine: what an employer could claim under the Coronavirus Job Retention
//! Scheme for one employee and one claim period, to the penny of HMRC's own calculator
//! (`shared/spec/cjrs-claim.md`, "claim spec" below).
//!
//! The app builds a [`ClaimInput`] and calls [`calculate_claim`]; the CLI reads §7 JSON with
//! [`json::parse_claim`] and writes §8 JSON with [`json::claim_result_json`].

pub mod breakdown;
pub mod cap;
pub mod contribution;
pub mod error;
#[cfg(test)]
mod fixtures;
pub mod flexible;
pub mod grant;
pub mod input;
pub mod json;
pub mod nic;
pub mod pension;
pub mod periods;
pub mod prorate;
pub mod reference_pay;
pub mod result;
pub mod tables;
pub mod validation;

pub use breakdown::calculate_breakdown;
pub use error::{ClaimError, ClaimProblem};
pub use input::{
    ClaimInput, EmployeeStart, Furlough, Hours, LastYearPayment, NicCategory, Pay, PayFrequency,
    PensionStatus, PeriodAmount, PeriodHours, PhaseOnePay, StatutoryLeave, VariablePay,
};
pub use periods::Period;
pub use result::{ClaimResult, PeriodBreakdown};
pub use validation::validate_claim;

/// Claim spec §2–§6: checks the claim against the scheme's rules, then calculates it.
pub fn calculate_claim(input: &ClaimInput) -> Result<ClaimResult, ClaimError> {
    validate_claim(input)?;
    calculate_breakdown(input)
}
