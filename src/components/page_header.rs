use yew::prelude::*;

use crate::messages::{text, MessageId};

/// The product's name in a bar across the top of the page.
#[function_component(PageHeader)]
pub fn page_header() -> Html {
    html! {
        <header class="site-header">
            <div class="site-header__inner">
                <span class="site-header__title">{ text(MessageId::AppTitle) }</span>
            </div>
        </header>
    }
}
