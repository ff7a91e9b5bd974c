use qrcodegen::{QrCode as Code, QrCodeEcc};
use yew::prelude::*;

use crate::messages::{text, CommonText};

/// A QR code of a link, as SVG, for printed leaflets. Drawn as one path of black squares with
/// the standard four-module quiet zone, so it scans from paper at any size.
pub fn qr_code(link: &str) -> Html {
    let Ok(code) = Code::encode_text(link, QrCodeEcc::Medium) else {
        return html! { <p class="hint">{ text(CommonText::QrTooLong) }</p> };
    };
    let size = code.size();
    let quiet = 4;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + quiet, y + quiet));
            }
        }
    }
    let view_box = format!("0 0 {0} {0}", size + 2 * quiet);
    html! {
        <svg class="qr-code" viewBox={view_box} role="img" aria-label={text(CommonText::QrLabel)}
            shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
            <rect width="100%" height="100%" fill="#ffffff" />
            <path d={path} fill="#000000" />
        </svg>
    }
}
