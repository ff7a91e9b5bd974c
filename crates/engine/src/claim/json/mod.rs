//! The CLI's JSON: §7 claims in, §8 results out (claim spec §7, §8), and the readers and writer
//! the CLI's acceptance-case adapters share.

pub mod claim;
pub mod read;
pub mod result;
pub mod write;

pub use claim::parse_claim;
pub use result::{claim_result_json, error_json};
pub use write::Json;

#[cfg(test)]
mod tests;
