use furlough_engine::Money;
use yew::prelude::*;

use crate::format;
use crate::messages::{text, Message};

/// One answer as printed: the question (or a short name for it) and what the user gave.
struct PrintedAnswer {
    label: AttrValue,
    value: AttrValue,
}

/// The answers of a view in the order they are asked, as typed; questions left empty are not
/// printed.
#[derive(Default)]
pub struct Answers(Vec<PrintedAnswer>);

impl Answers {
    pub fn add(&mut self, question: impl Message, typed: impl AsRef<str>) {
        self.add_named(text(question), typed);
    }

    /// An answer under a label of its own (a group's or a firm's name).
    pub fn add_named(&mut self, label: impl Into<AttrValue>, typed: impl AsRef<str>) {
        let typed = typed.as_ref().trim();
        if !typed.is_empty() {
            self.0.push(PrintedAnswer { label: label.into(), value: typed.to_string().into() });
        }
    }
}

/// An amount as typed, written as the page writes money (`32000` → `£32,000`); as typed when it
/// is not an amount.
pub fn typed_money(typed: &str) -> String {
    Money::parse(typed).map(format::money_as_given).unwrap_or_else(|_| typed.trim().to_string())
}

/// A view's answers as a short list, with the date: printed instead of the form (which the
/// print stylesheet hides), so a printout says what its figures are for on one or two pages.
/// Never shown on screen. `printed_on` says which view was printed, when and from where.
pub fn printed_answers(printed_on: &str, heading: &str, answers: Answers) -> Html {
    html! {
        <section class="print-only answers-summary">
            <p class="answers-summary__date">{ printed_on.to_string() }</p>
            <h2 class="heading-m">{ heading.to_string() }</h2>
            <dl class="answers-summary__list">
                { for answers.0.into_iter().map(|answer| html! {
                    <div class="answers-summary__row"><dt>{ answer.label }</dt><dd>{ answer.value }</dd></div>
                }) }
            </dl>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_typed_is_printed_as_money_and_anything_else_as_typed() {
        assert_eq!(typed_money("32000"), "£32,000");
        assert_eq!(typed_money(" £31,000.50 "), "£31,000.50");
        assert_eq!(typed_money("lots"), "lots");
        assert_eq!(typed_money("  "), "");
    }
}
