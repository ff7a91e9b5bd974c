//! What of the firm estimate a link or a draft carries: the answers as typed, with short keys
//! and nothing that is at its default, so a typical firm's link stays well under 300
//! characters. A link carries the open mode's answers; a draft keeps both modes'.

use chrono::NaiveDate;
use furlough_engine::estimate::SchemePreset;
use serde::{Deserialize, Serialize};

use super::{acceptable_answer, acceptable_label, codec, LinkError};
use crate::derive::estimate::derive_estimate;
use crate::state::{EntryMode, EstimateForm, FinancesForm, GroupForm, SchemeForm};

/// Version 1 of the firm estimate's answers. Never change what a key means: add keys instead
/// (old links then lack them and get the default), or make a version 2.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SharedEstimate {
    #[serde(rename = "d", skip_serializing_if = "is_false")]
    detailed: bool,
    #[serde(rename = "t", skip_serializing_if = "String::is_empty")]
    tax_year: String,
    #[serde(rename = "h", skip_serializing_if = "String::is_empty")]
    headcount: String,
    #[serde(rename = "p", skip_serializing_if = "String::is_empty")]
    average_pay: String,
    #[serde(rename = "l", skip_serializing_if = "String::is_empty")]
    lost_output_pct: String,
    #[serde(rename = "w", skip_serializing_if = "String::is_empty")]
    shutdown_weeks: String,
    #[serde(rename = "c", skip_serializing_if = "String::is_empty")]
    cash_reserves: String,
    #[serde(rename = "s", skip_serializing_if = "String::is_empty")]
    preset: String,
    /// Only for a custom scheme: gov %, floor %, cap, top-up %, weeks, NIC covered, pension covered.
    #[serde(rename = "x", skip_serializing_if = "Option::is_none")]
    scheme: Option<(String, String, String, String, String, bool, bool)>,
    /// Only when changed: buffer days, weekly revenue, labour %, margin %, variable %.
    #[serde(rename = "f", skip_serializing_if = "Option::is_none")]
    finances: Option<(String, String, String, String, String)>,
    /// Detailed mode's groups: label, employees, pay, age, years, NIC letter, pension.
    #[serde(rename = "g", skip_serializing_if = "Vec::is_empty")]
    groups: Vec<(String, String, String, String, String, String, bool)>,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// The most groups a link or draft may hold (a roster belongs in the roster view).
const MAX_GROUPS: usize = 200;

impl SharedEstimate {
    /// What a link carries: the open mode's answers only.
    pub fn for_link(form: &EstimateForm) -> SharedEstimate {
        let mut shared = SharedEstimate::for_draft(form);
        match form.mode {
            EntryMode::Quick => {
                shared.groups.clear();
                shared.finances = None;
            }
            EntryMode::Detailed => {
                shared.headcount.clear();
                shared.average_pay.clear();
            }
        }
        shared
    }

    /// What a draft keeps: everything typed in either mode.
    pub fn for_draft(form: &EstimateForm) -> SharedEstimate {
        let custom = SchemePreset::from_id(&form.preset).is_none_or(|preset| preset == SchemePreset::Custom);
        let scheme = &form.scheme;
        let finances = &form.finances;
        SharedEstimate {
            detailed: form.mode == EntryMode::Detailed,
            tax_year: form.tax_year.clone(),
            headcount: form.headcount.clone(),
            average_pay: form.average_pay.clone(),
            lost_output_pct: form.lost_output_pct.clone(),
            shutdown_weeks: form.shutdown_weeks.clone(),
            cash_reserves: form.cash_reserves.clone(),
            preset: form.preset.clone(),
            scheme: custom.then(|| {
                (
                    scheme.gov_rate_pct.clone(),
                    scheme.employee_floor_pct.clone(),
                    scheme.monthly_cap.clone(),
                    scheme.top_up_to_pct.clone(),
                    scheme.max_weeks.clone(),
                    scheme.covers_employer_nic,
                    scheme.covers_pension,
                )
            }),
            finances: (*finances != FinancesForm::default()).then(|| {
                (
                    finances.cash_buffer_days.clone(),
                    finances.weekly_revenue.clone(),
                    finances.labour_cost_share_pct.clone(),
                    finances.operating_margin_pct.clone(),
                    finances.variable_cost_share_pct.clone(),
                )
            }),
            groups: form
                .groups
                .iter()
                .map(|g| {
                    let g = g.clone();
                    (g.label, g.employees, g.annual_pay, g.age, g.years_service, g.nic_category, g.pension_enrolled)
                })
                .collect(),
        }
    }

