use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::embed::Embed;

/// The message the embedding page's `embed.js` listens for. Nothing but this type and the
/// page's height ever crosses to the host.
const HEIGHT_MESSAGE: &str = "furlough-calculator:height";

/// In embed mode: paints the host's accent colour, and tells the host page the calculator's
/// height whenever it changes, so its iframe never needs a scroll bar. Sent only to the host
/// origin named in the fragment (checked by `Embed`), never to `*`.
#[hook]
pub fn use_embed(embed: &Embed) {
    use_effect_with(embed.clone(), |embed| {
        if let Some(accent) = &embed.accent {
            paint_accent(accent);
        }
        let observer = embed.host.clone().and_then(report_height);
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
        }
    });
}

fn paint_accent(accent: &str) {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    if let Some(root) = root.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = root.style().set_property("--brand", accent);
    }
}

type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut()>);

fn report_height(host: String) -> Option<Observer> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let body = window.document()?.body()?;
    let last_height = Rc::new(Cell::new(0));
    let measured = body.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = measured.scroll_height().max(measured.offset_height());
        if height != last_height.get() {
            last_height.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, &host);
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    Some((observer, callback))
}
