//! The URL fragment: `#<view>[/<segment>…]`. Segments, in any order:
//! - `v1.…`: a shared scenario (see `codec`);
//! - `embed`: the compact layout for embedding in another site, with optional
//!   `preset=<id>`, `accent=<rrggbb>` and `host=<origin>` segments.
//!
//! Unknown segments are ignored, so a fragment made by a newer version still opens its view.

use crate::state::View;

/// What a fragment asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    pub view: Option<View>,
    /// The `v…` segment, still encoded.
    pub payload: Option<String>,
    pub embed: Option<EmbedRequest>,
}

/// The embed options, as written in the fragment; checked by `crate::embed`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedRequest {
    pub preset: Option<String>,
    pub accent: Option<String>,
    pub host: Option<String>,
}

impl Fragment {
    pub fn parse(fragment: &str) -> Fragment {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut segments = fragment.split('/');
        let first = segments.next().unwrap_or_default();
        let mut parsed = Fragment { view: View::from_slug(first), ..Fragment::default() };
        let mut embed = EmbedRequest::default();
        // `#embed/…`: the flag alone, for the firm estimate (issue 6, "Embedding").
        let mut embedded = first == "embed";
        for segment in segments {
            if is_payload(segment) {
                parsed.payload = Some(segment.to_string());
            } else if segment == "embed" {
                embedded = true;
            } else if let Some((key, value)) = segment.split_once('=') {
                let value = Some(decode_component(value));
                match key {
                    "preset" => embed.preset = value,
                    "accent" => embed.accent = value,
                    "host" => embed.host = value,
                    _ => {}
                }
            }
        }
        parsed.embed = embedded.then_some(embed);
        parsed
    }

    /// The fragment for a view and a payload: `#estimate/v1.j…`.
    pub fn for_view(view: View, payload: Option<&str>) -> String {
        match payload {
            Some(payload) => format!("#{}/{payload}", view.slug()),
            None => format!("#{}", view.slug()),
        }
    }
}

/// `v` followed by digits and a dot: a payload of some version.
fn is_payload(segment: &str) -> bool {
    let Some(rest) = segment.strip_prefix('v') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest.as_bytes().get(digits) == Some(&b'.')
}

/// `%3A` → `:`; anything not valid percent-encoded UTF-8 is kept as written.
fn decode_component(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|pair| std::str::from_utf8(pair).ok());
        match (bytes[i], hex.and_then(|pair| u8::from_str_radix(pair, 16).ok())) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                i += 3;
            }
            (byte, _) => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(decoded).unwrap_or_else(|_| value.to_string())
}

#[cfg(test)]
mod tests;
