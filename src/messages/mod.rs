//! Every piece of text the user sees comes from here, looked up by a [`MessageId`], so that a
//! Welsh catalogue can be added later as one more data file beside [`en`].

mod en;

/// The id of a piece of user-facing text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MessageId {
    AppTitle,
    AppIntro,
    PrivacyNote,
    InputsHeading,
    InputsPlaceholder,
    ResultsHeading,
    ResultsPlaceholder,
    FooterText,
    ErrorSummaryTitle,
    CrashHeading,
    CrashBody,
    CrashReload,
}

/// The English text of a message.
pub fn text(id: MessageId) -> &'static str {
    en::text(id)
}
