//! What the user has typed into the firm estimate, exactly as typed. Turning it into an
//! engine `Scenario` (and finding what is wrong with it) is `crate::derive::estimate`'s job.

use furlough_engine::estimate::{Finances, Scheme, SchemePreset};

/// Quick mode asks six questions about the firm as a whole; detailed mode takes staff groups,
/// the finance assumptions and every scheme parameter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EntryMode {
    #[default]
    Quick,
    Detailed,
}

/// The firm-wide text fields, shared by both modes unless noted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EstimateField {
    /// Quick mode only.
    Headcount,
    /// Quick mode only.
    AveragePay,
    LostOutput,
    ShutdownWeeks,
    CashReserves,
    TaxYear,
}

/// The text fields of a staff group (detailed mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupField {
    Label,
    Employees,
    AnnualPay,
    Age,
    YearsService,
    NicCategory,
}

/// The scheme's number fields (detailed mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemeField {
    GovRate,
    EmployeeFloor,
    MonthlyCap,
    TopUpTo,
    /// Empty: the scheme pays for the whole shutdown.
    MaxWeeks,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemeFlag {
    CoversEmployerNic,
    CoversPension,
}

/// The finance assumptions (detailed mode). Shares are typed as percentages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinanceField {
    CashBufferDays,
    WeeklyRevenue,
    LabourCostShare,
    OperatingMargin,
    VariableCostShare,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GroupForm {
    /// Stable across additions and removals, for Yew's keyed list.
    pub key: u32,
    pub label: String,
    pub employees: String,
    pub annual_pay: String,
    pub age: String,
    pub years_service: String,
    pub nic_category: String,
    pub pension_enrolled: bool,
}

impl GroupForm {
    /// A new group with the spec's defaults (age 40, 5 years, category A, enrolled).
    fn new(key: u32) -> GroupForm {
        GroupForm {
            key,
            label: String::new(),
            employees: String::new(),
            annual_pay: String::new(),
            age: "40".into(),
            years_service: "5".into(),
            nic_category: "A".into(),
            pension_enrolled: true,
        }
    }

