//! What the CJRS claim view says when the scheme's rules refuse a claim (claim spec §2, §4, §6):
//! the engine names the rule, this says it. Dates and numbers are filled in by
//! `derive::claim::engine_error`, written as people read them.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimRuleText {
    MissingAnswer,
    ClaimStartsBeforeScheme,
    ClaimEndsAfterScheme,
    FurloughEndsBeforeStart,
    PhaseOneClaimPastJune,
    PhaseOneFurloughTooShort,
    HoursBeforeFlexibleFurlough,
    ClaimSpansTwoMonths,
    ClaimTooShort,
    PayPeriodsMissFurlough,
    HoursForUnknownPayPeriod,
    FurloughOutsideClaim,
    NoFurloughedPayPeriod,
    LastPayDateTooEarly,
    UsualHoursNotPositive,
    PayPeriodEndsMissing,
    PayPeriodsOutOfOrder,
    PayPeriodTooLong,
    Weekly,
    Fortnightly,
    FourWeekly,
    Monthly,
    LeavePayAboveTotal,
    LeaveDaysTooMany,
    StartedAfterFurlough,
    PayPeriodsTooFarBack,
    PaymentDateOutsideTaxYears,
    AmountsTooLarge,
    // Only the engine's JSON reader (the command line) finds these; the form cannot give such
    // answers, so they are here for completeness and need no care in translation.
    StartDateContradictsAnswer,
    UsualHoursMissing,
    WorkedHoursMissing,
    Unreadable,
}

pub(super) fn english(id: ClaimRuleText) -> &'static str {
    use ClaimRuleText::*;
    match id {
        MissingAnswer => "Answer this question",
        ClaimStartsBeforeScheme => "The claim period cannot start before 1 March 2020, when the scheme began",
        ClaimEndsAfterScheme => "The claim period cannot end after 30 September 2021, when the scheme closed",
        FurloughEndsBeforeStart => "The furlough cannot end before it starts",
        PhaseOneClaimPastJune => "A claim period starting before 1 July 2020 must end by 30 June 2020",
        PhaseOneFurloughTooShort => "Furlough before 1 July 2020 must last at least 21 days",
        HoursBeforeFlexibleFurlough => {
            "Flexible furlough started on 1 July 2020: a claim before then cannot include hours worked"
        }
        ClaimSpansTwoMonths => "A claim period from 1 July 2020 must start and end in the same calendar month",
        ClaimTooShort => {
            "A claim period must be at least 7 days long, unless it starts on the 1st or ends on the last day of the month"
        }
        PayPeriodsMissFurlough => "The pay periods must cover every furloughed day of the claim, {first} to {last}",
        HoursForUnknownPayPeriod => "Hours were given for a pay period ending {date}, but no pay period ends then",
        FurloughOutsideClaim => "The furlough does not include any day of the claim period",
        NoFurloughedPayPeriod => "No pay period includes a furloughed day of the claim ({first} to {last})",
        LastPayDateTooEarly => "The last pay date is too early",
        UsualHoursNotPositive => "Usual hours for the pay period ending {date} must be more than 0",
        PayPeriodEndsMissing => {
            "Enter the end date of the pay period before the claim and of each pay period in it"
        }
        PayPeriodsOutOfOrder => "Pay period end dates must be in order: {earlier} comes after {later}",
        PayPeriodTooLong => "The pay period from {start} to {end} is {days} days long, longer than {frequency} pay period",
        Weekly => "a weekly",
        Fortnightly => "a fortnightly",
        FourWeekly => "a four-weekly",
        Monthly => "a monthly",
        LeavePayAboveTotal => "Statutory leave pay cannot be more than the total pay in the reference period",
        LeaveDaysTooMany => "Statutory leave days must be fewer than the {days} days from {start} to {end}",
        StartedAfterFurlough => {
            "The employee must have started before furlough began on {date} to average their pay"
        }
        PayPeriodsTooFarBack => "The pay periods are too far in the past",
        PaymentDateOutsideTaxYears => "The payment date {date} is outside tax years 2019 to 2020 and 2020 to 2021",
        StartDateContradictsAnswer => "The start date {date} does not match the answer to when the employee started",
        UsualHoursMissing => "Enter the usual hours for the pay period ending {date}",
        WorkedHoursMissing => "Enter the hours worked in the pay period ending {date}",
        AmountsTooLarge => "The amounts entered are too large to calculate: check them",
        Unreadable => "This answer cannot be used: check it",
    }
}
