use yew::prelude::*;

use crate::messages::{text, CommonText};
use crate::share::LinkError;

#[derive(Properties, PartialEq)]
pub struct LinkProblemProps {
    pub problem: LinkError,
    pub on_dismiss: Callback<()>,
}

/// Says why the link the page was opened with could not be used, and that the calculator
/// started with its usual answers instead.
#[function_component(LinkProblem)]
pub fn link_problem(props: &LinkProblemProps) -> Html {
    html! {
        <div class="notice notice--warning link-problem" role="alert">
            <p class="notice__text">{ props.problem.message() }</p>
            <button type="button" class="button button--secondary button--small"
                onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>
                { text(CommonText::DismissNotice) }
            </button>
        </div>
    }
}
