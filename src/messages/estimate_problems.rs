//! What the engine finds wrong with an estimate's answers (its `ScenarioProblem`s), said next to
//! the input to change. Ranges are the engine's checks (spec "Inputs"; "Interfaces": bad input
//! names the field); the values the user entered fill the `{entered}` blanks.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EstimateProblemText {
    // The scenario as a whole.
    WrongVersion,
    TaxYearNotHeld,
    TaxYearsHeld,
    ListAnd,
    Incomplete,
    CalculationOverflow,
    CalculationDividedByZero,
    InputUnreadable,
    // The workforce.
    NoGroups,
    NoEmployees,
    WorkforceTooLarge,
    EmployeesMissing,
    HeadcountMissing,
    GroupTooLarge,
    AnnualPayMissing,
    AnnualPayNotPositive,
    AnnualPayTooHigh,
    AnnualPayNotInPence,
    AgeOutOfRange,
    ServiceTooLong,
    NicCategoryTooOld,
    // The shutdown.
    LostOutputMissing,
    LostOutputOutOfRange,
    ShutdownWeeksMissing,
    ShutdownWeeksOutOfRange,
    // The scheme.
    FloorOutOfRange,
    GovRateAboveFloor,
    MonthlyCapOutOfRange,
    MonthlyCapNotInPence,
    TopUpOutOfRange,
    SchemeWeeksOutOfRange,
    // The firm's finances.
    CashReservesOutOfRange,
    CashReservesNotInPence,
    CashBufferOutOfRange,
    WeeklyRevenueNotPositive,
    WeeklyRevenueOutOfRange,
    WeeklyRevenueNotInPence,
    LabourShareOutOfRange,
    MarginOutOfRange,
    VariableShareOutOfRange,
    LabourPlusMarginAboveOne,
    RevenueBelowPayroll,
}

pub(super) fn english(id: EstimateProblemText) -> &'static str {
    use EstimateProblemText::*;
    match id {
        WrongVersion => "This scenario is in format version {found}; this calculator reads version {version}. \
            Re-enter it, or open it with the calculator that saved it.",
        TaxYearsHeld => "We hold payroll thresholds for {years} only, so the tax year must be one of those.",
        TaxYearNotHeld => "We hold payroll thresholds for {years} only, so the tax year must be one of those \
            (you chose {chosen}).",
        ListAnd => "and",
        Incomplete => "The scenario is incomplete.",
        CalculationOverflow => "The figures could not be calculated: the amounts are too large to calculate with.",
        CalculationDividedByZero => "The figures could not be calculated: a calculation divided by zero.",
        InputUnreadable => "This scenario could not be read.",
        NoGroups => "Add at least one group of employees: how many people and their annual pay.",
        NoEmployees => "The workforce has no employees: enter at least one person in a group.",
        WorkforceTooLarge => "The workforce adds up to {headcount} people; the calculator handles up to \
            {max_headcount} (more than any UK employer).",
        EmployeesMissing => "Enter how many employees are in this group.",
        HeadcountMissing => "Enter how many people the firm employs.",
        GroupTooLarge => "A group can have at most {max_group} employees; you entered {entered}.",
        AnnualPayMissing => "Enter one person's annual pay before tax, in pounds (for example 32000).",
        AnnualPayNotPositive => "Annual pay must be more than £0: enter one person's yearly pay before tax, \
            for example 32000.",
        AnnualPayTooHigh => "Annual pay must be at most {max_pay} a year per person; you entered {entered}.",
        AnnualPayNotInPence => "Annual pay must be in pounds and pence, with at most 2 decimal places.",
        AgeOutOfRange => "Age must be between {youngest} and {oldest} (the age at the start of the shutdown; it sets \
            redundancy pay); you entered {entered}.",
        ServiceTooLong => "Years of service can be at most the age minus {earliest_age} ({most} for someone aged {age}: \
            nobody starts work before {earliest_age}); you entered {entered}.",
        NicCategoryTooOld => "NIC category {category} is for employees {description}, but the age given is \
            {age}: use category A, or correct the age.",
        LostOutputMissing => "Enter the share of normal output lost during the shutdown, from 0 to 100 (%).",
        LostOutputOutOfRange => "Lost output must be between 0 and 100 (% of normal output lost); you entered \
            {entered}.",
        ShutdownWeeksMissing => "Enter how many weeks the shutdown is expected to last, from 1 to {max_weeks}.",
        ShutdownWeeksOutOfRange => "The shutdown must last from 1 to {max_weeks} weeks (two years); you entered {entered}.",
        FloorOutOfRange => "The employee floor must be more than 0 and at most 100 (the % of pay furloughed staff \
            receive); you entered {entered}.",
        GovRateAboveFloor => "The government rate must be between 0 and the employee floor ({floor}): the \
            government pays part of the floor and the firm the rest. You entered {entered}.",
        MonthlyCapOutOfRange => "The monthly cap must be between £0 and {max_cap}; you entered {entered}.",
        MonthlyCapNotInPence => "The monthly cap must be in pounds and pence, with at most 2 decimal places.",
        TopUpOutOfRange => "The top-up must be between 0 and 100 (the % of full pay the firm tops furloughed \
            staff up to; 0 means no top-up); you entered {entered}.",
        SchemeWeeksOutOfRange => "The scheme's length must be from 1 to {max_weeks} weeks, or empty for the whole \
            shutdown; you entered {entered}.",
        CashReservesOutOfRange => "Cash reserves must be between £0 (enter 0 if the firm is overdrawn) and \
            {max_cash}; you entered {entered}.",
        CashReservesNotInPence => "Cash reserves must be in pounds and pence, with at most 2 decimal places.",
        CashBufferOutOfRange => "The cash buffer must be between 0 and {max_buffer_days} days (how many days of normal \
            spending the firm's cash covers); you entered {entered}.",
        WeeklyRevenueNotPositive => "Weekly revenue must be more than £0; leave it empty to estimate it from the \
            payroll.",
        WeeklyRevenueOutOfRange => "Weekly revenue must be between £0 and {max_revenue}; you entered {entered}.",
        WeeklyRevenueNotInPence => "Weekly revenue must be in pounds and pence, with at most 2 decimal places.",
        LabourShareOutOfRange => "The labour cost share must be more than 0 and at most 1 (the fraction of \
            revenue spent on pay, e.g. 0.25 for a quarter); you entered {entered}.",
        MarginOutOfRange => "The operating margin must be between -0.5 and 0.5 (profit as a fraction of revenue, \
            e.g. 0.03 for 3%); you entered {entered}.",
        VariableShareOutOfRange => "The variable cost share must be between 0 and 1 (the fraction of non-pay \
            costs that falls with output, e.g. 0.75); you entered {entered}.",
        LabourPlusMarginAboveOne => "The labour cost share ({labour_share}) plus the operating margin ({margin}) \
            can't be more than 1: pay is part of the firm's costs, and costs plus profit make up revenue.",
        RevenueBelowPayroll => "Weekly revenue of {revenue}, less the operating margin, does not cover the weekly \
            payroll of {payroll} (pay, employer NIC and pension): check the revenue, the margin or the pay.",
    }
}
