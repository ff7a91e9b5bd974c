//! The schemes the app offers as starting points (spec "Inputs", presets), each with a
//! one-line description and its source so a reader can check what was modelled.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::scenario::Scheme;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SchemePreset {
    #[serde(rename = "cjrs-spring-2020")]
    CjrsSpring2020,
    #[serde(rename = "cjrs-nov-2020")]
    CjrsNov2020,
    #[serde(rename = "cjrs-sept-2020")]
    CjrsSept2020,
    #[serde(rename = "cjrs-oct-2020")]
    CjrsOct2020,
    #[serde(rename = "supply-chain-26-weeks")]
    SupplyChain26Weeks,
    #[serde(rename = "custom")]
    Custom,
}

impl SchemePreset {
    pub const ALL: [SchemePreset; 6] = [
        SchemePreset::CjrsSpring2020,
        SchemePreset::CjrsNov2020,
        SchemePreset::CjrsSept2020,
        SchemePreset::CjrsOct2020,
        SchemePreset::SupplyChain26Weeks,
        SchemePreset::Custom,
    ];

    /// Stable id for links and the command line.
    pub fn id(self) -> &'static str {
        match self {
            SchemePreset::CjrsSpring2020 => "cjrs-spring-2020",
            SchemePreset::CjrsNov2020 => "cjrs-nov-2020",
            SchemePreset::CjrsSept2020 => "cjrs-sept-2020",
            SchemePreset::CjrsOct2020 => "cjrs-oct-2020",
            SchemePreset::SupplyChain26Weeks => "supply-chain-26-weeks",
            SchemePreset::Custom => "custom",
        }
    }

    pub fn from_id(id: &str) -> Option<SchemePreset> {
        SchemePreset::ALL
            .into_iter()
            .find(|preset| preset.id() == id.trim())
    }

    pub fn name(self) -> &'static str {
        match self {
            SchemePreset::CjrsSpring2020 => "CJRS, spring 2020",
            SchemePreset::CjrsNov2020 => "CJRS from November 2020",
            SchemePreset::CjrsSept2020 => "CJRS, September 2020",
            SchemePreset::CjrsOct2020 => "CJRS, October 2020",
            SchemePreset::SupplyChain26Weeks => "Supply-chain scheme, 26 weeks",
            SchemePreset::Custom => "Custom",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            SchemePreset::CjrsSpring2020 => {
                "Government pays 80% of pay up to £2,500 a month plus employer NIC and minimum pension, for the whole shutdown."
            }
            SchemePreset::CjrsNov2020 => {
                "Government pays 80% of pay up to £2,500 a month; the firm pays employer NIC and pension; whole shutdown."
            }
            SchemePreset::CjrsSept2020 => {
                "Staff get 80% up to £2,500 a month; government pays 70% (up to £2,187.50), the firm the other 10%."
            }
            SchemePreset::CjrsOct2020 => {
                "Staff get 80% up to £2,500 a month; government pays 60% (up to £1,875), the firm the other 20%."
            }
            SchemePreset::SupplyChain26Weeks => {
                "Government pays 80% of pay up to £2,500 a month for up to 26 weeks; the firm pays NIC and pension."
            }
            SchemePreset::Custom => "Set every parameter yourself, starting from the supply-chain scheme.",
        }
    }

    pub fn source(self) -> &'static str {
        match self {
            SchemePreset::CjrsSpring2020 => {
                "HMRC guidance \"Claim for wages through the Coronavirus Job Retention Scheme\" (March–July 2020 rules: \
                 80% up to £2,500 a month, employer NIC and minimum pension contributions also paid)"
            }
            SchemePreset::CjrsNov2020 => {
                "HMRC guidance on the extended Coronavirus Job Retention Scheme, 1 November 2020 to 30 June 2021 (80% up to \
                 £2,500 a month; no NIC or pension grants since August 2020)"
            }
            SchemePreset::CjrsSept2020 => {
                "HMRC \"Changes to the Coronavirus Job Retention Scheme\" (12 June 2020): September 2020, government 70% up \
                 to £2,187.50, employer tops up to 80%"
            }
            SchemePreset::CjrsOct2020 => {
                "HMRC \"Changes to the Coronavirus Job Retention Scheme\" (12 June 2020): October 2020, government 60% up \
                 to £1,875, employer tops up to 80%"
            }
            SchemePreset::SupplyChain26Weeks => {
                "Our model specification: the union-proposed supply-chain scheme, modelled on the Scottish furlough-style \
                 deal for Alexander Dennis (80%, 26 weeks); check the proposal's current terms"
            }
            SchemePreset::Custom => "Your own parameters",
        }
    }

    pub fn scheme(self) -> Scheme {
        let cjrs = |gov_rate: i64, covered: bool| Scheme {
            gov_rate_pct: Decimal::from(gov_rate),
            covers_employer_nic: covered,
            covers_pension: covered,
            max_weeks: None,
            ..Scheme::default()
        };
        match self {
            SchemePreset::CjrsSpring2020 => cjrs(80, true),
            SchemePreset::CjrsNov2020 => cjrs(80, false),
            SchemePreset::CjrsSept2020 => cjrs(70, false),
            SchemePreset::CjrsOct2020 => cjrs(60, false),
            SchemePreset::SupplyChain26Weeks | SchemePreset::Custom => Scheme::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Money;

    #[test]
    fn every_preset_has_a_unique_id_a_name_a_description_and_a_source() {
        for preset in SchemePreset::ALL {
            assert_eq!(SchemePreset::from_id(preset.id()), Some(preset));
            assert!(!preset.name().is_empty() && !preset.source().is_empty());
            assert!(preset.description().ends_with('.') && !preset.description().contains('\n'));
            let json = serde_json::to_string(&preset).unwrap();
            assert_eq!(json, format!("\"{}\"", preset.id()));
        }
        assert_eq!(SchemePreset::from_id("cjrs-2021"), None);
    }

    #[test]
    fn the_presets_have_the_rates_the_spec_names() {
        let spring = SchemePreset::CjrsSpring2020.scheme();
        assert!(spring.covers_employer_nic && spring.covers_pension);
        assert_eq!(
            (spring.gov_rate_pct, spring.monthly_cap, spring.max_weeks),
            (Decimal::from(80), Money::pounds(2500), None)
        );
        let november = SchemePreset::CjrsNov2020.scheme();
        assert!(!november.covers_employer_nic && !november.covers_pension);
        assert_eq!(
            SchemePreset::CjrsSept2020.scheme().gov_rate_pct,
            Decimal::from(70)
        );
        assert_eq!(
            SchemePreset::CjrsOct2020.scheme().gov_rate_pct,
            Decimal::from(60)
        );
        assert_eq!(
            SchemePreset::CjrsOct2020.scheme().employee_floor_pct,
            Decimal::from(80)
        );
        assert_eq!(
            SchemePreset::SupplyChain26Weeks.scheme().max_weeks,
            Some(26)
        );
        assert_eq!(SchemePreset::SupplyChain26Weeks.scheme(), Scheme::default());
    }
}
