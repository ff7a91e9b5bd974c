//! The CJRS claim view's results: the claim, its grants and the pay-period breakdown.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimResultText {
    // Results.
    ResultsHeading,
    ResultsEmpty,
    ClaimAmount,
    ClaimAmountHint,
    GrantAt80,
    GrantRate,
    EmployerTopUp,
    NicGrant,
    PensionGrant,
    NotApplicable,
    FurloughedDays,
    AverageDailyPay,
    BreakdownHeading,
    ColumnPayPeriod,
    ColumnFurlough,
    ColumnHours,
    ColumnReferencePay,
    ColumnCap,
    ColumnGrant,
    ColumnClaim,
    ColumnNic,
    ColumnPension,
    FullPeriod,
    PartialPeriod,
    HoursFurloughed,
    LastYearPart,
    Threshold,
    Total,
    DateRange,
}

pub(super) fn english(id: ClaimResultText) -> &'static str {
    use ClaimResultText::*;
    match id {
        ResultsHeading => "The claim",
        ResultsEmpty => {
            "Answer the questions to see the claim for this employee and how each pay period's \
            grant is worked out."
        }
        ClaimAmount => "Amount to claim",
        ClaimAmountHint => "At the government's rate of {rate} of wages",
        GrantAt80 => "Furlough grant at 80%",
        GrantRate => "Government rate for this month",
        EmployerTopUp => "Employer's compulsory top-up",
        NicGrant => "Employer National Insurance grant",
        PensionGrant => "Employer pension grant",
        NotApplicable => "Not applicable: claims from 1 August 2020 have no National Insurance or pension grant",
        FurloughedDays => "Furloughed days in the claim",
        AverageDailyPay => "Average daily pay {daily}: {pay} over {days} days, {from} to {to}",
        BreakdownHeading => "Pay period by pay period",
        ColumnPayPeriod => "Pay period",
        ColumnFurlough => "Furloughed days",
        ColumnHours => "Hours: usual, worked",
        ColumnReferencePay => "Reference pay",
        ColumnCap => "Cap",
        ColumnGrant => "Grant at 80%",
        ColumnClaim => "Claim at {rate}",
        ColumnNic => "NIC grant",
        ColumnPension => "Pension grant",
        FullPeriod => "Full: {days} days",
        PartialPeriod => "Partial: {days} of {total} days",
        HoursFurloughed => "{usual}, {worked} ({furloughed} furloughed)",
        LastYearPart => "Higher of average {average} and last year {last_year}",
        Threshold => "threshold {amount}",
        Total => "Total",
        DateRange => "{from} to {to}",
    }
}
