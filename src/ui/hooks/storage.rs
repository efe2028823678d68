//! The browser's `localStorage`, wrapped so that a browser without it (or one
//! that refuses it: private modes, disabled storage, a full quota) gives a
//! message, never a panic. Also the time stamp the saved scenarios carry.
//!
//! `LocalStorage` is the saved scenarios' [`Storage`]: it reads and writes a
//! key's text as JavaScript holds it, in UTF-16 code units, so that stored text
//! that is not Unicode (a lone surrogate) is read and set aside byte for byte
//! rather than turned into `�` on its way into a Rust string.

use crate::scenario::saved::Storage;
use crate::ui::dom;
use web_sys::js_sys::{self, JsString};
use web_sys::wasm_bindgen::{JsCast, JsValue};

const UNAVAILABLE: &str = "This browser does not let the page store data (private mode or storage turned off): scenarios cannot be saved here; copy their links instead.";
const REFUSED: &str = "The browser refused to store the list (its storage may be full).";

fn storage() -> Result<web_sys::Storage, String> {
    dom::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or_else(|| UNAVAILABLE.to_string())
}

/// Code units per `String.fromCharCode` call: its arguments go on the stack.
const CHUNK: usize = 8_192;

/// The browser's `localStorage` as the saved scenarios' storage.
pub struct LocalStorage;

impl Storage for LocalStorage {
    fn read(&self, key: &str) -> Result<Option<Vec<u16>>, String> {
        let storage = storage()?;
        let get = js_sys::Reflect::get(&storage, &JsValue::from_str("getItem"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .ok_or_else(|| UNAVAILABLE.to_string())?;
        let value = get
            .call1(&storage, &JsValue::from_str(key))
            .map_err(|_| UNAVAILABLE.to_string())?;
        let Some(text) = value.dyn_ref::<JsString>() else {
            return Ok(None);
        };
        Ok(Some(if text.is_valid_utf16() {
            // The common case at native speed: whole Unicode text.
            String::from(text).encode_utf16().collect()
        } else {
            text.iter().collect()
        }))
    }

    fn write(&mut self, key: &str, units: &[u16]) -> Result<(), String> {
        let storage = storage()?;
        if let Ok(text) = String::from_utf16(units) {
            return storage
                .set_item(key, &text)
                .map_err(|_| REFUSED.to_string());
        }
        let mut text = JsString::from("");
        for chunk in units.chunks(CHUNK) {
            text = text.concat(&JsString::from_char_code(chunk));
        }
        let set = js_sys::Reflect::get(&storage, &JsValue::from_str("setItem"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .ok_or_else(|| UNAVAILABLE.to_string())?;
        set.call2(&storage, &JsValue::from_str(key), &text)
            .map(|_| ())
            .map_err(|_| REFUSED.to_string())
    }
}

pub use crate::ui::dom::now_iso;
