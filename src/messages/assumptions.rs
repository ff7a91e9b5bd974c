//! The assumptions list under an estimate: what each figure is, its value, and where it came
//! from (estimate spec: "Show each source next to its default"). The values and the payroll
//! rules' citations are templates filled from the engine's figures by
//! `components::results::assumption_text`.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssumptionText {
    TaxYearLabel,
    EmployerNicLabel,
    EmployerNicValue,
    PensionLabel,
    PensionValue,
    RedundancyCapLabel,
    RedundancyCapValue,
    SchemeLabel,
    SchemeValue,
    PaidByScheme,
    PaidByFirm,
    ForUpToWeeks,
    ForUpToOneWeek,
    ForWholeShutdown,
    ExposureLabel,
    ExposureValue,
    WeeklyRevenueLabel,
    WeeklyRevenueWorkedOut,
    LabourCostShareLabel,
    OperatingMarginLabel,
    VariableCostShareLabel,
    CashReservesLabel,
    CashReservesWorkedOut,
    CashBufferDaysLabel,
    DaysValue,
    OneDay,
    SourceYourScenario,
    SourceTaxYearDefault,
    SourceScheme,
    SourceExposure,
    SourceRevenueWorkedOut,
    SourceCashWorkedOut,
    SourceLabourCostShare,
    SourceOperatingMargin,
    SourceVariableCostShare,
    SourceCashBuffer,
    SourceEmployerNic,
    SourcePension,
    SourceRedundancyCap,
}

pub(super) fn english(id: AssumptionText) -> &'static str {
    use AssumptionText::*;
    match id {
        TaxYearLabel => "Tax year",
        EmployerNicLabel => "Employer National Insurance",
        EmployerNicValue => "{rate} of weekly pay above {threshold} (categories M, H and Z: above {upper}; X: none)",
        PensionLabel => "Employer pension (automatic enrolment minimum)",
        PensionValue => "{rate} of weekly pay between {lower} and {upper}, for enrolled staff",
        RedundancyCapLabel => "Statutory redundancy weekly pay cap",
        RedundancyCapValue => "{cap} a week",
        SchemeLabel => "Furlough scheme",
        SchemeValue => {
            "Staff get {floor} of pay up to {monthly_cap} a month ({weekly_cap} a week); the government pays {gov}; \
             NIC {nic}; pension {pension}; firm tops up to {top_up} of pay; {weeks}"
        }
        PaidByScheme => "paid by the scheme",
        PaidByFirm => "paid by the firm",
        ForUpToWeeks => "for up to {count} weeks",
        ForUpToOneWeek => "for up to 1 week",
        ForWholeShutdown => "for the whole shutdown",
        ExposureLabel => "Exposed jobs",
        ExposureValue => "Spread over the whole workforce: a representative cross-section of the roster",
        WeeklyRevenueLabel => "Weekly revenue",
        WeeklyRevenueWorkedOut => "{revenue} (the weekly payroll {payroll} ÷ the labour cost share {share})",
        LabourCostShareLabel => "Labour cost share of revenue",
        OperatingMarginLabel => "Operating margin",
        VariableCostShareLabel => "Share of non-pay costs that falls with output",
        CashReservesLabel => "Cash reserves",
        CashReservesWorkedOut => "{cash} ({days} days of normal outgoings)",
        CashBufferDaysLabel => "Cash buffer (days of outgoings)",
        DaysValue => "{days} days",
        OneDay => "1 day",
        SourceYourScenario => "Your scenario",
        SourceTaxYearDefault => "Not given: the newest tax year whose thresholds we hold",
        SourceScheme => "Your scenario (or the preset you chose)",
        SourceExposure => "A roster was used as the workforce",
        SourceRevenueWorkedOut => "Worked out from the payroll and the labour cost share",
        SourceCashWorkedOut => "Worked out from the cash buffer days",
        SourceLabourCostShare => {
            "Model specification: labour is roughly a quarter of turnover for automotive parts makers \
             (a rule of thumb, not an official statistic; use the firm's own figure if known)"
        }
        SourceOperatingMargin => {
            "Model specification: automotive suppliers' margins are thin, taken as 3% of revenue \
             (a rule of thumb; use the firm's own figure if known)"
        }
        SourceVariableCostShare => {
            "Model specification: three quarters of non-pay costs (materials, energy, transport) fall with \
             output (a modelling assumption without a published source)"
        }
        SourceCashBuffer => {
            "JPMorgan Chase Institute, “Cash is King: Flows, Balances, and Buffer Days” (2016): the median \
             small business holds cash for 27 days of outgoings"
        }
        SourceEmployerNic => {
            "GOV.UK, “Rates and thresholds for employers {years}”: Class 1 secondary threshold {weekly} a week \
             ({monthly} a month, {annual} a year), employer rate {rate}; upper secondary and apprentice upper \
             secondary thresholds {upper_weekly} a week ({upper_monthly} a month, {upper_annual} a year)"
        }
        SourcePension => {
            "The Pensions Regulator, automatic enrolment earnings thresholds {tax_year}: qualifying earnings \
             {lower_weekly} to {upper_weekly} a week ({lower_monthly} to {upper_monthly} a month, {lower_annual} \
             to {upper_annual} a year); employer minimum contribution {rate}"
        }
        SourceRedundancyCap => {
            "GOV.UK “Redundancy pay”; Employment Rights (Increase of Limits) Order {year}: {cap} a week from \
             6 April {year}"
        }
    }
}
