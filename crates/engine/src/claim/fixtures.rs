//! Claims for unit tests, written as §7 JSON because that reads like the claims people send.

use serde_json::{json, Value};

use super::input::ClaimInput;
use super::json::parse_claim;

/// A monthly regular-pay claim for November 2020 (£2,000 a month, furloughed all month), with
/// `changes` replacing or adding fields (`null` removes one).
pub fn november_claim(changes: Value) -> ClaimInput {
    parse_claim(&november_json(changes)).unwrap()
}

/// The §7 JSON of [`november_claim`].
pub fn november_json(changes: Value) -> Value {
    let mut claim = json!({
        "claim_period_start": "2020-11-01",
        "claim_period_end": "2020-11-30",
        "furlough_start": "2020-11-01",
        "furlough_status": "FurloughOngoing",
        "pay_frequency": "monthly",
        "pay_method": "regular",
        "regular_pay_amount": 2000,
        "pay_period_end_dates": ["2020-10-31", "2020-11-30"]
    });
    if let (Value::Object(claim), Value::Object(changes)) = (&mut claim, changes) {
        for (name, value) in changes {
            if value.is_null() {
                claim.remove(&name);
            } else {
                claim.insert(name, value);
            }
        }
    }
    claim
}
