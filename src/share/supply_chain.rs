//! What of a supply chain a link or a draft carries: the firms typed into the table, the
//! imported CSV text and the scheme. Firm names are businesses', not people's, so they travel.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

use super::{acceptable_strings, acceptable_text, codec, LinkError};
use crate::derive::supply_chain::derive_supply_chain;
use crate::state::{CsvText, FirmForm, SupplyChainForm};

/// A typed firm: name, employees, average pay, lost output %, weeks, cash.
type Firm = (String, String, String, String, String, String);

/// Version 1 of a supply chain's answers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SharedSupplyChain {
    #[serde(rename = "f", skip_serializing_if = "Vec::is_empty")]
    firms: Vec<Firm>,
    #[serde(rename = "r", skip_serializing_if = "String::is_empty")]
    csv: String,
    #[serde(rename = "s", skip_serializing_if = "String::is_empty")]
    preset: String,
}

/// The most firms a link may hold in its table (a CSV holds more).
const MAX_FIRMS: usize = 500;

impl SharedSupplyChain {
    pub fn of(form: &SupplyChainForm) -> SharedSupplyChain {
        SharedSupplyChain {
            firms: form
                .firms
                .iter()
                .filter(|firm| !firm.is_blank())
                .map(|f| {
                    let f = f.clone();
                    (f.name, f.employees, f.average_pay, f.lost_output_pct, f.shutdown_weeks, f.cash_reserves)
                })
                .collect(),
            csv: form.csv.text.to_string(),
            preset: form.preset.clone(),
        }
    }

    pub fn into_form(self) -> SupplyChainForm {
        let mut form = SupplyChainForm::default();
        if !self.firms.is_empty() {
            form.replace_firms(
                self.firms
                    .into_iter()
                    .map(|(name, employees, average_pay, lost_output_pct, shutdown_weeks, cash_reserves)| FirmForm {
                        key: 0,
                        name,
                        employees,
                        average_pay,
                        lost_output_pct,
                        shutdown_weeks,
                        cash_reserves,
                    })
                    .collect(),
            );
        }
        form.csv = CsvText { text: Rc::from(self.csv), replaced: None };
        if !self.preset.is_empty() {
            form.preset = self.preset;
        }
        form
    }
}

pub fn link_payload(form: &SupplyChainForm) -> Result<String, LinkError> {
    codec::encode(&SharedSupplyChain::of(form))
}

/// The supply chain a link holds, if the calculator could have made it.
pub fn form_from_link(payload: &str, today: NaiveDate) -> Result<SupplyChainForm, LinkError> {
    let shared: SharedSupplyChain = codec::decode(payload)?;
    let short = (&shared.firms, &shared.preset);
    if shared.firms.len() > MAX_FIRMS || !acceptable_strings(&short, 60) || !acceptable_text(&shared.csv) {
        return Err(LinkError::Unacceptable);
    }
    let form = shared.into_form();
    match derive_supply_chain(&form, today) {
        Err(problems) if !problems.invalid.is_empty() => Err(LinkError::Unacceptable),
        _ => Ok(form),
    }
}

#[cfg(test)]
mod tests;
