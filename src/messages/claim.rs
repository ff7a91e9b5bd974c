//! The CJRS claim view's form: its sections, questions, hints and choices.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimText {
    Heading,
    Intro,
    // Sections of the form.
    SectionClaim,
    SectionPay,
    SectionPayPeriods,
    SectionHours,
    SectionContributions,
    SectionPhaseOne,
    // Questions.
    DateHint,
    Yes,
    No,
    Remove,
    ClaimStartLegend,
    ClaimEndLegend,
    ClaimEndHint,
    FurloughStartLegend,
    FurloughStartHint,
    FurloughEndedLegend,
    FurloughEndLegend,
    PayFrequencyLegend,
    Weekly,
    Fortnightly,
    FourWeekly,
    Monthly,
    PayMethodLegend,
    PayRegular,
    PayRegularHint,
    PayVariable,
    PayVariableHint,
    RegularPayLabel,
    RegularPayHint,
    EmployeeStartedLegend,
    StartedOnOrBefore,
    StartedAfter,
    EmployeeStartLegend,
    RtiLegend,
    RtiHint,
    OnPayrollLegend,
    OnPayrollHint,
    VariableTotalLabel,
    VariableTotalHint,
    StatutoryLeavePayLabel,
    StatutoryLeavePayHint,
    StatutoryLeaveDaysLabel,
    FirstFurloughLegend,
    FirstFurloughHint,
    LastYearLegend,
    LastYearHint,
    LastYearDateLegend,
    LastYearAmountLabel,
    LastYearAmountName,
    AddLastYearPayment,
    PayPeriodsLegend,
    PayPeriodsHint,
    PayPeriodBeforeClaimLegend,
    PayPeriodEndLegend,
    AddPayPeriod,
    FillPayPeriods,
    FillPayPeriodsHint,
    LastPayDateLegend,
    LastPayDateHint,
    WorkedLegend,
    WorkedHint,
    HoursLegend,
    HoursHint,
    PeriodLegend,
    UsualHoursLabel,
    UsualHoursName,
    WorkedHoursLabel,
    WorkedHoursName,
    NicLegend,
    NicPayable,
    NicNonPayable,
    PensionLegend,
    ToppedUpLegend,
    ToppedUpHint,
    TopUpLabel,
    TopUpName,
    AdditionalLegend,
    AdditionalLabel,
    AdditionalName,
    PartialPayBeforeLabel,
    PartialPayAfterLabel,
    PartialPayHint,
    Calculate,
    // Results.
    PrintedOn,
}

