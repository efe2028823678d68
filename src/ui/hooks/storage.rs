//! The browser's `localStorage`, wrapped so that a browser without it (or one
//! that refuses it: private modes, disabled storage, a full quota) gives a
//! message, never a panic. Also the time stamp the saved scenarios carry.

use crate::ui::dom;
use web_sys::{js_sys, Storage};

const UNAVAILABLE: &str = "This browser does not let the page store data (private mode or storage turned off): scenarios cannot be saved here; copy their links instead.";

fn storage() -> Result<Storage, String> {
    dom::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or_else(|| UNAVAILABLE.to_string())
}

/// The text under `key` (`None` when nothing is stored).
pub fn read(key: &str) -> Result<Option<String>, String> {
    storage()?.get_item(key).map_err(|_| UNAVAILABLE.to_string())
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), String> {
    storage()?
        .set_item(key, value)
        .map_err(|_| "The browser refused to store the list (its storage may be full).".to_string())
}

/// Now, in UTC, as ISO 8601 text to the second (`2026-11-21T23:50:00Z`).
pub fn now_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}
