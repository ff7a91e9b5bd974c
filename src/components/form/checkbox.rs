use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub on_change: Callback<bool>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// A single yes/no choice, such as "The scheme pays employer National Insurance".
pub fn checkbox(props: &CheckboxProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let on_change = {
        let callback = props.on_change.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            callback.emit(input.checked());
        })
    };
    html! {
        <div class="form-group checkboxes__item">
            <input class="checkboxes__input" type="checkbox" id={props.id.clone()} name={props.id.clone()}
                checked={props.checked}
                aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}
                onchange={on_change} />
            <label class="label checkboxes__label" for={props.id.clone()}>{ props.label.clone() }</label>
            { match &props.hint {
                Some(hint) => html! { <div id={hint_id} class="hint checkboxes__hint">{ hint.clone() }</div> },
                None => html! {},
            } }
        </div>
    }
}
