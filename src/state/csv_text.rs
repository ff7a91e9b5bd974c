//! A CSV file's text, pasted or typed into a box or loaded from a file, exactly as given.

use std::rc::Rc;

/// The text sits behind an `Rc`, so that copying the state for each action costs nothing
/// even for a 10,000-row roster.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvText {
    pub text: Rc<str>,
    /// What a loaded file replaced in the box, so it can be swapped back: nothing typed is
    /// lost by choosing a file.
    pub replaced: Option<Rc<str>>,
}

/// What the user can do with a CSV box.
#[derive(Clone, Debug, PartialEq)]
pub enum CsvAction {
    /// Typed or pasted into the box.
    Type(Rc<str>),
    /// A file was chosen and read.
    Load(Rc<str>),
    /// Swap the box's text with the text the last file replaced.
    SwapBack,
}

impl CsvText {
    pub fn apply(&mut self, action: CsvAction) {
        match action {
            CsvAction::Type(text) => self.text = text,
            CsvAction::Load(text) => {
                if !self.text.trim().is_empty() && self.text != text {
                    self.replaced = Some(self.text.clone());
                }
                self.text = text;
            }
            CsvAction::SwapBack => {
                if let Some(earlier) = self.replaced.take() {
                    self.replaced = Some(std::mem::replace(&mut self.text, earlier));
                }
            }
        }
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(csv: &mut CsvText, action: CsvAction) {
        csv.apply(action);
    }

    #[test]
    fn pasted_text_is_kept_exactly_as_pasted() {
        let mut csv = CsvText::default();
        apply(&mut csv, CsvAction::Type(" label,annual_pay\r\nA,£1 \n".into()));
        assert_eq!(&*csv.text, " label,annual_pay\r\nA,£1 \n");
        assert!(csv.replaced.is_none());
    }

    #[test]
    fn a_file_that_replaces_typed_text_keeps_it_to_swap_back() {
        let mut csv = CsvText::default();
        apply(&mut csv, CsvAction::Type("typed by hand".into()));
        apply(&mut csv, CsvAction::Load("from the file".into()));
        assert_eq!(&*csv.text, "from the file");
        apply(&mut csv, CsvAction::SwapBack);
        assert_eq!(&*csv.text, "typed by hand");
        apply(&mut csv, CsvAction::SwapBack);
        assert_eq!(&*csv.text, "from the file", "swapping twice gives the file back");
    }

    #[test]
    fn a_file_loaded_into_an_empty_box_has_nothing_to_swap_back() {
        let mut csv = CsvText::default();
        apply(&mut csv, CsvAction::Load("from the file".into()));
        assert!(csv.replaced.is_none());
        apply(&mut csv, CsvAction::SwapBack);
        assert_eq!(&*csv.text, "from the file");
    }
}
