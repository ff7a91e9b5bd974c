use yew::prelude::*;

use super::field::{described_by, error_html, group_class, hint_html};
use crate::derive::date::parts_in_error;
use crate::messages::{text, CommonText};
use crate::state::{DatePart, DateText};

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// The fieldset's id; the boxes are `{id}-day`, `{id}-month` and `{id}-year`.
    pub id: AttrValue,
    pub legend: AttrValue,
    /// The three boxes exactly as typed.
    pub value: DateText,
    pub on_input: Callback<(DatePart, String)>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// A date as three boxes, day, month and year, in a fieldset (GOV.UK date input): easy to type
/// with a keyboard, and nothing is reformatted while the user types. With an error, only the
/// boxes it is about are marked (`parts_in_error`), and the error summary's link goes to the
/// first of them.
pub fn date_field(props: &DateFieldProps) -> Html {
    let id = props.id.as_str();
    let has_error = props.error.is_some();
    let in_error = if has_error { parts_in_error(&props.value) } else { Vec::new() };
    html! {
        <div class={group_class(has_error)}>
            <fieldset class="fieldset" role="group" id={props.id.clone()}
                aria-describedby={described_by(id, props.hint.is_some(), has_error)}>
                <legend class="fieldset__legend">{ props.legend.clone() }</legend>
                { hint_html(id, &props.hint) }
                { error_html(id, &props.error) }
                <div class="date-input">
                    { for DatePart::ALL.into_iter().map(|part| date_box(props, part, in_error.contains(&part))) }
                </div>
            </fieldset>
        </div>
    }
}

fn date_box(props: &DateFieldProps, part: DatePart, has_error: bool) -> Html {
    let input_id = format!("{}-{}", props.id, part.slug());
    let (label, width) = match part {
        DatePart::Day => (CommonText::DateDay, "input--width-2"),
        DatePart::Month => (CommonText::DateMonth, "input--width-2"),
        DatePart::Year => (CommonText::DateYear, "input--width-4"),
    };
    let on_input = {
        let callback = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            callback.emit((part, input.value()));
        })
    };
    html! {
        <div class="date-input__item">
            <label class="label date-input__label" for={input_id.clone()}>{ text(label) }</label>
            <input
                class={classes!("input", width, has_error.then_some("input--error"))}
                id={input_id.clone()}
                name={input_id}
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                value={props.value.part(part).to_string()}
                aria-invalid={has_error.then_some("true")}
                oninput={on_input}
            />
        </div>
    }
}
