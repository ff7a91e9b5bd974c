//! The employee roster view.

use yew::prelude::*;

use crate::messages::{text, RosterText};

#[function_component(RosterView)]
pub fn roster_view() -> Html {
    html! {
        <section class="view" aria-labelledby="view-heading">
            <h2 class="heading-l" id="view-heading">{ text(RosterText::Heading) }</h2>
        </section>
    }
}
