//! The employee roster view.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RosterText {
    Heading,
}

pub(super) fn english(id: RosterText) -> &'static str {
    use RosterText::*;
    match id {
        Heading => "Employee roster",
    }
}
