//! What of a roster a link or a draft carries. A link leaves out the `label` column unless the
//! user asks for it: labels may be people's names, and a link travels further than a file.
//! A draft keeps everything: it never leaves this browser.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

use super::{acceptable_strings, acceptable_text, codec, LinkError};
use crate::derive::roster::{derive_roster, read_roster_text};
use crate::state::{CsvText, RosterForm};

/// Version 1 of a roster's answers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SharedRoster {
    /// The roster's CSV text.
    #[serde(rename = "r", skip_serializing_if = "String::is_empty")]
    csv: String,
    #[serde(rename = "l", skip_serializing_if = "String::is_empty")]
    lost_output_pct: String,
    #[serde(rename = "w", skip_serializing_if = "String::is_empty")]
    shutdown_weeks: String,
    #[serde(rename = "c", skip_serializing_if = "String::is_empty")]
    cash_reserves: String,
    #[serde(rename = "s", skip_serializing_if = "String::is_empty")]
    preset: String,
}

/// The short answers of a roster: each no longer than any typed answer.
#[derive(Serialize)]
struct ShortAnswers<'a>(&'a str, &'a str, &'a str, &'a str);

impl SharedRoster {
    /// Everything, names included (drafts).
    pub fn of(form: &RosterForm) -> SharedRoster {
        SharedRoster {
            csv: form.csv.text.to_string(),
            lost_output_pct: form.lost_output_pct.clone(),
            shutdown_weeks: form.shutdown_weeks.clone(),
            cash_reserves: form.cash_reserves.clone(),
            preset: form.preset.clone(),
        }
    }

    pub fn into_form(self) -> RosterForm {
        RosterForm {
            csv: CsvText { text: Rc::from(self.csv), replaced: None },
            lost_output_pct: self.lost_output_pct,
            shutdown_weeks: self.shutdown_weeks,
            cash_reserves: self.cash_reserves,
            preset: if self.preset.is_empty() { RosterForm::default().preset } else { self.preset },
        }
    }
}

/// The payload of a link to this roster; without the `label` column unless `with_names`.
pub fn link_payload(form: &RosterForm, with_names: bool) -> Result<String, LinkError> {
    let mut shared = SharedRoster::of(form);
    if !with_names {
        shared.csv = without_labels(&shared.csv).ok_or(LinkError::Unacceptable)?;
    }
    codec::encode(&shared)
}

/// The roster a link holds, if its text is a roster the calculator could have been given.
pub fn form_from_link(payload: &str, today: NaiveDate) -> Result<RosterForm, LinkError> {
    let shared: SharedRoster = codec::decode(payload)?;
    let short = ShortAnswers(&shared.lost_output_pct, &shared.shutdown_weeks, &shared.cash_reserves, &shared.preset);
    if !acceptable_strings(&short, 40) || !acceptable_text(&shared.csv) {
        return Err(LinkError::Unacceptable);
    }
    let form = shared.into_form();
    let file = Rc::new(read_roster_text(&form.csv.text));
    match derive_roster(&form, &file, today) {
        Err(problems) if !problems.invalid.is_empty() => Err(LinkError::Unacceptable),
        _ => Ok(form),
    }
}

/// The roster with its `label` column emptied (comment lines dropped), or `None` if the text is
/// not CSV the reader can get through.
fn without_labels(csv: &str) -> Option<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(csv.as_bytes());
    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    let mut label_column = None;
    for (index, record) in reader.records().enumerate() {
        let record = record.ok()?;
        if index == 0 {
            label_column = record.iter().position(|field| field.trim().eq_ignore_ascii_case("label"));
            writer.write_record(&record).ok()?;
            continue;
        }
        let fields = record.iter().enumerate().map(|(column, field)| if Some(column) == label_column { "" } else { field });
        writer.write_record(fields).ok()?;
    }
    String::from_utf8(writer.into_inner().ok()?).ok()
}

#[cfg(test)]
mod tests;
