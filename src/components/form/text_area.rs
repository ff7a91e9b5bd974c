use std::rc::Rc;

use yew::prelude::*;

use super::field::{described_by, error_html, group_class, hint_html};

#[derive(Properties, PartialEq)]
pub struct TextAreaProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The text exactly as the user gave it; shared, not copied, however long it is.
    pub value: Rc<str>,
    pub on_input: Callback<Rc<str>>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or(8)]
    pub rows: u32,
    /// Hidden when the text is longer than this (the caller shows a summary instead): laying out
    /// tens of thousands of lines takes the browser longer than calculating them. A paste that
    /// makes it longer hides the box at once, in the input event itself, so the browser never
    /// lays the long text out before the summary replaces it.
    #[prop_or_default]
    pub collapse_over: Option<usize>,
}

const COLLAPSED: &str = "textarea--collapsed";

/// A box for many lines of text, such as a pasted spreadsheet. Lines are not wrapped, so each
/// row of a CSV stays on its own line.
pub fn text_area(props: &TextAreaProps) -> Html {
    let id = props.id.as_str();
    let has_error = props.error.is_some();
    let collapsed = props.collapse_over.is_some_and(|limit| props.value.len() > limit);
    let on_input = {
        let callback = props.on_input.clone();
        let collapse_over = props.collapse_over;
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            let value = area.value();
            if collapse_over.is_some_and(|limit| value.len() > limit) {
                let _ = area.class_list().add_1(COLLAPSED);
            }
            callback.emit(Rc::from(value));
        })
    };
    html! {
        <div class={group_class(has_error)}>
            <label class="label" for={props.id.clone()}>{ props.label.clone() }</label>
            { hint_html(id, &props.hint) }
            { error_html(id, &props.error) }
            <textarea
                class={classes!("textarea", has_error.then_some("textarea--error"), collapsed.then_some(COLLAPSED))}
                id={props.id.clone()}
                name={props.id.clone()}
                rows={props.rows.to_string()}
                wrap="off"
                autocomplete="off"
                spellcheck="false"
                value={AttrValue::from(props.value.clone())}
                aria-describedby={described_by(id, props.hint.is_some(), has_error)}
                aria-invalid={has_error.then_some("true")}
                oninput={on_input}
            />
        </div>
    }
}
