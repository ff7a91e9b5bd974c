//! The typed answers read into an engine `Scenario`: what cannot be read is a problem on its
//! field, named so it reads well in the error summary; what is empty is noted for the engine.

use std::collections::HashSet;

use chrono::NaiveDate;
use furlough_engine::estimate::{Scenario, WorkforceGroup};
use furlough_engine::payroll::{supported_tax_years, NicCategory, TaxYear};
use rust_decimal::Decimal;

use super::field_names::{field_id, sentence_start, typed_box_name};
use crate::derive::parse::{self, Typed};
use crate::messages::{text as text_of, text_with, EstimateText};
use crate::state::{EntryMode, EstimateForm, FieldError};

/// The range a percentage assumption must be in, and the message that says so.
struct PercentRange {
    min: i64,
    min_allowed: bool,
    max: i64,
    message: EstimateText,
}

impl PercentRange {
    fn contains(&self, pct: Decimal) -> bool {
        let min = Decimal::from(self.min);
        (pct > min || (self.min_allowed && pct == min)) && pct <= Decimal::from(self.max)
    }
}

const LABOUR_SHARE: PercentRange =
    PercentRange { min: 0, min_allowed: false, max: 100, message: EstimateText::LabourShareRange };
const MARGIN: PercentRange = PercentRange { min: -50, min_allowed: true, max: 50, message: EstimateText::MarginRange };
const VARIABLE_SHARE: PercentRange =
    PercentRange { min: 0, min_allowed: true, max: 100, message: EstimateText::VariableShareRange };

/// Collects the typed answers into a scenario, noting what cannot be read and what is empty.
pub(super) struct Reader {
    pub(super) mode: EntryMode,
    /// Whether a group's problems start with the group's name (detailed mode, two or more groups).
    pub(super) groups_named: bool,
    pub(super) invalid: Vec<FieldError>,
    /// Engine paths of required answers left empty.
    pub(super) empty: HashSet<String>,
}

impl Reader {
    pub(super) fn scenario(&mut self, form: &EstimateForm, today: NaiveDate) -> Scenario {
        let mut scenario = Scenario {
            tax_year: self.tax_year(&form.tax_year, today),
            workforce: self.workforce(form),
            lost_output_pct: self.required(parse::percentage(&form.lost_output_pct), "lost_output_pct"),
            shutdown_weeks: self.required(parse::whole_number(&form.shutdown_weeks), "shutdown_weeks"),
            ..Scenario::default()
        };
        self.scheme(form, &mut scenario);
        self.finances(form, &mut scenario);
        scenario
    }

    /// Empty: the tax year containing today. If that is the newest year we hold (or one we do
    /// not hold yet), the engine's own default is that year and says so; only an older year
    /// held (a clock set back) is passed explicitly.
    fn tax_year(&mut self, text: &str, today: NaiveDate) -> Option<TaxYear> {
        if text.trim().is_empty() {
            let newest = supported_tax_years().max();
            return TaxYear::containing(today)
                .filter(|year| supported_tax_years().any(|held| held == *year) && Some(*year) != newest);
        }
        match text.parse::<TaxYear>() {
            Ok(year) => Some(year),
            Err(_) => {
                self.invalid("tax_year", text_of(EstimateText::TaxYearUnreadable).into());
                None
            }
        }
    }

    fn workforce(&mut self, form: &EstimateForm) -> Vec<WorkforceGroup> {
        if form.mode == EntryMode::Quick {
            return vec![WorkforceGroup {
                employees: self.required(parse::whole_number(&form.headcount), "workforce[0].employees"),
                annual_pay: self.required(parse::money(&form.average_pay), "workforce[0].annual_pay"),
                ..WorkforceGroup::default()
            }];
        }
        let defaults = WorkforceGroup::default();
        form.groups
            .iter()
            .enumerate()
            .map(|(i, group)| {
                let path = |field: &str| format!("workforce[{i}].{field}");
                WorkforceGroup {
                    label: group.label.trim().to_string(),
                    employees: self.required(parse::whole_number(&group.employees), &path("employees")),
                    annual_pay: self.required(parse::money(&group.annual_pay), &path("annual_pay")),
                    age: self.optional(parse::whole_number(&group.age), &path("age")).unwrap_or(defaults.age),
                    years_service: self
                        .optional(parse::whole_number(&group.years_service), &path("years_service"))
                        .unwrap_or(defaults.years_service),
                    nic_category: self.nic_category(&group.nic_category, &path("nic_category")),
                    pension_enrolled: group.pension_enrolled,
                }
            })
            .collect()
    }

    fn nic_category(&mut self, text: &str, path: &str) -> NicCategory {
        NicCategory::from_letter(text).unwrap_or_else(|| {
            self.invalid(path, text_of(EstimateText::NicCategoryInvalid).into());
            NicCategory::default()
        })
    }

