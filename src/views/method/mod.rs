//! The "How we calculate" view: the methodology documents of `docs/`, rendered to HTML when the
//! app is built (see `build.rs`), so the page and the repository always say the same thing.

use yew::prelude::*;

use crate::messages::{text, MethodText};

pub fn method_view() -> Html {
    let document = |id: MethodText| Html::from_html_unchecked(AttrValue::Static(text(id)));
    html! {
        <div class="view prose" key="method">
            <article aria-label={text(MethodText::EstimateLabel)}>{ document(MethodText::EstimateMethod) }</article>
            <article aria-label={text(MethodText::ClaimLabel)}>{ document(MethodText::ClaimMethod) }</article>
        </div>
    }
}
