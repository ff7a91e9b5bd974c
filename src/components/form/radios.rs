use yew::prelude::*;

use super::field::{described_by, error_html, group_class, hint_html};

#[derive(Clone, Debug, PartialEq)]
pub struct RadioOption {
    pub value: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    /// The fieldset's id; each option's input gets `{id}-{value}`.
    pub id: AttrValue,
    pub legend: AttrValue,
    pub options: Vec<RadioOption>,
    pub selected: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Options side by side (for two short ones such as Yes / No).
    #[prop_or_default]
    pub inline: bool,
}

/// One choice out of a few, as a fieldset of radio buttons.
pub fn radios(props: &RadiosProps) -> Html {
    let id = props.id.as_str();
    let has_error = props.error.is_some();
    html! {
        <div class={group_class(has_error)}>
            <fieldset class="fieldset" id={props.id.clone()}
                aria-describedby={described_by(id, props.hint.is_some(), has_error)}>
                <legend class="fieldset__legend">{ props.legend.clone() }</legend>
                { hint_html(id, &props.hint) }
                { error_html(id, &props.error) }
                <div class={classes!("radios", props.inline.then_some("radios--inline"))}>
                    { for props.options.iter().map(|option| radio(props, option)) }
                </div>
            </fieldset>
        </div>
    }
}

fn radio(props: &RadiosProps, option: &RadioOption) -> Html {
    let input_id = format!("{}-{}", props.id, option.value);
    let hint_id = format!("{input_id}-hint");
    let on_change = {
        let callback = props.on_change.clone();
        let value = option.value.to_string();
        Callback::from(move |_: Event| callback.emit(value.clone()))
    };
    html! {
        <div class="radios__item">
            <input class="radios__input" type="radio" id={input_id.clone()} name={props.id.clone()}
                value={option.value.clone()} checked={option.value == props.selected}
                aria-describedby={option.hint.as_ref().map(|_| hint_id.clone())}
                onchange={on_change} />
            <label class="label radios__label" for={input_id}>{ option.label.clone() }</label>
            { match &option.hint {
                Some(hint) => html! { <div id={hint_id} class="hint radios__hint">{ hint.clone() }</div> },
                None => html! {},
            } }
        </div>
    }
}
