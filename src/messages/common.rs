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
    LinkTooLong,
    LinkDamaged,
    LinkFutureVersion,
    LinkUnacceptable,
    ShareHeading,
    ShareNoteEstimate,
    CopyLink,
    LinkCopied,
    CopyByHand,
    ShowQr,
    HideQr,
    QrLabel,
    QrTooLong,
    DraftNote,
    ClearMyData,
    DismissNotice,
    OpenFullCalculator,
    EmbedHeading,
    EmbedIntro,
    EmbedScriptLabel,
    EmbedIframeLabel,
    EmbedIframeHint,
    EmbedFrameTitle,
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
        LinkTooLong => "This link is too long to be a link to the calculator, so we have opened it \
            with its usual starting answers.",
        LinkDamaged => "This link seems to be incomplete or damaged (chat apps sometimes cut long \
            links short), so we have opened the calculator with its usual starting answers. Ask \
            for the whole link, or a file export.",
        LinkFutureVersion => "This link was made by a newer version of the calculator than this \
            one, so we have opened the calculator with its usual starting answers. Reload the page \
            to get the newest version.",
        LinkUnacceptable => "This link holds answers the calculator cannot use, so we have opened \
            it with its usual starting answers instead.",
        ShareHeading => "Share these answers",
        ShareNoteEstimate => "The link holds your answers, not your results, in the part after the \
            # sign, which browsers never send to any website. Anyone who opens it sees the same \
            figures.",
        CopyLink => "Copy a link to these answers",
        LinkCopied => "Link copied. Paste it into an email or a message.",
        CopyByHand => "Your browser would not copy the link. Select it and copy it yourself:",
        ShowQr => "Show a QR code of the link",
        HideQr => "Hide the QR code",
        QrLabel => "QR code of the link to these answers",
        QrTooLong => "This link is too long for a QR code. Share the link itself, or export a file.",
        DraftNote => "Your answers are kept in this browser only, so a reload loses nothing.",
        ClearMyData => "Clear my data",
        DismissNotice => "Dismiss this message",
        OpenFullCalculator => "Open the full calculator (opens in a new tab)",
        EmbedHeading => "Embed this calculator in your website",
        EmbedIntro => "Copy one of these snippets into your page. The calculator then runs inside \
            your page, in your visitors' browsers; nothing they enter is sent to you or to us.",
        EmbedScriptLabel => "A script tag (the calculator's height follows its content)",
        EmbedIframeLabel => "Or an iframe",
        EmbedIframeHint => "Set the height yourself; the calculator scrolls inside it.",
        EmbedFrameTitle => "Furlough and jobs-at-risk calculator",
        CrashHeading => "Something went wrong",
        CrashBody => "The calculator stopped because of an error. Your figures on this page can no \
            longer be trusted. Reload the page to start it again.",
        CrashReload => "Reload the page",
        DateDay => "Day",
        DateMonth => "Month",
        DateYear => "Year",
    }
}
