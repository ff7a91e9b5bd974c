//! The parts every field shares: the ids that tie a control to its hint and error, and the
//! hint and error markup.

use yew::prelude::*;

pub(super) fn hint_id(id: &str) -> String {
    format!("{id}-hint")
}

pub(super) fn error_id(id: &str) -> String {
    format!("{id}-error")
}

/// The control's `aria-describedby`: the hint's id and the error's id, when present.
pub(super) fn described_by(id: &str, hint: bool, error: bool) -> Option<AttrValue> {
    let ids: Vec<String> = [(hint, hint_id(id)), (error, error_id(id))]
        .into_iter()
        .filter_map(|(present, id)| present.then_some(id))
        .collect();
    (!ids.is_empty()).then(|| AttrValue::from(ids.join(" ")))
}

pub(super) fn group_class(error: bool) -> Classes {
    classes!("form-group", error.then_some("form-group--error"))
}

pub(super) fn hint_html(id: &str, hint: &Option<AttrValue>) -> Html {
    match hint {
        Some(hint) => html! { <div id={hint_id(id)} class="hint">{ hint.clone() }</div> },
        None => html! {},
    }
}

/// The error message, with "Error:" for screen readers only (GOV.UK pattern).
pub(super) fn error_html(id: &str, error: &Option<AttrValue>) -> Html {
    match error {
        Some(error) => html! {
            <p id={error_id(id)} class="error-message">
                <span class="visually-hidden">{ "Error: " }</span>{ error.clone() }
            </p>
        },
        None => html! {},
    }
}
