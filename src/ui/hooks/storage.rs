//! The browser's `localStorage`, wrapped so that a browser without it (or one
//! that refuses it: private modes, disabled storage, a full quota) gives a
//! message, never a panic. Also the time stamp the saved scenarios carry.

use crate::ui::dom;
use web_sys::Storage;

const UNAVAILABLE: &str = "This browser does not let the page store data (private mode or storage turned off): scenarios cannot be saved here; copy their links instead.";

fn storage() -> Result<Storage, String> {
    dom::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or_else(|| UNAVAILABLE.to_string())
}

/// The text under `key` (`None` when nothing is stored).
pub fn read(key: &str) -> Result<Option<String>, String> {
    storage()?
        .get_item(key)
        .map_err(|_| UNAVAILABLE.to_string())
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), String> {
    storage()?
        .set_item(key, value)
        .map_err(|_| "The browser refused to store the list (its storage may be full).".to_string())
}

pub use crate::ui::dom::now_iso;