    /// The scheme's parameters. They start filled in (from the preset), so an empty box is
    /// a mistake to point out at once, not an answer still to come.
    fn scheme(&mut self, form: &EstimateForm, scenario: &mut Scenario) {
        let typed = &form.scheme;
        let scheme = &mut scenario.scheme;
        let percentages = [
            (&typed.gov_rate_pct, "scheme.gov_rate_pct", EstimateText::GovRateMissing, &mut scheme.gov_rate_pct),
            (&typed.employee_floor_pct, "scheme.employee_floor_pct", EstimateText::FloorMissing, &mut scheme.employee_floor_pct),
            (&typed.top_up_to_pct, "scheme.top_up_to_pct", EstimateText::TopUpMissing, &mut scheme.top_up_to_pct),
        ];
        for (text, path, missing, target) in percentages {
            if let Some(value) = self.prefilled(parse::percentage(text), path, missing) {
                *target = value;
            }
        }
        if let Some(cap) = self.prefilled(parse::money(&typed.monthly_cap), "scheme.monthly_cap", EstimateText::CapMissing) {
            scheme.monthly_cap = cap;
        }
        scheme.max_weeks = self.optional(parse::whole_number(&typed.max_weeks), "scheme.max_weeks");
        scheme.covers_employer_nic = typed.covers_employer_nic;
        scheme.covers_pension = typed.covers_pension;
    }

    /// The finance assumptions. Shares are typed as percentages and checked here, so that the
    /// messages speak in percentages too; the engine takes them as fractions.
    fn finances(&mut self, form: &EstimateForm, scenario: &mut Scenario) {
        let typed = &form.finances;
        let finances = &mut scenario.finances;
        finances.cash_reserves = self.optional(parse::money(&form.cash_reserves), "finances.cash_reserves");
        if form.mode == EntryMode::Quick {
            return;
        }
        finances.weekly_revenue = self.optional(parse::money(&typed.weekly_revenue), "finances.weekly_revenue");
        if let Some(days) = self.prefilled(
            parse::decimal(&typed.cash_buffer_days),
            "finances.cash_buffer_days",
            EstimateText::CashBufferMissing,
        ) {
            finances.cash_buffer_days = days;
        }
        let shares = [
            (&typed.labour_cost_share_pct, "labour_cost_share", &LABOUR_SHARE, &mut finances.labour_cost_share),
            (&typed.operating_margin_pct, "operating_margin", &MARGIN, &mut finances.operating_margin),
            (&typed.variable_cost_share_pct, "variable_cost_share", &VARIABLE_SHARE, &mut finances.variable_cost_share),
        ];
        for (text, field, range, target) in shares {
            let path = format!("finances.{field}");
            match self.prefilled(parse::percentage(text), &path, range.message) {
                Some(pct) if range.contains(pct) => *target = pct / Decimal::ONE_HUNDRED,
                Some(_) => self.invalid(&path, text_of(range.message).into()),
                None => {}
            }
        }
        let both_read = !self.has_problem("finances.labour_cost_share") && !self.has_problem("finances.operating_margin");
        let labour_and_margin = finances.labour_cost_share + finances.operating_margin;
        if finances.weekly_revenue.is_none() && both_read && labour_and_margin > Decimal::ONE {
            self.invalid("finances.labour_cost_share", text_of(EstimateText::LabourPlusMarginTooHigh).into());
        }
    }

    /// An answer that starts filled in with a default: empty is an error with its message.
    fn prefilled<T>(&mut self, typed: Typed<T>, path: &str, missing: EstimateText) -> Option<T> {
        if matches!(typed, Typed::Empty) {
            self.invalid(path, text_of(missing).into());
            return None;
        }
        self.optional(typed, path)
    }

    /// A required answer: empty is noted (the engine then says what to enter).
    fn required<T>(&mut self, typed: Typed<T>, path: &str) -> Option<T> {
        if matches!(typed, Typed::Empty) {
            self.empty.insert(path.to_string());
        }
        self.optional(typed, path)
    }

    /// An optional answer: empty means "use the default".
    fn optional<T>(&mut self, typed: Typed<T>, path: &str) -> Option<T> {
        match typed {
            Typed::Empty => None,
            Typed::Value(value) => Some(value),
            Typed::Invalid(message) => {
                let name = typed_box_name(path, self.mode).map(text_of);
                self.invalid_named(path, name, message);
                None
            }
        }
    }

    fn has_problem(&self, path: &str) -> bool {
        let id = field_id(path, self.mode);
        self.invalid.iter().any(|error| error.field_id == id)
    }

    fn invalid(&mut self, path: &str, message: String) {
        self.invalid_named(path, None, message);
    }

    /// A problem, starting with what it is about: the group's name when there are several
    /// (engine path `workforce[1].employees`), and the box's when the reader found what was
    /// typed in it unreadable ("Group 2, typical age: Enter a whole number…"; "Output lost:
    /// Enter a percentage…"). In the error summary, away from the boxes, two problems' same
    /// message would otherwise read the same (GOV.UK: say which answer, and which item of a
    /// list). A problem of the whole workforce (`workforce`) names no group.
    fn invalid_named(&mut self, path: &str, box_name: Option<&str>, message: String) {
        let message = self.named(path, box_name, message);
        self.invalid.push(FieldError::new(field_id(path, self.mode), message));
    }

    pub(super) fn named(&self, path: &str, box_name: Option<&str>, message: String) -> String {
        let index = path.strip_prefix("workforce[").and_then(|rest| rest.split_once(']')).map(|(index, _)| index);
        let group = index
            .and_then(|index| index.parse::<usize>().ok())
            .filter(|_| self.groups_named)
            .map(|index| text_with(EstimateText::GroupLegend, &[("number", &(index + 1).to_string())]));
        match (group, box_name) {
            (Some(group), Some(name)) => format!("{group}, {name}: {message}"),
            (Some(group), None) => format!("{group}: {message}"),
            (None, Some(name)) => format!("{}: {message}", sentence_start(name)),
            (None, None) => message,
        }
    }
}
