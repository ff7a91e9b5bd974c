//! Spec step 8's sensitivity curve: jobs at risk with and without the scheme if the shutdown
//! lasted 1 to 52 weeks, so a reader sees how much the answer hangs on its length.

use serde::{Deserialize, Serialize};

use super::outcome::CashPaths;

/// The curve runs from 1 week to this many.
pub const SENSITIVITY_WEEKS: u32 = 52;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SensitivityPoint {
    pub weeks: u32,
    pub jobs_at_risk_without: u32,
    pub jobs_at_risk_with: u32,
}

/// `paths` must reach at least [`SENSITIVITY_WEEKS`] weeks.
pub(super) fn sensitivity(
    paths: &CashPaths,
    exposed_jobs: u32,
    headcount: u32,
) -> Vec<SensitivityPoint> {
    (1..=SENSITIVITY_WEEKS)
        .map(|weeks| SensitivityPoint {
            weeks,
            jobs_at_risk_without: paths
                .outcome(false, weeks)
                .jobs_at_risk(exposed_jobs, headcount),
            jobs_at_risk_with: paths
                .outcome(true, weeks)
                .jobs_at_risk(exposed_jobs, headcount),
        })
        .collect()
}
