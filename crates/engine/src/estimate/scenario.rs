//! The scenario: what a firm tells the calculator (estimate spec, "Inputs"). Every optional
//! field has the spec's default, filled in by serde, so `{"workforce":[…],"lost_output_pct":60,
//! "shutdown_weeks":6}` is a whole scenario. The serde form is what share links encode: short
//! spec field names, a `version`, and unknown fields refused so a typo cannot silently fall back
//! to a default.
//!
//! Fields the spec requires (`lost_output_pct`, `shutdown_weeks`, a group's `employees` and
//! `annual_pay`) are `Option`s here, so a half-filled form is still a `Scenario` and validation
//! can say which of them is missing.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::payroll::{NicCategory, TaxYear};

/// The scenario format this engine reads and writes.
pub const SCENARIO_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    pub version: u32,
    /// `None`: the newest tax year whose thresholds we hold (see `payroll`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_year: Option<TaxYear>,
    pub workforce: Vec<WorkforceGroup>,
    #[serde(skip_serializing_if = "Exposure::is_per_group")]
    pub exposure: Exposure,
    /// Share of normal output lost during the shutdown, 0–100.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lost_output_pct: Option<Decimal>,
    /// Expected length of the shutdown, 1–104 weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shutdown_weeks: Option<u32>,
    pub scheme: Scheme,
    pub finances: Finances,
}

impl Default for Scenario {
    fn default() -> Scenario {
        Scenario {
            version: SCENARIO_VERSION,
            tax_year: None,
            workforce: Vec::new(),
            exposure: Exposure::PerGroup,
            lost_output_pct: None,
            shutdown_weeks: None,
            scheme: Scheme::default(),
            finances: Finances::default(),
        }
    }
}

impl Scenario {
    /// Uses a roster (read by `read_roster`) as the workforce. A roster's groups are mostly
    /// single people, so exposure is spread over the whole workforce (see [`Exposure`]).
    pub fn use_roster(&mut self, groups: Vec<WorkforceGroup>) {
        self.workforce = groups;
        self.exposure = Exposure::WholeWorkforce;
    }
}

/// People who share pay, age, service, NIC category and pension enrolment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WorkforceGroup {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employees: Option<u32>,
    /// Gross annual pay of one person in the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annual_pay: Option<Money>,
    /// Age at the start of the shutdown.
    pub age: u32,
    /// Complete years of service.
    pub years_service: u32,
    pub nic_category: NicCategory,
    pub pension_enrolled: bool,
}

impl Default for WorkforceGroup {
    /// The spec's default group: age 40, 5 years' service, category A, enrolled.
    fn default() -> WorkforceGroup {
        WorkforceGroup {
            label: String::new(),
            employees: None,
            annual_pay: None,
            age: 40,
            years_service: 5,
            nic_category: NicCategory::A,
            pension_enrolled: true,
        }
    }
}

/// How exposed jobs (spec step 2) are counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Exposure {
    /// The spec's rule: round(employees × lost output) in each group, summed.
    #[default]
    PerGroup,
    /// round(headcount × lost output) people in all, a representative cross-section of the
    /// workforce. Used for rosters, whose "groups" are single people: rounding each one would
    /// expose everybody at 50% lost output and nobody at 49%.
    WholeWorkforce,
}

impl Exposure {
    fn is_per_group(&self) -> bool {
        *self == Exposure::PerGroup
    }
}

/// The furlough scheme's parameters (spec "Inputs"; presets in `presets`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scheme {
    /// The government pays this % of pay (up to the cap's share).
    pub gov_rate_pct: Decimal,
    /// Furloughed staff get at least this % of pay, up to the cap.
    pub employee_floor_pct: Decimal,
    /// The cap on the floor amount, per month (converted to a week in spec step 3).
    pub monthly_cap: Money,
    pub covers_employer_nic: bool,
    pub covers_pension: bool,
    /// 0: the firm pays nothing above the floor; 100: it tops up to full pay.
    pub top_up_to_pct: Decimal,
    /// How many weeks the scheme pays; `None` (JSON `null`): the whole shutdown.
    pub max_weeks: Option<u32>,
}

impl Default for Scheme {
    /// A CJRS-like scheme: 80% up to £2,500 a month, no NIC or pension cover, 26 weeks.
    fn default() -> Scheme {
        Scheme {
            gov_rate_pct: Decimal::from(80),
            employee_floor_pct: Decimal::from(80),
            monthly_cap: Money::pounds(2500),
            covers_employer_nic: false,
            covers_pension: false,
            top_up_to_pct: Decimal::ZERO,
            max_weeks: Some(26),
        }
    }
}

/// The firm's money. Each figure it does not know has a default from a cited source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Finances {
    /// Cash the firm can draw on; `None`: `cash_buffer_days` of normal outgoings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cash_reserves: Option<Money>,
    pub cash_buffer_days: Decimal,
    /// Normal weekly revenue; `None`: payroll ÷ `labour_cost_share`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekly_revenue: Option<Money>,
    pub labour_cost_share: Decimal,
    pub operating_margin: Decimal,
    /// Share of non-pay costs that falls with output (materials, energy…).
    pub variable_cost_share: Decimal,
}

impl Default for Finances {
    fn default() -> Finances {
        Finances {
            cash_reserves: None,
            cash_buffer_days: Decimal::from(27),
            weekly_revenue: None,
            labour_cost_share: Decimal::new(25, 2),
            operating_margin: Decimal::new(3, 2),
            variable_cost_share: Decimal::new(75, 2),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scenario_with_only_the_required_fields_gets_the_spec_defaults() {
        let json = r#"{"workforce":[{"employees":10,"annual_pay":"30000"}],"lost_output_pct":50,"shutdown_weeks":4}"#;
        let scenario: Scenario = serde_json::from_str(json).unwrap();
        assert_eq!(scenario.version, SCENARIO_VERSION);
        assert_eq!(scenario.tax_year, None);
        assert_eq!(scenario.scheme, Scheme::default());
        assert_eq!(scenario.scheme.max_weeks, Some(26));
        assert_eq!(scenario.finances, Finances::default());
        let group = &scenario.workforce[0];
        assert_eq!((group.age, group.years_service), (40, 5));
        assert_eq!(
            (group.nic_category, group.pension_enrolled),
            (NicCategory::A, true)
        );
        assert_eq!(scenario.exposure, Exposure::PerGroup);
    }

    #[test]
    fn max_weeks_null_means_the_whole_shutdown_and_absent_means_26() {
        let scheme: Scheme = serde_json::from_str(r#"{"max_weeks":null}"#).unwrap();
        assert_eq!(scheme.max_weeks, None);
        let scheme: Scheme = serde_json::from_str(r#"{}"#).unwrap();
        assert_eq!(scheme.max_weeks, Some(26));
    }

    #[test]
    fn the_serde_form_round_trips_and_leaves_out_empty_optionals() {
        let mut scenario = Scenario::default();
        scenario.workforce.push(WorkforceGroup {
            employees: Some(3),
            ..WorkforceGroup::default()
        });
        let json = serde_json::to_string(&scenario).unwrap();
        assert!(
            !json.contains("tax_year")
                && !json.contains("exposure")
                && !json.contains("annual_pay")
        );
        assert!(json.starts_with(r#"{"version":1,"#));
        assert_eq!(serde_json::from_str::<Scenario>(&json).unwrap(), scenario);
    }

    #[test]
    fn unknown_fields_are_refused_so_typos_do_not_fall_back_to_defaults() {
        assert!(serde_json::from_str::<Scenario>(r#"{"finances":{"cash_reserve":"1"}}"#).is_err());
    }
}
