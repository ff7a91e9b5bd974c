//! Share links and drafts: a view's answers, encoded into the URL fragment (never the query:
//! the fragment is not sent to any server) or kept in the browser's storage.
//!
//! - [`fragment`]: the fragment's grammar, `#<view>[/<segment>…]`;
//! - [`codec`]: the versioned, compact payload segment `v1.<encoding><base64url>`;
//! - [`estimate`]: what of the firm estimate a link carries.
//!
//! Old links must keep working: `tests/golden_links.rs` decodes links of every version ever
//! made and checks they give the same answers.

pub mod codec;
pub mod estimate;
pub mod fragment;

#[cfg(test)]
mod golden_tests;

use std::fmt;

use crate::messages::{text, CommonText};

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

/// Typed answers a link may carry: each no longer than any real answer.
pub fn acceptable_answer(answer: &str) -> bool {
    answer.chars().count() <= 40 && !answer.chars().any(|c| c.is_control() || matches!(c, '<' | '>' | '`'))
}
