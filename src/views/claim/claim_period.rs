use yew::prelude::*;

use super::fields::{claim_date, yes_no};
use super::SectionProps;
use crate::messages::{text, ClaimText};
use crate::state::claim_form::{ClaimDate, ClaimQuestion};

/// Claim spec §2: the claim period and the furlough.
pub fn claim_period_section(props: &SectionProps) -> Html {
    html! {
        <div class="claim-section">
            <h3 class="heading-m">{ text(ClaimText::SectionClaim) }</h3>
            { claim_date(props, ClaimDate::ClaimStart, ClaimText::ClaimStartLegend, None) }
            { claim_date(props, ClaimDate::ClaimEnd, ClaimText::ClaimEndLegend, Some(ClaimText::ClaimEndHint)) }
            { claim_date(props, ClaimDate::FurloughStart, ClaimText::FurloughStartLegend, Some(ClaimText::FurloughStartHint)) }
            { yes_no(props, ClaimQuestion::FurloughEnded, ClaimText::FurloughEndedLegend, None) }
            if props.asked.furlough_end {
                <div class="conditional">
                    { claim_date(props, ClaimDate::FurloughEnd, ClaimText::FurloughEndLegend, None) }
                </div>
            }
        </div>
    }
}
