use yew::prelude::*;

use super::fields::{date_field, yes_no};
use super::SectionProps;
use crate::messages::{text, ClaimText};
use crate::state::claim_form::{ClaimDate, ClaimQuestion};

/// Claim spec §2: the claim period and the furlough.
pub fn claim_period_section(props: &SectionProps) -> Html {
    html! {
        <div class="claim-section">
            <h3 class="heading-m">{ text(ClaimText::SectionClaim) }</h3>
            { date_field(props, ClaimDate::ClaimStart, ClaimText::ClaimStartLegend, None) }
            { date_field(props, ClaimDate::ClaimEnd, ClaimText::ClaimEndLegend, Some(ClaimText::ClaimEndHint)) }
            { date_field(props, ClaimDate::FurloughStart, ClaimText::FurloughStartLegend, Some(ClaimText::FurloughStartHint)) }
            { yes_no(props, ClaimQuestion::FurloughEnded, ClaimText::FurloughEndedLegend, None) }
            if props.asked.furlough_end {
                <div class="conditional">
                    { date_field(props, ClaimDate::FurloughEnd, ClaimText::FurloughEndLegend, None) }
                </div>
            }
        </div>
    }
}