pub(super) fn english(id: ClaimText) -> &'static str {
    use ClaimText::*;
    match id {
        Heading => "CJRS claim",
        Intro => {
            "Work out what an employer could claim for one employee under the Coronavirus Job \
            Retention Scheme (March 2020 to September 2021), the way HMRC's claim calculator does. \
            Answer the questions in order: more questions appear when they apply."
        }
        SectionClaim => "Claim period and furlough",
        SectionPay => "Pay",
        SectionPayPeriods => "Pay periods",
        SectionHours => "Hours worked during the claim",
        SectionContributions => "National Insurance and pension",
        SectionPhaseOne => "Top-ups and other pay",
        DateHint => "For example, 27 3 2020",
        Yes => "Yes",
        No => "No",
        Remove => "Remove",
        ClaimStartLegend => "When does the claim period start?",
        ClaimEndLegend => "When does the claim period end?",
        ClaimEndHint => "Claims from 1 July 2020 start and end in the same calendar month. For example, 30 11 2020",
        FurloughStartLegend => "When did the employee's furlough start?",
        FurloughStartHint => "The first day of the furlough this claim is for. For example, 1 11 2020",
        FurloughEndedLegend => "Has the furlough ended?",
        FurloughEndLegend => "When did the furlough end?",
        PayFrequencyLegend => "How often is the employee paid?",
        Weekly => "Every week",
        Fortnightly => "Every 2 weeks",
        FourWeekly => "Every 4 weeks",
        Monthly => "Every month",
        PayMethodLegend => "Is the employee paid the same amount each pay period?",
        PayRegular => "Yes, fixed pay",
        PayRegularHint => "A salary or fixed wage that does not change from one pay period to the next",
        PayVariable => "No, variable pay",
        PayVariableHint => "For example hourly pay, overtime or shift work that changes the amount",
        RegularPayLabel => "Gross pay for one pay period, in pounds",
        RegularPayHint => {
            "Before tax, for the last pay period ending on or before 19 March 2020 (claims before \
            November 2020), 30 October 2020 (claims from November 2020) or 2 March 2021 (employees first \
            on the payroll after 30 October 2020)"
        }
        EmployeeStartedLegend => "When did the employee start working for the employer?",
        StartedOnOrBefore => "On or before 1 February 2019",
        StartedAfter => "After 1 February 2019",
        EmployeeStartLegend => "What date did the employee start?",
        RtiLegend => {
            "Did the employer tell HMRC about a payment to the employee on an RTI submission by 19 March 2020?"
        }
        RtiHint => "If not, the employee counts as starting on 6 April 2020",
        OnPayrollLegend => "Was the employee on the payroll on or before 30 October 2020?",
        OnPayrollHint => "Answer no if they were first on the payroll between 31 October 2020 and 2 March 2021",
        VariableTotalLabel => "Total pay in the reference period, in pounds",
        VariableTotalHint => {
            "Gross pay from 6 April 2019, or the employee's start date if later, to the day \
            before furlough began (5 April 2020 at the latest). For employees who started after 5 April 2020, \
            claims from November 2020: from 6 April 2020 to the day before their first furlough from 1 November 2020"
        }
        StatutoryLeavePayLabel => "Statutory leave pay in the reference period, in pounds (optional)",
        StatutoryLeavePayHint => {
            "Statutory maternity, paternity, adoption, parental bereavement, shared parental \
            or sick pay. It is left out of the average only when its days are entered too"
        }
        StatutoryLeaveDaysLabel => "Days of statutory leave in the reference period (optional)",
        FirstFurloughLegend => "When was the employee first furloughed? (optional)",
        FirstFurloughHint => {
            "Only if earlier than the furlough start above: the reference period then ends the \
            day before. For example, 20 3 2020"
        }
        LastYearLegend => "Pay in the same period last year",
        LastYearHint => {
            "The employee can use what they earned in the same period a year earlier (two years \
            earlier for claims ending from 1 March 2021) if it is higher. Enter each pay date from then and the \
            gross pay paid on it. A pay date that is needed but not entered counts as £0"
        }
        LastYearDateLegend => "Pay date {n}",
        LastYearAmountLabel => "Pay on pay date {n}, in pounds",
        LastYearAmountName => "Pay on pay date {n}",
        AddLastYearPayment => "Add another pay date",
        PayPeriodsLegend => "When do the employee's pay periods end?",
        PayPeriodsHint => {
            "First the end of the pay period before the claim, then the end of every pay period \
            with a day in the claim, oldest first. The last pay period may end after the claim"
        }
        PayPeriodBeforeClaimLegend => "End of the pay period before the claim",
        PayPeriodEndLegend => "End of pay period {n}",
        AddPayPeriod => "Add another pay period",
        FillPayPeriods => "Fill in the pay periods",
        FillPayPeriodsHint => {
            "Fills in the end dates at the pay frequency to the end of the claim: from the first date \
            you typed (moved by whole pay periods if it does not end the pay period before the claim or \
            before furlough starts), or else from the day before the claim starts. Check them against \
            the payroll: you can change any of them"
        }
        LastPayDateLegend => "When was the employee paid for the last pay period?",
        LastPayDateHint => {
            "This chooses the tax year of the National Insurance and pension thresholds. For example, 30 4 2020"
        }
        WorkedLegend => "Did the employee work during the claim period?",
        WorkedHint => "From 1 July 2020 employees could work part of their usual hours (flexible furlough)",
        HoursLegend => "Usual and worked hours in each pay period",
        HoursHint => {
            "For each pay period, the hours the employee would usually work and the hours they \
            actually worked. Leave both empty for a pay period with no work"
        }
        PeriodLegend => "Pay period from {from} to {to}",
        UsualHoursLabel => "Usual hours",
        UsualHoursName => "Usual hours in the pay period from {from} to {to}",
        WorkedHoursLabel => "Hours worked",
        WorkedHoursName => "Hours worked in the pay period from {from} to {to}",
        NicLegend => "Does the employer pay National Insurance contributions for the employee?",
        NicPayable => "Yes: category letter A, B, C or J",
        NicNonPayable => "No: category letter H, M or Z",
        PensionLegend => "Does the employer pay into a workplace pension for the employee?",
        ToppedUpLegend => "Did the employer top up the employee's pay above the furlough grant?",
        ToppedUpHint => "Top-ups raise the employer's National Insurance, part of which the grant covers",
        TopUpLabel => "Top-up for the pay period from {from} to {to}, in pounds",
        TopUpName => "Top-up for the pay period from {from} to {to}",
        AdditionalLegend => "Did the employer make any other payments, such as a bonus or commission?",
        AdditionalLabel => "Other payments in the pay period from {from} to {to}, in pounds",
        AdditionalName => "Other payments in the pay period from {from} to {to}",
        PartialPayBeforeLabel => "Pay for the days before furlough started, in pounds (optional)",
        PartialPayAfterLabel => "Pay for the days after furlough ended, in pounds (optional)",
        PartialPayHint => "Only when furlough started or ended part-way through a pay period",
        Calculate => "Calculate the claim",
        PrintedOn => "CJRS claim printed on {date} from the furlough and jobs-at-risk calculator.",
    }
}
