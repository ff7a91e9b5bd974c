//! Embed mode: the calculator inside another site's page (an iframe made by `embed.js`, or the
//! documented `<iframe>` snippet). What the embedding page asks for comes from the URL fragment
//! and is checked here before it is used: a preset must be one we have, a colour must be a
//! colour dark enough to see on white, and the host must be a plain web origin.

use furlough_engine::estimate::SchemePreset;

use crate::share::fragment::EmbedRequest;

/// The checked embed options. Anything that fails its check is dropped, silently: a host page
/// with a typo still gets a working calculator.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embed {
    pub preset: Option<SchemePreset>,
    /// `#rrggbb`, for the header bar and card borders.
    pub accent: Option<String>,
    /// The embedding page's origin: the only place the page height is ever sent.
    pub host: Option<String>,
}

impl Embed {
    pub fn from_request(request: &EmbedRequest) -> Embed {
        Embed {
            preset: request.preset.as_deref().and_then(SchemePreset::from_id),
            accent: request.accent.as_deref().and_then(accent_colour),
            host: request.host.as_deref().and_then(web_origin),
        }
    }
}

/// `1d70b8` or `#1d70b8` → `#1d70b8`, if it has at least 3:1 contrast with white (WCAG 1.4.11),
/// so borders drawn in it can be seen.
pub fn accent_colour(text: &str) -> Option<String> {
    let hex = text.strip_prefix('#').unwrap_or(text);
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    let (r, g, b) = (channel(0)?, channel(2)?, channel(4)?);
    (contrast_with_white(r, g, b) >= 3.0).then(|| format!("#{}", hex.to_ascii_lowercase()))
}

/// WCAG 2 contrast ratio of a colour against white.
fn contrast_with_white(r: u8, g: u8, b: u8) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    1.05 / (luminance + 0.05)
}

/// `https://union.example` or `http://127.0.0.2:8081`: a scheme, a host and maybe a port;
/// nothing else (no path, no user, no wildcard).
pub fn web_origin(text: &str) -> Option<String> {
    let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"))?;
    let (host, port) = match rest.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'));
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok).then(|| text.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dark_enough_colour_is_accepted_with_or_without_its_hash() {
        assert_eq!(accent_colour("1D70B8").as_deref(), Some("#1d70b8"));
        assert_eq!(accent_colour("#005ea5").as_deref(), Some("#005ea5"));
        assert_eq!(accent_colour("000000").as_deref(), Some("#000000"));
    }

    #[test]
    fn colours_too_light_to_see_and_anything_else_are_refused() {
        for text in ["ffdd00", "ffffff", "fff", "red", "#12345", "1d70b8;background:url(x)", "", "１２３４５６"] {
            assert_eq!(accent_colour(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_host_must_be_a_plain_web_origin() {
        assert_eq!(web_origin("https://union.example").as_deref(), Some("https://union.example"));
        assert_eq!(web_origin("http://127.0.0.2:8081").as_deref(), Some("http://127.0.0.2:8081"));
        for text in ["*", "null", "javascript:alert(1)", "https://", "https://a.example/path", "https://user@a.example",
            "ftp://a.example", "https://a.example:", "https://a.example:123456", "https://a b.example"] {
            assert_eq!(web_origin(text), None, "{text:?}");
        }
    }

    #[test]
    fn an_unknown_preset_is_dropped_and_the_rest_kept() {
        let request = EmbedRequest {
            preset: Some("free-money".into()),
            accent: Some("1d70b8".into()),
            host: Some("https://union.example".into()),
        };
        let embed = Embed::from_request(&request);
        assert_eq!(embed, Embed { preset: None, accent: Some("#1d70b8".into()), host: Some("https://union.example".into()) });
    }
}
