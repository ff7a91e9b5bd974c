//! The "How we calculate" view.

use yew::prelude::*;

use crate::messages::{text, MethodText};

#[function_component(MethodView)]
pub fn method_view() -> Html {
    html! {
        <section class="view" aria-labelledby="view-heading">
            <h2 class="heading-l" id="view-heading">{ text(MethodText::Heading) }</h2>
        </section>
    }
}
