//! What the user has given the employee roster view, exactly as typed: the roster's CSV and
//! the questions about the shutdown that a roster does not answer.

use furlough_engine::estimate::SchemePreset;

use super::csv_text::{CsvAction, CsvText};

/// The shutdown questions, typed as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RosterField {
    LostOutput,
    ShutdownWeeks,
    /// Empty: the default cash buffer.
    CashReserves,
}

/// The employee roster view's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct RosterForm {
    pub csv: CsvText,
    pub lost_output_pct: String,
    pub shutdown_weeks: String,
    pub cash_reserves: String,
    /// A `SchemePreset` id.
    pub preset: String,
}

impl Default for RosterForm {
    fn default() -> RosterForm {
        RosterForm {
            csv: CsvText::default(),
            lost_output_pct: String::new(),
            shutdown_weeks: String::new(),
            cash_reserves: String::new(),
            preset: SchemePreset::SupplyChain26Weeks.id().into(),
        }
    }
}

/// What the user can do in the employee roster view.
#[derive(Clone, Debug, PartialEq)]
pub enum RosterAction {
    Csv(CsvAction),
    Set(RosterField, String),
    ChoosePreset(String),
}

impl RosterForm {
    pub fn apply(&mut self, action: RosterAction) {
        match action {
            RosterAction::Csv(action) => self.csv.apply(action),
            RosterAction::Set(field, text) => *self.field_mut(field) = text,
            RosterAction::ChoosePreset(id) => self.preset = id,
        }
    }

    fn field_mut(&mut self, field: RosterField) -> &mut String {
        match field {
            RosterField::LostOutput => &mut self.lost_output_pct,
            RosterField::ShutdownWeeks => &mut self.shutdown_weeks,
            RosterField::CashReserves => &mut self.cash_reserves,
        }
    }
}

#[cfg(test)]
mod tests;
