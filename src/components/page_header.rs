use yew::prelude::*;

use crate::messages::{text, CommonText};

/// The product's name in a bar across the top of the page.
pub fn page_header() -> Html {
    html! {
        <header class="site-header">
            <div class="site-header__inner">
                <span class="site-header__title">{ text(CommonText::AppTitle) }</span>
            </div>
        </header>
    }
}
