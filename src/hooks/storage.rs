//! The browser's `localStorage`, where drafts live, reached without ever throwing: storage can
//! be switched off, full, or refused to a page embedded in another site, and then the
//! calculator simply works without drafts.

const PREFIX: &str = "furlough-calculator:v1:";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this page can keep anything: a page embedded in another site is often refused
/// storage (third-party storage blocked), and then its drafts are lost on reload.
pub fn available() -> bool {
    let probe = format!("{PREFIX}probe");
    local_storage().is_some_and(|storage| storage.set_item(&probe, "1").is_ok() && storage.remove_item(&probe).is_ok())
}

/// The text stored under `key`, if storage is available and holds it.
pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(&format!("{PREFIX}{key}")).ok().flatten()
}

/// Stores `value` under `key`; a failure (storage off or full) is ignored: drafts are a
/// convenience, never a reason to stop.
pub fn write(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(&format!("{PREFIX}{key}"), value);
    }
}

/// Removes what is stored under `key`, if anything.
pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{key}"));
    }
}

/// Removes everything the calculator stored ("Clear my data").
pub fn clear_all() {
    let Some(storage) = local_storage() else {
        return;
    };
    let length = storage.length().unwrap_or(0);
    let ours: Vec<String> = (0..length)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect();
    for key in ours {
        let _ = storage.remove_item(&key);
    }
}
