use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::form::Checkbox;
use super::QrCode;
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
    pub link: ShareLink,
    /// What the link holds and leaves out (e.g. no names), said next to the button.
    pub note: AttrValue,
    /// Asked to share while the answers have a problem: show and focus the error summary.
    pub on_blocked: Callback<()>,
    /// "Clear my data": forget every answer kept in this browser.
    pub on_clear: Callback<()>,
    #[prop_or_default]
    pub option: Option<ShareOption>,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    /// The browser would not copy: the link is shown for copying by hand.
    ShowLink,
}

/// Share the answers: copy a link (with a visible confirmation), show it as a QR code, or
/// clear everything kept in this browser.
#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let status = use_state(|| CopyStatus::Idle);
    let show_qr = use_state(|| false);
    let link = props.link.link();
    {
        let status = status.clone();
        use_effect_with(props.link.clone(), move |_| status.set(CopyStatus::Idle));
    }
    let too_long = props.link == ShareLink::TooLong;
    let on_copy = {
        let link = link.clone();
        let on_blocked = props.on_blocked.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| match &link {
            None if too_long => {}
            None => on_blocked.emit(()),
            Some(link) => copy_to_clipboard(link.to_string(), status.clone()),
        })
    };
    let on_qr = {
        let show_qr = show_qr.clone();
        let link = link.clone();
        let on_blocked = props.on_blocked.clone();
        Callback::from(move |_: MouseEvent| match link {
            None if too_long => {}
            None => on_blocked.emit(()),
            Some(_) => show_qr.set(!*show_qr),
        })
    };
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <section class="share-panel" aria-labelledby="share-heading">
            <h2 class="heading-m" id="share-heading">{ text(CommonText::ShareHeading) }</h2>
            <p class="hint" id="share-note">{ props.note.clone() }</p>
            if let Some(option) = &props.option {
                <Checkbox id="share-option" label={option.label.clone()} checked={option.checked}
                    on_change={option.on_change.clone()} />
            }
            if too_long {
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
            if let (CopyStatus::ShowLink, Some(link)) = (*status, &link) {
                <label class="label" for="share-link">{ text(CommonText::CopyByHand) }</label>
                <input class="input" id="share-link" type="text" readonly=true value={link.clone()} />
            }
            if let (true, Some(link)) = (*show_qr, &link) {
                <QrCode link={link.clone()} />
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
fn copy_to_clipboard(link: String, status: UseStateHandle<CopyStatus>) {
    let clipboard = web_sys::window().map(|window| window.navigator().clipboard());
    let Some(clipboard) = clipboard else {
        status.set(CopyStatus::ShowLink);
        return;
    };
    let promise = clipboard.write_text(&link);
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => status.set(CopyStatus::Copied),
            Err(_) => status.set(CopyStatus::ShowLink),
        }
    });
}
