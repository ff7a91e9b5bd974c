use yew::prelude::*;

use crate::messages::{text, CommonText};

/// Said above results that belong to earlier answers, while the current ones have a problem,
/// so nobody copies figures that no longer match the form.
#[function_component(OutOfDate)]
pub fn out_of_date() -> Html {
    html! {
        <div class="notice notice--warning" role="status">
            <strong class="notice__text">{ text(CommonText::OutOfDate) }</strong>
        </div>
    }
}
