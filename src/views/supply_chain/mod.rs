//! The supply-chain view.

use yew::prelude::*;

use crate::messages::{text, SupplyChainText};

#[function_component(SupplyChainView)]
pub fn supply_chain_view() -> Html {
    html! {
        <section class="view" aria-labelledby="view-heading">
            <h2 class="heading-l" id="view-heading">{ text(SupplyChainText::Heading) }</h2>
        </section>
    }
}
