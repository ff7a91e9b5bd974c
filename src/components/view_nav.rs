use yew::prelude::*;

use crate::messages::{text, CommonText};
use crate::state::View;

#[derive(Properties, PartialEq)]
pub struct ViewNavProps {
    pub current: View,
}

/// The views as links to their URL fragments; the open one is marked `aria-current`. Plain
/// links, so the back button, "open in new tab" and keyboard use all work without scripts of
/// our own; the app follows the fragment (see `app.rs`).
pub fn view_nav(props: &ViewNavProps) -> Html {
    html! {
        <nav class="view-nav" aria-label={text(CommonText::ViewNavLabel)}>
            <ul class="view-nav__list">
                { for View::ALL.into_iter().map(|view| {
                    let current = view == props.current;
                    html! {
                        <li class={classes!("view-nav__item", current.then_some("view-nav__item--current"))}>
                            <a class="view-nav__link" href={format!("#{}", view.slug())}
                                aria-current={current.then_some("page")}>
                                { text(view_name(view)) }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}

fn view_name(view: View) -> CommonText {
    match view {
        View::Estimate => CommonText::ViewEstimate,
        View::Roster => CommonText::ViewRoster,
        View::Claim => CommonText::ViewClaim,
        View::SupplyChain => CommonText::ViewSupplyChain,
        View::Method => CommonText::ViewMethod,
    }
}
