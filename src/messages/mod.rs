//! Every piece of text the user sees comes from here, looked up by a message id, so that a
//! Welsh catalogue can be added later as data beside the English one.
//!
//! Ids are grouped by the part of the page they belong to, one file each ([`CommonText`],
//! [`EstimateText`], …); each file holds its enum and its English text. [`text`] takes any of
//! them. Messages with blanks use `{name}` placeholders, filled by [`text_with`].

mod assumptions;
mod charts;
mod claim;
mod claim_problems;
mod claim_rules;
mod claim_results;
mod common;
mod estimate;
mod estimate_problems;
mod file_problems;
mod method;
mod results;
mod roster;
mod schemes;
mod supply_chain;

pub use assumptions::AssumptionText;
pub use charts::ChartText;
pub use claim::ClaimText;
pub use claim_problems::ClaimProblemText;
pub use claim_rules::ClaimRuleText;
pub use claim_results::ClaimResultText;
pub use common::{outcome_text, CommonText};
pub use estimate::EstimateText;
pub use estimate_problems::EstimateProblemText;
pub use file_problems::FileProblemText;
pub use method::MethodText;
pub use results::ResultsText;
pub use roster::RosterText;
pub use schemes::SchemeText;
pub use supply_chain::SupplyChainText;

/// A piece of user-facing text: an id of one of the groups above. Each group answers for its
/// own text, so a build links only the groups it uses (the embedded calculator's wasm carries
/// no claim, roster or method text).
pub trait Message: Copy {
    fn english(self) -> &'static str;
}

/// The English text of a message.
pub fn text(id: impl Message) -> &'static str {
    id.english()
}

/// A message with its `{name}` placeholders filled in: `text_with(id, &[("row", "3")])`.
/// One pass from left to right: a value is never searched for placeholders itself (a CSV
/// header cell typed as `{columns}` stays as typed), and a name not given stays as it is.
pub fn text_with(id: impl Message, values: &[(&str, &str)]) -> String {
    fill(text(id), values)
}

/// `text_with`'s work, not generic, so the wasm holds it once rather than once per message group.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut message = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        message.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let filled = after.find('}').and_then(|close| {
            let value = values.iter().find(|(name, _)| *name == &after[..close]).map(|(_, value)| *value)?;
            Some((value, close))
        });
        match filled {
            Some((value, close)) => {
                message.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                message.push('{');
                rest = after;
            }
        }
    }
    message.push_str(rest);
    message
}

/// A message about a number of things: `one` for 1, else `many` with `{count}` filled in.
pub fn text_count(one: impl Message, many: impl Message, count: usize) -> String {
    match count {
        1 => text(one).to_string(),
        n => text_with(many, &[("count", &crate::format::count(n as u64))]),
    }
}

macro_rules! message_group {
    ($group:ident, $module:ident) => {
        impl Message for $group {
            fn english(self) -> &'static str {
                $module::english(self)
            }
        }
    };
}

message_group!(CommonText, common);
message_group!(EstimateText, estimate);
message_group!(EstimateProblemText, estimate_problems);
message_group!(FileProblemText, file_problems);
message_group!(ClaimText, claim);
message_group!(ClaimProblemText, claim_problems);
message_group!(ClaimRuleText, claim_rules);
message_group!(ClaimResultText, claim_results);
message_group!(RosterText, roster);
message_group!(SupplyChainText, supply_chain);
message_group!(MethodText, method);
message_group!(ResultsText, results);
message_group!(ChartText, charts);
message_group!(SchemeText, schemes);
message_group!(AssumptionText, assumptions);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_of_one_has_its_own_message() {
        assert_eq!(text_count(RosterText::RowsReadOne, RosterText::RowsRead, 1), "1 employee read from the roster.");
        assert_eq!(
            text_count(RosterText::RowsReadOne, RosterText::RowsRead, 10_000),
            "10,000 employees read from the roster."
        );
    }

    #[test]
    fn placeholders_are_filled_by_name() {
        assert_eq!(text_with(CommonText::AppTitle, &[("unused", "x")]), text(CommonText::AppTitle));
        assert_eq!(text_with(CommonText::OutOfDate, &[]), text(CommonText::OutOfDate));
        assert_eq!(
            text_with(CommonText::RowColumnProblem, &[("row", "7"), ("column", "age"), ("message", "Enter a number")]),
            "Row 7, age: Enter a number"
        );
    }

    #[test]
    fn a_value_that_looks_like_a_placeholder_is_written_as_typed() {
        let filled = text_with(CommonText::RowColumnProblem, &[("row", "{message}"), ("column", "{x"), ("message", "m")]);
        assert_eq!(filled, "Row {message}, {x: m");
    }

    #[test]
    fn a_placeholder_with_no_value_given_stays_as_it_is() {
        assert_eq!(text_with(CommonText::RowProblem, &[("row", "2")]), "Row 2: {message}");
    }
}
