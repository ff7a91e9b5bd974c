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
                { for in_page_order(&props.errors).into_iter().map(error_link) }
            </ul>
        </div>
    }
}

/// The errors in the order of their fields on the page (GOV.UK: the summary follows the page),
/// whatever order the answers were checked in (the form's reading first, then the engine's
/// rules). An error whose field is not on the page keeps its place after the others.
fn in_page_order(errors: &[FieldError]) -> Vec<&FieldError> {
    let mut ordered: Vec<&FieldError> = errors.iter().collect();
    let Some(fields) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector_all("input[id], select[id], textarea[id], fieldset[id]").ok())
    else {
        return ordered;
    };
    let ids: Vec<String> = (0..fields.length())
        .filter_map(|index| fields.item(index))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .map(|element| element.id())
        .collect();
    ordered.sort_by_cached_key(|error| ids.iter().position(|id| *id == error.field_id).unwrap_or(usize::MAX));
    ordered
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

/// Focuses the field (or the first control of a fieldset in error, else its first), then scrolls its label (or the
/// fieldset's legend) to the top of the window, as GOV.UK Frontend's error summary does: the
/// question, its hint and its error stay in view above the control, not off the top.
fn focus_field(field_id: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(element) = document.get_element_by_id(field_id) else {
        return;
    };
    let is_fieldset = element.tag_name().eq_ignore_ascii_case("fieldset");
    let (target, heading) = if is_fieldset {
        // The first control marked in error (a date's month), else the first control.
        let control = element
            .query_selector("[aria-invalid=\"true\"]")
            .ok()
            .flatten()
            .or_else(|| element.query_selector("input, select, textarea").ok().flatten());
        (control, element.query_selector("legend").ok().flatten())
    } else {
        let label = document.query_selector(&format!("label[for=\"{field_id}\"]")).ok().flatten();
        (Some(element), label)
    };
    if let Some(target) = target.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok()) {
        let _ = target.focus();
    }
    if let Some(heading) = heading {
        heading.scroll_into_view();
    }
}
