//! What a calculation uses when the user has not chosen: the tax year and the scheme.

use chrono::NaiveDate;
use furlough_engine::estimate::SchemePreset;
use furlough_engine::payroll::{supported_tax_years, TaxYear};

/// The tax year containing today, if we hold its thresholds; otherwise (`None`) the engine
/// takes the newest it holds.
pub fn default_tax_year(today: NaiveDate) -> Option<TaxYear> {
    TaxYear::containing(today).filter(|year| supported_tax_years().any(|held| held == *year))
}

/// The preset a form names; the supply-chain scheme if it names none we know, or "custom"
/// (the roster and supply-chain views offer named schemes only).
pub fn chosen_preset(id: &str) -> SchemePreset {
    match SchemePreset::from_id(id) {
        Some(SchemePreset::Custom) | None => SchemePreset::SupplyChain26Weeks,
        Some(preset) => preset,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_or_custom_scheme_falls_back_to_the_supply_chain_scheme() {
        assert_eq!(chosen_preset("cjrs-oct-2020"), SchemePreset::CjrsOct2020);
        assert_eq!(chosen_preset("nonsense"), SchemePreset::SupplyChain26Weeks);
        assert_eq!(chosen_preset("custom"), SchemePreset::SupplyChain26Weeks);
    }

    #[test]
    fn the_default_tax_year_is_the_one_containing_today() {
        let year = |y, m, d| default_tax_year(NaiveDate::from_ymd_opt(y, m, d).unwrap()).map(|t| t.to_string());
        assert_eq!(year(2026, 4, 6).as_deref(), Some("2026-27"));
        assert_eq!(year(2026, 4, 5).as_deref(), Some("2025-26"));
        assert_eq!(year(2040, 1, 1), None, "a year we hold no thresholds for");
    }
}
