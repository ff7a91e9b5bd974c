use yew::prelude::*;

use crate::messages::{text, CommonText};

/// Says that the figures below are for earlier answers while an answer has an error
/// (`Shown::out_of_date`). The live region is always there, so screen readers hear the change.
pub fn out_of_date_notice(out_of_date: bool) -> Html {
    html! {
        <div role="status" class={classes!(out_of_date.then_some(["out-of-date", "notice", "notice--warning"]))}>
            if out_of_date {
                <strong class="notice__text">{ text(CommonText::OutOfDate) }</strong>
            }
        </div>
    }
}
