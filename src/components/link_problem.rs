use yew::prelude::*;

use crate::messages::{text, CommonText};
use crate::share::LinkError;

/// Says why the link the page was opened with could not be used, and that the calculator
/// started with its usual answers instead.
pub fn link_problem(problem: LinkError, on_dismiss: &Callback<()>) -> Html {
    html! {
        <div class="notice notice--warning link-problem" role="alert">
            <p class="notice__text">{ problem.message() }</p>
            <button type="button" class="button button--secondary button--small"
                onclick={on_dismiss.reform(|_: MouseEvent| ())}>
                { text(CommonText::DismissNotice) }
            </button>
        </div>
    }
}
