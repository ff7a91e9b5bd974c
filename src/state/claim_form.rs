//! What the user has typed into the CJRS claim view, exactly as typed.

/// The CJRS claim view's answers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimForm {}

/// What the user can do in the CJRS claim view.
#[derive(Clone, Debug, PartialEq)]
pub enum ClaimAction {}

impl ClaimForm {
    pub fn apply(&mut self, action: ClaimAction) {
        match action {}
    }
}
