use yew::prelude::*;

use crate::messages::{text, CommonText};

/// Puts "Error: " in front of the page title while the open view shows errors (GOV.UK
/// pattern), so a screen reader user hears it first.
#[hook]
pub fn use_page_title(has_errors: bool) {
    use_effect_with(has_errors, |has_errors| {
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            let title = text(CommonText::AppTitle);
            let prefix = if *has_errors { text(CommonText::ErrorTitlePrefix) } else { "" };
            document.set_title(&format!("{prefix}{title}"));
        }
    });
}
