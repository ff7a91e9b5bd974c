use yew::prelude::*;

/// One answer as printed: the question (or a short name for it) and what the user gave.
#[derive(Clone, PartialEq)]
pub struct PrintedAnswer {
    pub label: AttrValue,
    pub value: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct PrintedAnswersProps {
    /// Which view was printed, when and from where.
    pub printed_on: AttrValue,
    pub heading: AttrValue,
    pub answers: Vec<PrintedAnswer>,
}

/// A view's answers as a short list, with the date: printed instead of the form (which the
/// print stylesheet hides), so a printout says what its figures are for on one or two pages.
/// Never shown on screen.
#[function_component(PrintedAnswers)]
pub fn printed_answers(props: &PrintedAnswersProps) -> Html {
    html! {
        <section class="print-only answers-summary">
            <p class="answers-summary__date">{ props.printed_on.clone() }</p>
            <h2 class="heading-m">{ props.heading.clone() }</h2>
            <dl class="answers-summary__list">
                { for props.answers.iter().map(|answer| html! {
                    <div class="answers-summary__row"><dt>{ answer.label.clone() }</dt><dd>{ answer.value.clone() }</dd></div>
                }) }
            </dl>
        </section>
    }
}
