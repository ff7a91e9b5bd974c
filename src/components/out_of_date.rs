use yew::prelude::*;

use crate::messages::{text, CommonText};

#[derive(Properties, PartialEq)]
pub struct OutOfDateProps {
    pub out_of_date: bool,
}

/// Says that the figures below are for earlier answers while an answer has an error
/// (`Shown::out_of_date`). The live region is always there, so screen readers hear the change.
#[function_component(OutOfDate)]
pub fn out_of_date(props: &OutOfDateProps) -> Html {
    html! {
        <div role="status" class={classes!(props.out_of_date.then_some(["out-of-date", "notice", "notice--warning"]))}>
            if props.out_of_date {
                <strong class="notice__text">{ text(CommonText::OutOfDate) }</strong>
            }
        </div>
    }
}
