//! The payload segment of a share link: `v1.` then `j` and base64url of JSON, or `z` and
//! base64url of the same JSON deflated, whichever is shorter. JSON keeps old links readable by
//! future versions; deflate makes rosters fit in a link; base64url needs no escaping in a URL.
//!
//! A version number newer than this app's is refused with a message, not guessed at; each old
//! version's decoder stays here for ever (`tests/golden_links.rs`).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::LinkError;

/// The version of the payloads this app writes.
pub const CURRENT_VERSION: u32 = 1;
/// No link the calculator makes is longer (a 200-employee roster is about 3,000).
pub const MAX_SEGMENT_LENGTH: usize = 20_000;
/// The JSON inside a link is never bigger than this, however well it compresses.
const MAX_JSON_BYTES: usize = 256 * 1024;

/// Encodes answers as a payload segment, compressed only where that makes it shorter.
pub fn encode<T: Serialize>(answers: &T) -> Result<String, LinkError> {
    let json = serde_json::to_vec(answers).map_err(|_| LinkError::Unacceptable)?;
    let plain = URL_SAFE_NO_PAD.encode(&json);
    let deflated = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&json, 9));
    Ok(if deflated.len() < plain.len() {
        format!("v{CURRENT_VERSION}.z{deflated}")
    } else {
        format!("v{CURRENT_VERSION}.j{plain}")
    })
}

/// Encodes answers as an uncompressed (`j`) payload segment: longer than [`encode`]'s for big
/// answers, but without the compressor, for a wasm that links to a few short answers only (the
/// embedded calculator's link to the full one).
pub fn encode_uncompressed<T: Serialize>(answers: &T) -> Result<String, LinkError> {
    let json = serde_json::to_vec(answers).map_err(|_| LinkError::Unacceptable)?;
    Ok(format!("v{CURRENT_VERSION}.j{}", URL_SAFE_NO_PAD.encode(&json)))
}

/// Decodes a payload segment; every failure is a [`LinkError`], never a panic.
pub fn decode<T: DeserializeOwned>(segment: &str) -> Result<T, LinkError> {
    if segment.len() > MAX_SEGMENT_LENGTH {
        return Err(LinkError::TooLong);
    }
    let (version, body) = split_version(segment).ok_or(LinkError::Damaged)?;
    match version {
        1 => decode_v1(body),
        v if v > CURRENT_VERSION => Err(LinkError::FutureVersion),
        _ => Err(LinkError::Damaged),
    }
}

/// Version 1: `j<base64url JSON>` or `z<base64url deflated JSON>`.
fn decode_v1<T: DeserializeOwned>(body: &str) -> Result<T, LinkError> {
    let (encoding, data) = body.split_at_checked(1).ok_or(LinkError::Damaged)?;
    let bytes = URL_SAFE_NO_PAD.decode(data).map_err(|_| LinkError::Damaged)?;
    let json = match encoding {
        "j" => bytes,
        "z" => miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_JSON_BYTES)
            .map_err(|_| LinkError::Damaged)?,
        _ => return Err(LinkError::Damaged),
    };
    if json.len() > MAX_JSON_BYTES {
        return Err(LinkError::TooLong);
    }
    serde_json::from_slice(&json).map_err(|error| match error.classify() {
        serde_json::error::Category::Data => LinkError::Unacceptable,
        _ => LinkError::Damaged,
    })
}

/// `v12.rest` → (12, "rest").
fn split_version(segment: &str) -> Option<(u32, &str)> {
    let rest = segment.strip_prefix('v')?;
    let (number, body) = rest.split_once('.')?;
    if number.is_empty() || number.len() > 6 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((number.parse().ok()?, body))
}

#[cfg(test)]
mod tests;
