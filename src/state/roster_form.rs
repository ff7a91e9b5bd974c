//! What the user has typed into the employee roster view, exactly as typed.

/// The employee roster view's answers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RosterForm {}

/// What the user can do in the employee roster view.
#[derive(Clone, Debug, PartialEq)]
pub enum RosterAction {}

impl RosterForm {
    pub fn apply(&mut self, action: RosterAction) {
        match action {}
    }
}
