use yew::prelude::*;

use crate::messages::{text, CommonText};
use crate::state::FieldError;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
    /// Changes each time the summary should take focus (on submit, or on an attempted share).
    #[prop_or_default]
    pub focus_request: u32,
}

/// "There is a problem": every error on the page, each linking to its field (GOV.UK pattern).
/// Following a link moves focus to the field itself instead of changing the URL fragment, which
/// the app uses for the view and for share links.
#[function_component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with(props.focus_request, move |request| {
            if *request > 0 {
                if let Some(element) = summary.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" role="alert" tabindex="-1" ref={summary}
            aria-labelledby="error-summary-title">
            <h2 class="error-summary__title" id="error-summary-title">{ text(CommonText::ErrorSummaryTitle) }</h2>
            <ul class="error-summary__list">
                { for props.errors.iter().map(error_link) }
            </ul>
        </div>
    }
}

fn error_link(error: &FieldError) -> Html {
    let field_id = error.field_id.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        focus_field(&field_id);
    });
    html! {
        <li><a href={format!("#{}", error.field_id)} {onclick}>{ error.message.clone() }</a></li>
    }
}

/// Focuses the field (or the first control of a fieldset) and scrolls it into view.
fn focus_field(field_id: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(element) = document.get_element_by_id(field_id) else {
        return;
    };
    let target = if element.tag_name().eq_ignore_ascii_case("fieldset") {
        element.query_selector("input, select, textarea").ok().flatten()
    } else {
        Some(element)
    };
    if let Some(target) = target.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok()) {
        target.scroll_into_view();
        let _ = target.focus();
    }
}
