use yew::prelude::*;

use super::field::{described_by, error_html, group_class, hint_html};

/// Which on-screen keyboard a phone shows (`inputmode`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputMode {
    /// Digits and a decimal point: money, percentages, hours.
    #[default]
    Decimal,
    /// Digits only: headcounts, ages, years.
    Numeric,
    /// A full keyboard: names and labels.
    Text,
}

impl InputMode {
    fn attribute(self) -> &'static str {
        match self {
            InputMode::Decimal => "decimal",
            InputMode::Numeric => "numeric",
            InputMode::Text => "text",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The text exactly as the user typed it.
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Shown before the box and hidden from screen readers (the unit belongs in the label): `£`.
    #[prop_or_default]
    pub prefix: Option<AttrValue>,
    /// Shown after the box and hidden from screen readers: `%`, `weeks`.
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    #[prop_or_default]
    pub input_mode: InputMode,
    /// A width class from the stylesheet, e.g. `input--width-10`.
    #[prop_or_default]
    pub width: Option<&'static str>,
    /// Keeps the label for screen readers only (e.g. inside a table whose header names it).
    #[prop_or_default]
    pub label_hidden: bool,
}

/// A one-line text box: money, numbers, labels.
pub fn text_field(props: &TextFieldProps) -> Html {
    let id = props.id.as_str();
    let has_error = props.error.is_some();
    let on_input = {
        let callback = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            callback.emit(input.value());
        })
    };
    let affix = |text: &Option<AttrValue>, class: &'static str| match text {
        Some(text) => html! { <div class={class} aria-hidden="true">{ text.clone() }</div> },
        None => html! {},
    };
    html! {
        <div class={group_class(has_error)}>
            <label class={classes!("label", props.label_hidden.then_some("visually-hidden"))} for={props.id.clone()}>
                { props.label.clone() }
            </label>
            { hint_html(id, &props.hint) }
            { error_html(id, &props.error) }
            <div class="input-wrapper">
                { affix(&props.prefix, "input-prefix") }
                <input
                    class={classes!("input", props.width, has_error.then_some("input--error"))}
                    id={props.id.clone()}
                    name={props.id.clone()}
                    type="text"
                    inputmode={props.input_mode.attribute()}
                    autocomplete="off"
                    spellcheck="false"
                    value={props.value.clone()}
                    aria-describedby={described_by(id, props.hint.is_some(), has_error)}
                    aria-invalid={has_error.then_some("true")}
                    oninput={on_input}
                />
                { affix(&props.suffix, "input-suffix") }
            </div>
        </div>
    }
}
