//! The CJRS claim view.

use yew::prelude::*;

use crate::messages::{text, ClaimText};

#[function_component(ClaimView)]
pub fn claim_view() -> Html {
    html! {
        <section class="view" aria-labelledby="view-heading">
            <h2 class="heading-l" id="view-heading">{ text(ClaimText::Heading) }</h2>
        </section>
    }
}
