use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;
use yew::props;

use super::form::{checkbox, CheckboxProps};
use super::qr_code;
use crate::share::ShareLink;
use crate::messages::{text, CommonText};

/// An optional choice next to the button, such as putting names in a roster's link.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareOption {
    pub label: AttrValue,
    pub checked: bool,
    pub on_change: Callback<bool>,
}

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// Makes the link to the open view's answers. Called only when the user asks for a link
    /// or looks at its QR code: encoding a big roster at every keystroke would slow typing.
    /// A new maker means new answers: a "Link copied" note never outlives them.
    pub make_link: Callback<(), ShareLink>,
    /// What the link holds and leaves out (e.g. no names), said next to the button.
    pub note: AttrValue,
    /// Asked to share while the answers have a problem: show and focus the error summary.
    pub on_blocked: Callback<()>,
    /// "Clear my data": forget every answer kept in this browser.
    pub on_clear: Callback<()>,
    #[prop_or_default]
    pub option: Option<ShareOption>,
}

#[derive(Clone, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    /// The browser would not copy: the link is shown for copying by hand.
    ShowLink(AttrValue),
    /// The answers are too long for a link.
    TooLong,
}

/// Share the answers: copy a link (with a visible confirmation), show it as a QR code, or
/// clear everything kept in this browser.
#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let status = use_state(|| CopyStatus::Idle);
    let show_qr = use_state(|| false);
    {
        let status = status.clone();
        use_effect_with(props.make_link.clone(), move |_| status.set(CopyStatus::Idle));
    }
    let on_copy = {
        let make_link = props.make_link.clone();
        let on_blocked = props.on_blocked.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| match make_link.emit(()) {
            ShareLink::Ready(link) => copy_to_clipboard(link, status.clone()),
            ShareLink::NotReady => on_blocked.emit(()),
            ShareLink::TooLong => status.set(CopyStatus::TooLong),
        })
    };
    let on_qr = {
        let make_link = props.make_link.clone();
        let on_blocked = props.on_blocked.clone();
        let (status, show_qr) = (status.clone(), show_qr.clone());
        Callback::from(move |_: MouseEvent| {
            if *show_qr {
                return show_qr.set(false);
            }
            match make_link.emit(()) {
                ShareLink::Ready(_) => show_qr.set(true),
                ShareLink::NotReady => on_blocked.emit(()),
                ShareLink::TooLong => status.set(CopyStatus::TooLong),
            }
        })
    };
    // While the QR code is open it follows the answers: it is drawn from a fresh link, made
    // and encoded again only when the answers change.
    let qr = use_memo((*show_qr, props.make_link.clone()), |(shown, make_link)| {
        shown.then(|| make_link.emit(())).and_then(|link| link.link()).map(|link| qr_code(&link))
    });
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h2 class="heading-m" id="share-heading">{ text(CommonText::ShareHeading) }</h2>
            <p class="hint" id="share-note">{ props.note.clone() }</p>
            if let Some(option) = &props.option {
                { checkbox(&props!(CheckboxProps {
                    id: "share-option", label: option.label.clone(), checked: option.checked,
                    on_change: option.on_change.clone(),
                })) }
            }
            if *status == CopyStatus::TooLong {
                <p class="notice">{ text(CommonText::LinkTooLongToShare) }</p>
            }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={on_copy} aria-describedby="share-note">
                    { text(CommonText::CopyLink) }
                </button>
                <button type="button" class="button button--secondary" onclick={on_qr} aria-expanded={show_qr.to_string()}>
                    { text(if *show_qr { CommonText::HideQr } else { CommonText::ShowQr }) }
                </button>
            </div>
            <div role="status" class="share-panel__status">
                if *status == CopyStatus::Copied {
                    <p class="share-panel__copied">{ text(CommonText::LinkCopied) }</p>
                }
            </div>
            if let CopyStatus::ShowLink(link) = &*status {
                <label class="label" for="share-link">{ text(CommonText::CopyByHand) }</label>
                <input class="input" id="share-link" type="text" readonly=true value={link.clone()} />
            }
            if let Some(qr) = (*qr).clone() {
                { qr }
            }
            <p class="share-panel__clear">
                { text(CommonText::DraftNote) }{ " " }
                <button type="button" class="button button--warning button--small" onclick={on_clear}>
                    { text(CommonText::ClearMyData) }
                </button>
            </p>
        </section>
    }
}

/// Copies the link; if the browser refuses (no permission, an old browser), shows it instead.
fn copy_to_clipboard(link: AttrValue, status: UseStateHandle<CopyStatus>) {
    let clipboard = web_sys::window().map(|window| window.navigator().clipboard());
    let Some(clipboard) = clipboard else {
        status.set(CopyStatus::ShowLink(link));
        return;
    };
    let promise = clipboard.write_text(&link);
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => status.set(CopyStatus::Copied),
            Err(_) => status.set(CopyStatus::ShowLink(link)),
        }
    });
}