    fn field_mut(&mut self, field: GroupField) -> &mut String {
        match field {
            GroupField::Label => &mut self.label,
            GroupField::Employees => &mut self.employees,
            GroupField::AnnualPay => &mut self.annual_pay,
            GroupField::Age => &mut self.age,
            GroupField::YearsService => &mut self.years_service,
            GroupField::NicCategory => &mut self.nic_category,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SchemeForm {
    pub gov_rate_pct: String,
    pub employee_floor_pct: String,
    pub monthly_cap: String,
    pub top_up_to_pct: String,
    pub max_weeks: String,
    pub covers_employer_nic: bool,
    pub covers_pension: bool,
}

impl SchemeForm {
    /// The form of a scheme's parameters, as the user would type them.
    pub fn of(scheme: &Scheme) -> SchemeForm {
        SchemeForm {
            gov_rate_pct: scheme.gov_rate_pct.normalize().to_string(),
            employee_floor_pct: scheme.employee_floor_pct.normalize().to_string(),
            monthly_cap: scheme.monthly_cap.amount().normalize().to_string(),
            top_up_to_pct: scheme.top_up_to_pct.normalize().to_string(),
            max_weeks: scheme.max_weeks.map(|weeks| weeks.to_string()).unwrap_or_default(),
            covers_employer_nic: scheme.covers_employer_nic,
            covers_pension: scheme.covers_pension,
        }
    }

    fn field_mut(&mut self, field: SchemeField) -> &mut String {
        match field {
            SchemeField::GovRate => &mut self.gov_rate_pct,
            SchemeField::EmployeeFloor => &mut self.employee_floor_pct,
            SchemeField::MonthlyCap => &mut self.monthly_cap,
            SchemeField::TopUpTo => &mut self.top_up_to_pct,
            SchemeField::MaxWeeks => &mut self.max_weeks,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FinancesForm {
    pub cash_buffer_days: String,
    pub weekly_revenue: String,
    pub labour_cost_share_pct: String,
    pub operating_margin_pct: String,
    pub variable_cost_share_pct: String,
}

impl Default for FinancesForm {
    /// The spec's defaults, shown in the boxes so the user sees what is assumed.
    fn default() -> FinancesForm {
        let defaults = Finances::default();
        let as_percent = |share: rust_decimal::Decimal| {
            (share * rust_decimal::Decimal::ONE_HUNDRED).normalize().to_string()
        };
        FinancesForm {
            cash_buffer_days: defaults.cash_buffer_days.normalize().to_string(),
            weekly_revenue: String::new(),
            labour_cost_share_pct: as_percent(defaults.labour_cost_share),
            operating_margin_pct: as_percent(defaults.operating_margin),
            variable_cost_share_pct: as_percent(defaults.variable_cost_share),
        }
    }
}

impl FinancesForm {
    fn field_mut(&mut self, field: FinanceField) -> &mut String {
        match field {
            FinanceField::CashBufferDays => &mut self.cash_buffer_days,
            FinanceField::WeeklyRevenue => &mut self.weekly_revenue,
            FinanceField::LabourCostShare => &mut self.labour_cost_share_pct,
            FinanceField::OperatingMargin => &mut self.operating_margin_pct,
            FinanceField::VariableCostShare => &mut self.variable_cost_share_pct,
        }
    }
}

/// The firm estimate's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct EstimateForm {
    pub mode: EntryMode,
    /// Empty: the tax year containing today.
    pub tax_year: String,
    pub headcount: String,
    pub average_pay: String,
    pub lost_output_pct: String,
    pub shutdown_weeks: String,
    /// Empty: the default cash buffer (detailed mode shows how many days).
    pub cash_reserves: String,
    /// A `SchemePreset` id; `custom` once a scheme parameter has been changed by hand.
    pub preset: String,
    pub scheme: SchemeForm,
    pub groups: Vec<GroupForm>,
    pub finances: FinancesForm,
    next_group_key: u32,
}

impl Default for EstimateForm {
    fn default() -> EstimateForm {
        let preset = SchemePreset::SupplyChain26Weeks;
        EstimateForm {
            mode: EntryMode::Quick,
            tax_year: String::new(),
            headcount: String::new(),
            average_pay: String::new(),
            lost_output_pct: String::new(),
            shutdown_weeks: String::new(),
            cash_reserves: String::new(),
            preset: preset.id().to_string(),
            scheme: SchemeForm::of(&preset.scheme()),
            groups: vec![GroupForm::new(0)],
            finances: FinancesForm::default(),
            next_group_key: 1,
        }
    }
}

/// What the user can do in the firm estimate.
#[derive(Clone, Debug, PartialEq)]
pub enum EstimateAction {
    SetMode(EntryMode),
    Set(EstimateField, String),
    SetGroup { key: u32, field: GroupField, text: String },
    SetGroupPension { key: u32, enrolled: bool },
    AddGroup,
    RemoveGroup { key: u32 },
    ChoosePreset(String),
    SetScheme(SchemeField, String),
    SetSchemeFlag(SchemeFlag, bool),
    SetFinance(FinanceField, String),
}

impl EstimateForm {
    pub fn apply(&mut self, action: EstimateAction) {
        match action {
            EstimateAction::SetMode(mode) => self.set_mode(mode),
            EstimateAction::Set(field, text) => *self.field_mut(field) = text,
            EstimateAction::SetGroup { key, field, text } => {
                if let Some(group) = self.group_mut(key) {
                    *group.field_mut(field) = text;
                }
            }
            EstimateAction::SetGroupPension { key, enrolled } => {
                if let Some(group) = self.group_mut(key) {
                    group.pension_enrolled = enrolled;
                }
            }
            EstimateAction::AddGroup => {
                self.groups.push(GroupForm::new(self.next_group_key));
                self.next_group_key += 1;
            }
            EstimateAction::RemoveGroup { key } if self.groups.len() > 1 => {
                self.groups.retain(|group| group.key != key);
            }
            EstimateAction::RemoveGroup { .. } => {}
            EstimateAction::ChoosePreset(id) => self.choose_preset(id),
            EstimateAction::SetScheme(field, text) => {
                *self.scheme.field_mut(field) = text;
                self.preset = SchemePreset::Custom.id().into();
            }
            EstimateAction::SetSchemeFlag(flag, on) => {
                match flag {
                    SchemeFlag::CoversEmployerNic => self.scheme.covers_employer_nic = on,
                    SchemeFlag::CoversPension => self.scheme.covers_pension = on,
                }
                self.preset = SchemePreset::Custom.id().into();
            }
            EstimateAction::SetFinance(field, text) => *self.finances.field_mut(field) = text,
        }
    }

    /// Moving to detailed mode carries the quick answers into the first group if it is empty,
    /// so nothing typed is lost; moving back keeps the groups for later.
    fn set_mode(&mut self, mode: EntryMode) {
        if mode == EntryMode::Detailed {
            if let Some(first) = self.groups.first_mut() {
                if first.employees.is_empty() && first.annual_pay.is_empty() {
                    first.employees = self.headcount.clone();
                    first.annual_pay = self.average_pay.clone();
                }
            }
        }
        self.mode = mode;
    }

    /// A named preset fills in the scheme's parameters; "custom" keeps them as they are.
    fn choose_preset(&mut self, id: String) {
        match SchemePreset::from_id(&id) {
            Some(SchemePreset::Custom) | None => {}
            Some(preset) => self.scheme = SchemeForm::of(&preset.scheme()),
        }
        self.preset = id;
    }

    /// Puts these groups in place of the current ones (a restored link or draft), with new keys.
    pub fn replace_groups(&mut self, groups: Vec<GroupForm>) {
        self.groups = groups;
        for group in &mut self.groups {
            group.key = self.next_group_key;
            self.next_group_key += 1;
        }
        if self.groups.is_empty() {
            self.apply(EstimateAction::AddGroup);
        }
    }

    fn field_mut(&mut self, field: EstimateField) -> &mut String {
        match field {
            EstimateField::Headcount => &mut self.headcount,
            EstimateField::AveragePay => &mut self.average_pay,
            EstimateField::LostOutput => &mut self.lost_output_pct,
            EstimateField::ShutdownWeeks => &mut self.shutdown_weeks,
            EstimateField::CashReserves => &mut self.cash_reserves,
            EstimateField::TaxYear => &mut self.tax_year,
        }
    }

    fn group_mut(&mut self, key: u32) -> Option<&mut GroupForm> {
        self.groups.iter_mut().find(|group| group.key == key)
    }
}

#[cfg(test)]
mod tests;
