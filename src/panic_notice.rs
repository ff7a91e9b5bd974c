//! A panic in wasm stops the whole app: buttons stop working and figures freeze while still
//! looking current. This hook replaces the app with a plain notice so nobody trusts a frozen
//! page, and logs the panic to the console for whoever debugs it.

use crate::messages::{text, CommonText};
use crate::ROOT_ELEMENT_ID;

/// Installs the hook. Call once, before the app is mounted. It goes through Yew, because Yew
/// replaces any hook not set with `set_custom_panic_hook` when it renders.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            show_notice(&document);
        }
    }));
}

/// Replaces the content of `#app` (or of `<body>`) with the crash notice. The notice is built
/// from static text only: nothing from the panic message reaches the page.
pub fn show_notice(document: &web_sys::Document) {
    let root = document
        .get_element_by_id(ROOT_ELEMENT_ID)
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        root.set_inner_html(&notice_html());
    }
}

fn notice_html() -> String {
    format!(
        r#"<main class="page" id="main-content"><div class="crash-notice" role="alert"><h1 class="heading-l">{}</h1><p>{}</p><p><a class="button" href="">{}</a></p></div></main>"#,
        text(CommonText::CrashHeading),
        text(CommonText::CrashBody),
        text(CommonText::CrashReload),
    )
}
