//! Text shared by the whole page: title, navigation, errors, crash notice.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommonText {
    AppTitle,
    AppIntro,
    PrivacyNote,
    ViewNavLabel,
    ViewEstimate,
    ViewRoster,
    ViewClaim,
    ViewSupplyChain,
    ViewMethod,
    FooterText,
    ErrorSummaryTitle,
    ErrorTitlePrefix,
    OutOfDate,
    MoneyNotANumber,
    MoneyTooManyDecimals,
    MisplacedComma,
    MoneyTooLarge,
    WholeNumberInvalid,
    WholeNumberHasFraction,
    NumberTooLarge,
    PercentageInvalid,
    NumberInvalid,
    CrashHeading,
    CrashBody,
    CrashReload,
    DateDay,
    DateMonth,
    DateYear,
}

pub(super) fn english(id: CommonText) -> &'static str {
    use CommonText::*;
    match id {
        AppTitle => "Furlough and jobs-at-risk calculator",
        AppIntro => "For supplier firms that lost orders when production stopped. Enter your \
            headcount, pay and lost output to see what a furlough scheme would cost the government \
            and your firm, and how many jobs are at risk with and without one.",
        PrivacyNote => "Everything is calculated in your browser. Nothing you enter is sent \
            anywhere or leaves this device.",
        ViewNavLabel => "Parts of the calculator",
        ViewEstimate => "Firm estimate",
        ViewRoster => "Employee roster",
        ViewClaim => "CJRS claim",
        ViewSupplyChain => "Supply chain",
        ViewMethod => "How we calculate",
        FooterText => "An independent calculator. Figures are estimates, not advice.",
        ErrorSummaryTitle => "There is a problem",
        ErrorTitlePrefix => "Error: ",
        OutOfDate => "These results are out of date: they are for the last answers that could \
            be calculated. Correct the answers marked with an error to update them.",
        MoneyNotANumber => "Enter an amount in pounds using only numbers, like 1,234.56 or £1234",
        MoneyTooManyDecimals => "Enter an amount with no more than 2 decimal places, like 1,234.56",
        MisplacedComma => "Commas can only separate thousands, like 1,234,567",
        MoneyTooLarge => "Enter an amount less than £1 trillion",
        WholeNumberInvalid => "Enter a whole number using digits only, like 12",
        WholeNumberHasFraction => "Enter a whole number, like 12",
        NumberTooLarge => "Enter a smaller number",
        PercentageInvalid => "Enter a percentage using digits only, like 60 or 12.5",
        NumberInvalid => "Enter a number using digits only, like 27 or 4.5",
        CrashHeading => "Something went wrong",
        CrashBody => "The calculator stopped because of an error. Your figures on this page can no \
            longer be trusted. Reload the page to start it again.",
        CrashReload => "Reload the page",
        DateDay => "Day",
        DateMonth => "Month",
        DateYear => "Year",
    }
}
