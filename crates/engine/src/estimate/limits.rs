//! The bounds a scenario's figures must lie in (checked in `validation`), public so that the
//! app's messages state the same bounds the engine enforces rather than a copy of them.

/// A group of staff: more than any UK site employs.
pub const MAX_GROUP_EMPLOYEES: u32 = 1_000_000;
/// The whole workforce: more than any UK employer.
pub const MAX_HEADCOUNT: u64 = 10_000_000;
/// One person's annual pay, in pounds.
pub const MAX_ANNUAL_PAY_POUNDS: i64 = 10_000_000;
/// Ages a group may have at the start of the shutdown (redundancy pay depends on it).
pub const YOUNGEST: u32 = 16;
pub const OLDEST: u32 = 99;
/// Nobody starts work before this age, so service is at most the age minus it.
pub const EARLIEST_WORKING_AGE: u32 = 15;
/// The longest shutdown or scheme, in weeks (two years).
pub const MAX_WEEKS: u32 = 104;
/// The scheme's monthly cap, in pounds.
pub const MAX_MONTHLY_CAP_POUNDS: i64 = 100_000;
/// Cash reserves, in pounds.
pub const MAX_CASH_POUNDS: i64 = 1_000_000_000_000;
/// Weekly revenue, in pounds.
pub const MAX_WEEKLY_REVENUE_POUNDS: i64 = 100_000_000_000;
/// Days of normal outgoings the cash buffer may cover (ten years).
pub const MAX_CASH_BUFFER_DAYS: u32 = 3_650;
