//! The "How we calculate" view.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MethodText {
    Heading,
}

pub(super) fn english(id: MethodText) -> &'static str {
    use MethodText::*;
    match id {
        Heading => "How we calculate",
    }
}
