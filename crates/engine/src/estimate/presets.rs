//! The schemes the app offers as starting points (spec "Inputs", presets): their ids and
//! parameters. Their names, descriptions and sources are the app's text (its message catalogue).

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
    fn every_preset_has_a_unique_id_that_is_also_its_json() {
        for preset in SchemePreset::ALL {
            assert_eq!(SchemePreset::from_id(preset.id()), Some(preset));
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
