//! Share links and drafts: a view's answers, encoded into the URL fragment (never the query:
//! the fragment is not sent to any server) or kept in the browser's storage.
//!
//! - [`fragment`]: the fragment's grammar, `#<view>[/<segment>…]`;
//! - [`codec`]: the versioned, compact payload segment `v1.<encoding><base64url>`;
//! - [`estimate`]: what of the firm estimate a link carries.
//!
//! Old links must keep working: `tests/golden_links.rs` decodes links of every version ever
//! made and checks they give the same answers.

pub mod claim;
pub mod codec;
pub mod estimate;
pub mod fragment;
pub mod roster;
pub mod supply_chain;

#[cfg(test)]
mod golden_tests;

use std::fmt;

use yew::AttrValue;

use crate::messages::{text, CommonText};
use crate::state::View;
use fragment::Fragment;

/// Longer links are not offered: some chat apps cut them short. A file export is offered instead.
pub const MAX_LINK_LENGTH: usize = 8_000;

/// The link to the open view's answers, or why there is none.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareLink {
    Ready(AttrValue),
    /// The answers have a problem (or are incomplete): sharing shows the problems instead.
    NotReady,
    /// Longer than a link should be (a big roster): share a file instead.
    TooLong,
}

impl ShareLink {
    /// The link to a view's answers at `base_url`, if they are `current` (calculated without a
    /// problem) and fit in a link.
    pub fn to(base_url: &str, view: View, current: bool, payload: impl FnOnce() -> Result<String, LinkError>) -> ShareLink {
        if !current {
            return ShareLink::NotReady;
        }
        match payload() {
            Ok(payload) => {
                let link = format!("{base_url}{}", Fragment::for_view(view, Some(&payload)));
                if link.len() > MAX_LINK_LENGTH { ShareLink::TooLong } else { ShareLink::Ready(link.into()) }
            }
            Err(_) => ShareLink::NotReady,
        }
    }

    pub fn link(&self) -> Option<AttrValue> {
        match self {
            ShareLink::Ready(link) => Some(link.clone()),
            ShareLink::NotReady | ShareLink::TooLong => None,
        }
    }
}

/// Why a link could not be opened. Each has a message for the person who followed it; the
/// calculator then starts with its default answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Longer than any link the calculator makes (e.g. pasted junk).
    TooLong,
    /// Not base64url, not valid compressed data, or not valid JSON: often a link cut short by
    /// a chat app.
    Damaged,
    /// Made by a newer version of the calculator.
    FutureVersion,
    /// Well formed, but its answers are not ones the calculator could have made: too large,
    /// wrong kind, or text that looks like code.
    Unacceptable,
}

impl LinkError {
    pub fn message(self) -> &'static str {
        text(match self {
            LinkError::TooLong => CommonText::LinkTooLong,
            LinkError::Damaged => CommonText::LinkDamaged,
            LinkError::FutureVersion => CommonText::LinkFutureVersion,
            LinkError::Unacceptable => CommonText::LinkUnacceptable,
        })
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// Text a link may carry in a free-text answer (a group's name): short, printable, and nothing
/// that looks like markup. The page shows labels as text whatever they hold; this keeps links
/// that try something else out altogether.
pub fn acceptable_label(label: &str) -> bool {
    label.chars().count() <= 60 && !label.chars().any(|c| c.is_control() || matches!(c, '<' | '>' | '`'))
}

/// Every piece of text in a link's answers: no longer than `max` characters (a typed answer)
/// and nothing that looks like markup. Long text (a CSV file) is checked by its own reader.
pub fn acceptable_strings<T: serde::Serialize>(answers: &T, max: usize) -> bool {
    fn walk(value: &serde_json::Value, max: usize) -> bool {
        match value {
            serde_json::Value::String(text) => text.chars().count() <= max && acceptable_text(text),
            serde_json::Value::Array(items) => items.iter().all(|item| walk(item, max)),
            serde_json::Value::Object(fields) => fields.values().all(|item| walk(item, max)),
            _ => true,
        }
    }
    // Through the JSON text, not `to_value`: the text writer of each answers type is already in
    // the wasm for its link, and reading text into a `Value` is one function for all of them.
    serde_json::to_vec(answers)
        .ok()
        .and_then(|json| serde_json::from_slice(&json).ok())
        .is_some_and(|value| walk(&value, max))
}

/// Text with no control characters (but line breaks and tabs) and no markup.
pub fn acceptable_text(text: &str) -> bool {
    !text.chars().any(|c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || matches!(c, '<' | '>' | '`'))
}

/// Typed answers a link may carry: each no longer than any real answer.
pub fn acceptable_answer(answer: &str) -> bool {
    answer.chars().count() <= 40 && !answer.chars().any(|c| c.is_control() || matches!(c, '<' | '>' | '`'))
}
