//! `furlough claim`: one CJRS claim per stdin line (claim spec §7), one JSON result per stdout
//! line (§8). A line holding a whole acceptance case (`"kind"` and `"inputs"`) is answered by
//! evaluating that kind (see `cases`), so HMRC's own test cases can be checked through the CLI.

use std::io::{self, BufRead, Write};

use furlough_engine::claim::json::{claim_result_json, error_json, parse_claim, Json};
use furlough_engine::claim::{calculate_claim, ClaimError};
use serde_json::Value;

use crate::cases;

/// Answers every non-blank line, in order. `Ok(false)` when any line was refused.
pub fn run(input: impl BufRead, mut output: impl Write) -> io::Result<bool> {
    let mut all_answered = true;
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let (answer, ok) = answer(&line);
        writeln!(output, "{answer}")?;
        all_answered &= ok;
    }
    output.flush()?;
    Ok(all_answered)
}

fn answer(line: &str) -> (Json, bool) {
    let value: Value = match serde_json::from_str(line) {
        Ok(value) => value,
        Err(error) => {
            return (error_json(&ClaimError::unreadable("line", format!("Not valid JSON: {error}"))), false)
        }
    };
    if cases::is_case(&value) {
        return cases::evaluate(&value);
    }
    let (answer, ok) = match parse_claim(&value).and_then(|input| calculate_claim(&input)) {
        Ok(result) => (claim_result_json(&result), true),
        Err(error) => (error_json(&error), false),
    };
    match value.get("id") {
        Some(id) => (Json::object([("id", Json::from_value(id))]).with(members(answer)), ok),
        None => (answer, ok),
    }
}

/// The members of an object (none for other values).
pub fn members(json: Json) -> Vec<(String, Json)> {
    match json {
        Json::Object(members) => members,
        _ => Vec::new(),
    }
}
