//! The English catalogue.

use super::MessageId::{self, *};

pub(super) fn text(id: MessageId) -> &'static str {
    match id {
        AppTitle => "Furlough and jobs-at-risk calculator",
        AppIntro => "For supplier firms that lost orders when production stopped. Enter your \
            headcount, pay and lost output to see what a furlough scheme would cost the government \
            and your firm, and how many jobs are at risk with and without one.",
        PrivacyNote => "Everything is calculated in your browser. Nothing you enter is sent \
            anywhere or leaves this device.",
        InputsHeading => "Your firm",
        InputsPlaceholder => "The questions about your firm will appear here.",
        ResultsHeading => "Results",
        ResultsPlaceholder => "Your results will appear here as soon as you answer the questions.",
        FooterText => "An independent calculator. Figures are estimates, not advice.",
        ErrorSummaryTitle => "There is a problem",
        CrashHeading => "Something went wrong",
        CrashBody => "The calculator stopped because of an error. Your figures on this page can no \
            longer be trusted. Reload the page to start it again.",
        CrashReload => "Reload the page",
    }
}
