use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::field::{described_by, error_html, group_class, hint_html};

#[derive(Clone, Debug, PartialEq)]
pub struct SelectOption {
    pub value: AttrValue,
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub options: Vec<SelectOption>,
    pub selected: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub label_hidden: bool,
}

/// A drop-down list, for choices with more options than radios read well with.
pub fn select_field(props: &SelectFieldProps) -> Html {
    let id = props.id.as_str();
    let has_error = props.error.is_some();
    let on_change = {
        let callback = props.on_change.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            callback.emit(select.value());
        })
    };
    html! {
        <div class={group_class(has_error)}>
            <label class={classes!("label", props.label_hidden.then_some("visually-hidden"))} for={props.id.clone()}>
                { props.label.clone() }
            </label>
            { hint_html(id, &props.hint) }
            { error_html(id, &props.error) }
            <select
                class={classes!("select", has_error.then_some("select--error"))}
                id={props.id.clone()}
                name={props.id.clone()}
                aria-describedby={described_by(id, props.hint.is_some(), has_error)}
                onchange={on_change}
                // The options' `selected` attribute chooses the first option shown; once the user
                // has picked one by hand the browser ignores it, so a choice the app changes
                // afterwards (editing a scheme parameter makes the scheme "Custom") is set on the
                // list's `value` property.
                ~value={JsValue::from_str(&props.selected)}
            >
                { for props.options.iter().map(|option| html! {
                    <option value={option.value.clone()} selected={option.value == props.selected}>
                        { option.label.clone() }
                    </option>
                }) }
            </select>
        </div>
    }
}
