//! Undo/redo in the browser: a step is committed when the scenario has settled
//! (the same quiet time as the address bar, so a slider drag is one step), and
//! Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y; ⌘ on a Mac) undo and redo unless the focus is
//! in a text box, where they keep their usual meaning.

use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use web_sys::wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

/// Quiet time before a change becomes a step (as the address bar's).
const SETTLE_MS: u32 = 300;

#[hook]
pub fn use_history(link: String, dispatch: Dispatch) {
    {
        let dispatch = dispatch.clone();
        use_effect_with(link, move |link| {
            let link = link.clone();
            let pending = Timeout::new(SETTLE_MS, move || {
                dispatch.dispatch(PageAction::Settled(link))
            });
            move || drop(pending)
        });
    }
    use_effect_with((), move |_| {
        let listener = crate::ui::dom::window().map(|window| {
            // Active (not passive): Ctrl+Z's default is prevented.
            let active = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", active, move |event| {
                let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if let Some(action) = shortcut(key) {
                    if !in_text_box(key) {
                        key.prevent_default();
                        dispatch.dispatch(action);
                    }
                }
            })
        });
        move || drop(listener)
    });
}

fn shortcut(key: &KeyboardEvent) -> Option<PageAction> {
    if !(key.ctrl_key() || key.meta_key()) || key.alt_key() {
        return None;
    }
    match key.key().as_str() {
        "z" | "Z" if key.shift_key() => Some(PageAction::Redo),
        "z" | "Z" => Some(PageAction::Undo),
        "y" | "Y" if !key.shift_key() => Some(PageAction::Redo),
        _ => None,
    }
}

/// Whether the key went to a box where typing happens (its own undo applies there).
fn in_text_box(key: &KeyboardEvent) -> bool {
    let Some(target) = key.target() else {
        return false;
    };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        return !matches!(
            input.type_().as_str(),
            "range" | "checkbox" | "radio" | "button" | "submit" | "reset"
        );
    }
    target.dyn_ref::<web_sys::Element>().is_some_and(|element| {
        matches!(
            element.tag_name().as_str(),
            "TEXTAREA" | "SELECT" | "textarea" | "select"
        ) || element.has_attribute("contenteditable")
    })
}