    /// The form these answers fill in (defaults for anything not carried).
    pub fn into_form(self) -> EstimateForm {
        let mut form = EstimateForm::default();
        form.mode = if self.detailed { EntryMode::Detailed } else { EntryMode::Quick };
        form.tax_year = self.tax_year;
        form.headcount = self.headcount;
        form.average_pay = self.average_pay;
        form.lost_output_pct = self.lost_output_pct;
        form.shutdown_weeks = self.shutdown_weeks;
        form.cash_reserves = self.cash_reserves;
        if let Some(preset) = SchemePreset::from_id(&self.preset) {
            form.preset = preset.id().to_string();
            form.scheme = SchemeForm::of(&preset.scheme());
        }
        if let Some((gov, floor, cap, top_up, weeks, nic, pension)) = self.scheme {
            form.scheme = SchemeForm {
                gov_rate_pct: gov,
                employee_floor_pct: floor,
                monthly_cap: cap,
                top_up_to_pct: top_up,
                max_weeks: weeks,
                covers_employer_nic: nic,
                covers_pension: pension,
            };
        }
        if let Some((buffer, revenue, labour, margin, variable)) = self.finances {
            form.finances = FinancesForm {
                cash_buffer_days: buffer,
                weekly_revenue: revenue,
                labour_cost_share_pct: labour,
                operating_margin_pct: margin,
                variable_cost_share_pct: variable,
            };
        }
        if !self.groups.is_empty() {
            form.replace_groups(
                self.groups
                    .into_iter()
                    .map(|(label, employees, annual_pay, age, years_service, nic_category, pension_enrolled)| {
                        GroupForm { key: 0, label, employees, annual_pay, age, years_service, nic_category, pension_enrolled }
                    })
                    .collect(),
            );
        }
        form
    }

    /// Whether every answer is one a person could have typed: short, no markup, a known preset.
    fn is_acceptable(&self) -> bool {
        let answers = [
            &self.tax_year, &self.headcount, &self.average_pay, &self.lost_output_pct,
            &self.shutdown_weeks, &self.cash_reserves, &self.preset,
        ];
        let scheme_ok = self.scheme.as_ref().is_none_or(|(a, b, c, d, e, _, _)| [a, b, c, d, e].iter().all(|t| acceptable_answer(t)));
        let finances_ok = self.finances.as_ref().is_none_or(|(a, b, c, d, e)| [a, b, c, d, e].iter().all(|t| acceptable_answer(t)));
        let groups_ok = self.groups.len() <= MAX_GROUPS
            && self.groups.iter().all(|(label, a, b, c, d, e, _)| {
                acceptable_label(label) && [a, b, c, d, e].iter().all(|t| acceptable_answer(t))
            });
        answers.iter().all(|t| acceptable_answer(t))
            && (self.preset.is_empty() || SchemePreset::from_id(&self.preset).is_some())
            && scheme_ok
            && finances_ok
            && groups_ok
    }
}

/// The payload segment of a link to these answers.
pub fn link_payload(form: &EstimateForm) -> Result<String, LinkError> {
    codec::encode(&SharedEstimate::for_link(form))
}

/// The payload segment of a link to these answers, uncompressed (see
/// [`codec::encode_uncompressed`]): the embedded calculator's link to the full one.
pub fn uncompressed_link_payload(form: &EstimateForm) -> Result<String, LinkError> {
    codec::encode_uncompressed(&SharedEstimate::for_link(form))
}

/// The answers of a link, if it is one the calculator could have made and its answers can be
/// calculated with; answers merely incomplete are fine, answers that are wrong are not.
pub fn form_from_link(payload: &str, today: NaiveDate) -> Result<EstimateForm, LinkError> {
    let shared: SharedEstimate = codec::decode(payload)?;
    if !shared.is_acceptable() {
        return Err(LinkError::Unacceptable);
    }
    let form = shared.into_form();
    match derive_estimate(&form, today) {
        Err(problems) if !problems.invalid.is_empty() => Err(LinkError::Unacceptable),
        _ => Ok(form),
    }
}

#[cfg(test)]
mod tests;
