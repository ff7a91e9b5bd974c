use furlough_engine::claim::{NicCategory, PensionStatus};
use yew::prelude::*;
use yew::props;

use super::fields::{claim_date, error, option};
use super::SectionProps;
use crate::components::form::{radios, RadiosProps};
use crate::messages::{text, ClaimText};
use crate::state::claim_form::{ids, ClaimDate};
use crate::state::ClaimAction;

/// Claim spec §6 (claims ending before August 2020): the employer NIC and pension grants need
/// the NIC category, the pension status and the last pay date (for the tax year).
pub fn contributions_section(props: &SectionProps) -> Html {
    let nic = {
        let on_action = props.on_action.clone();
        Callback::from(move |value: String| {
            let category = if value == "payable" { NicCategory::Payable } else { NicCategory::NonPayable };
            on_action.emit(ClaimAction::SetNicCategory(category));
        })
    };
    let pension = {
        let on_action = props.on_action.clone();
        Callback::from(move |value: String| {
            let status = if value == "yes" { PensionStatus::Contributes } else { PensionStatus::DoesNotContribute };
            on_action.emit(ClaimAction::SetPensionStatus(status));
        })
    };
    let nic_selected = match props.form.nic_category {
        Some(NicCategory::Payable) => "payable",
        Some(NicCategory::NonPayable) => "nonpayable",
        None => "",
    };
    let pension_selected = match props.form.pension_status {
        Some(PensionStatus::Contributes) => "yes",
        Some(PensionStatus::DoesNotContribute) => "no",
        None => "",
    };
    let nic_options =
        vec![option("payable", ClaimText::NicPayable, None), option("nonpayable", ClaimText::NicNonPayable, None)];
    let pension_options = vec![option("yes", ClaimText::Yes, None), option("no", ClaimText::No, None)];
    html! {
        <div class="claim-section">
            <h3 class="heading-m">{ text(ClaimText::SectionContributions) }</h3>
            { radios(&props!(RadiosProps {
                id: ids::NIC_CATEGORY, legend: text(ClaimText::NicLegend), options: nic_options,
                selected: nic_selected, on_change: nic, error: error(props, ids::NIC_CATEGORY),
            })) }
            { radios(&props!(RadiosProps {
                id: ids::PENSION_STATUS, legend: text(ClaimText::PensionLegend), options: pension_options,
                inline: true, selected: pension_selected, on_change: pension,
                error: error(props, ids::PENSION_STATUS),
            })) }
            { claim_date(props, ClaimDate::LastPayDate, ClaimText::LastPayDateLegend, Some(ClaimText::LastPayDateHint)) }
        </div>
    }
}
