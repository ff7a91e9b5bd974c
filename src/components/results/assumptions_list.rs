use furlough_engine::estimate::{AssumptionKind, Estimate};
use yew::prelude::*;

use super::assumption_text::assumption_lines;
use crate::messages::{text, ResultsText};

/// Every assumption the estimate used, whether it was the user's figure, a default or a rule,
/// and its source: so each number can be explained from the page.
pub fn assumptions_list(estimate: &Estimate) -> Html {
    html! {
        <section aria-labelledby="assumptions-heading">
            <h3 class="heading-m" id="assumptions-heading">{ text(ResultsText::AssumptionsHeading) }</h3>
            <dl class="assumptions">
                { for estimate.assumptions.iter().map(|assumption| {
                    let (kind, class) = match assumption.kind {
                        AssumptionKind::Given => (ResultsText::AssumptionGiven, "tag--given"),
                        AssumptionKind::Default => (ResultsText::AssumptionDefault, "tag--default"),
                        AssumptionKind::Rule => (ResultsText::AssumptionRule, "tag--rule"),
                    };
                    let lines = assumption_lines(assumption);
                    html! {
                        <div class="assumptions__item">
                            <dt>
                                { lines.label }
                                <span class={classes!("tag", class)}>{ text(kind) }</span>
                            </dt>
                            <dd>{ lines.value }</dd>
                            <dd class="hint">{ lines.source }</dd>
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}
