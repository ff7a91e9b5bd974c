//! What the user has given the supply-chain view, exactly as typed: firms typed into a table,
//! a CSV of firms, and the scheme for the whole chain.

use furlough_engine::estimate::SchemePreset;

use super::csv_text::{CsvAction, CsvText};

/// A cell of a firm's row: the firm estimate's quick-mode questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirmField {
    Name,
    Employees,
    AveragePay,
    LostOutput,
    ShutdownWeeks,
    /// Empty: the default cash buffer.
    CashReserves,
}

impl FirmField {
    /// The table's columns, in order.
    pub const ALL: [FirmField; 6] = [
        FirmField::Name,
        FirmField::Employees,
        FirmField::AveragePay,
        FirmField::LostOutput,
        FirmField::ShutdownWeeks,
        FirmField::CashReserves,
    ];
}

/// A firm typed into the table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FirmForm {
    /// Stable across additions and removals, for Yew's keyed list and the inputs' ids.
    pub key: u32,
    pub name: String,
    pub employees: String,
    pub average_pay: String,
    pub lost_output_pct: String,
    pub shutdown_weeks: String,
    pub cash_reserves: String,
}

impl FirmForm {
    pub fn field(&self, field: FirmField) -> &str {
        match field {
            FirmField::Name => &self.name,
            FirmField::Employees => &self.employees,
            FirmField::AveragePay => &self.average_pay,
            FirmField::LostOutput => &self.lost_output_pct,
            FirmField::ShutdownWeeks => &self.shutdown_weeks,
            FirmField::CashReserves => &self.cash_reserves,
        }
    }

    /// A row with nothing typed in it is not a firm yet.
    pub fn is_blank(&self) -> bool {
        FirmField::ALL.iter().all(|&field| self.field(field).trim().is_empty())
    }

    fn field_mut(&mut self, field: FirmField) -> &mut String {
        match field {
            FirmField::Name => &mut self.name,
            FirmField::Employees => &mut self.employees,
            FirmField::AveragePay => &mut self.average_pay,
            FirmField::LostOutput => &mut self.lost_output_pct,
            FirmField::ShutdownWeeks => &mut self.shutdown_weeks,
            FirmField::CashReserves => &mut self.cash_reserves,
        }
    }
}

/// The supply-chain view's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct SupplyChainForm {
    pub firms: Vec<FirmForm>,
    /// Firms from a CSV file (pasted or loaded), with every column the file format allows.
    pub csv: CsvText,
    /// A `SchemePreset` id, for every firm of the chain.
    pub preset: String,
    next_firm_key: u32,
}

impl Default for SupplyChainForm {
    /// One empty row to type into.
    fn default() -> SupplyChainForm {
        SupplyChainForm {
            firms: vec![FirmForm::default()],
            csv: CsvText::default(),
            preset: SchemePreset::SupplyChain26Weeks.id().into(),
            next_firm_key: 1,
        }
    }
}

/// What the user can do in the supply-chain view.
#[derive(Clone, Debug, PartialEq)]
pub enum SupplyChainAction {
    SetFirm { key: u32, field: FirmField, text: String },
    AddFirm,
    RemoveFirm { key: u32 },
    Csv(CsvAction),
    ChoosePreset(String),
}

impl SupplyChainForm {
    pub fn apply(&mut self, action: SupplyChainAction) {
        match action {
            SupplyChainAction::SetFirm { key, field, text } => {
                if let Some(firm) = self.firms.iter_mut().find(|firm| firm.key == key) {
                    *firm.field_mut(field) = text;
                }
            }
            SupplyChainAction::AddFirm => {
                self.firms.push(FirmForm { key: self.next_firm_key, ..FirmForm::default() });
                self.next_firm_key += 1;
            }
            SupplyChainAction::RemoveFirm { key } => self.firms.retain(|firm| firm.key != key),
            SupplyChainAction::Csv(action) => self.csv.apply(action),
            SupplyChainAction::ChoosePreset(id) => self.preset = id,
        }
    }

    /// Puts these firms in place of the typed ones (a restored link or draft), with new keys.
    pub fn replace_firms(&mut self, firms: Vec<FirmForm>) {
        self.firms = firms;
        for firm in &mut self.firms {
            firm.key = self.next_firm_key;
            self.next_firm_key += 1;
        }
    }

    /// The key the next added firm will get (the view focuses its first cell).
    pub fn next_firm_key(&self) -> u32 {
        self.next_firm_key
    }
}

#[cfg(test)]
mod tests;
