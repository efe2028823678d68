//! The browser calls the page makes, wrapped so that a missing window, a
//! refused call or an absent API is a no-op or a `None`, never a panic (a panic
//! would stop the page).

use web_sys::wasm_bindgen::closure::Closure;
use web_sys::wasm_bindgen::{JsCast, JsValue};
use web_sys::{js_sys, Clipboard, Window};

pub fn window() -> Option<Window> {
    web_sys::window()
}

/// `location.hash` ("" when there is none).
pub fn location_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without its `#…` part.
pub fn address_without_hash() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// Replaces the hash of the current history entry (path and query kept; no
/// `hashchange` event, no new entry).
pub fn replace_hash(link: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(link));
    }
}

pub fn set_body_attribute(name: &str, value: &str) {
    let body = window().and_then(|w| w.document()).and_then(|d| d.body());
    if let Some(body) = body {
        let _ = body.set_attribute(name, value);
    }
}

/// A `data:` URL of `text` as `mime` (UTF-8), the one writer of the page's
/// downloads (the CSVs, the draws, the calendar).
pub fn data_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
}

/// Sets a download link's `href` to `text` from its click handler (the browser
/// reads the href after the handler); with nothing to download, the click does
/// nothing.
pub fn set_download(event: &web_sys::MouseEvent, mime: &str, text: Option<String>) {
    let anchor = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
    match (text, anchor) {
        (Some(text), Some(anchor)) => {
            let _ = anchor.set_attribute("href", &data_url(mime, &text));
        }
        _ => event.prevent_default(),
    }
}

/// Removes an attribute of `<body>` (a marker that no longer holds).
pub fn remove_body_attribute(name: &str) {
    let body = window().and_then(|w| w.document()).and_then(|d| d.body());
    if let Some(body) = body {
        let _ = body.remove_attribute(name);
    }
}

/// Milliseconds since the page started (`performance.now()`), for measurements.
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
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

/// The document's title (the browser tab, the history list).
pub fn set_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// `navigator.clipboard`, where the browser offers it (secure pages only).
fn clipboard() -> Option<Clipboard> {
    let navigator = window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    value.dyn_into::<Clipboard>().ok()
}

/// Writes `text` to the clipboard, then calls `done` with whether it worked.
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    let Some(clipboard) = clipboard() else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(done);
    let on_ok = {
        let done = done.clone();
        Closure::once(move |_: JsValue| done(true))
    };
    let on_err = Closure::once(move |_: JsValue| done(false));
    let _ = clipboard.write_text(text).then2(&on_ok, &on_err);
    // The promise calls one of the two later; they must outlive this function.
    // One small closure pair per click stays allocated.
    on_ok.forget();
    on_err.forget();
}

/// Sets `location.hash` (a new history entry; the page's `hashchange` listener opens it).
pub fn set_hash(link: &str) {
    if let Some(window) = window() {
        let _ = window.location().set_hash(link);
    }
}

/// `navigator.scheduling.isInputPending`, where the browser has it (Chromium):
/// long work asks it between small steps and yields at once to a waiting input
/// (a slider dragged). Looked up once; elsewhere `lookup` is `None`.
pub struct InputPending {
    scheduling: JsValue,
    method: js_sys::Function,
    /// `{ includeContinuous: false }`: only discrete input (a key, a click, a
    /// drag's start) ends a slice. With continuous input counted, a mouse
    /// merely passing over the page ended every slice early and the draws ran
    /// many times slower; a slice is short enough (6 ms) for a drag to wait.
    options: JsValue,
}

impl InputPending {
    pub fn lookup() -> Option<InputPending> {
        let navigator = window()?.navigator();
        let scheduling = js_sys::Reflect::get(&navigator, &JsValue::from_str("scheduling")).ok()?;
        if !scheduling.is_object() {
            return None;
        }
        let method = js_sys::Reflect::get(&scheduling, &JsValue::from_str("isInputPending"))
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        let options = js_sys::Object::new();
        js_sys::Reflect::set(
            &options,
            &JsValue::from_str("includeContinuous"),
            &JsValue::FALSE,
        )
        .ok()?;
        Some(InputPending {
            scheduling,
            method,
            options: options.into(),
        })
    }

    /// Whether an input event waits for the main thread (false on any error).
    pub fn now(&self) -> bool {
        self.method
            .call1(&self.scheduling, &self.options)
            .is_ok_and(|v| v.is_truthy())
    }
}
