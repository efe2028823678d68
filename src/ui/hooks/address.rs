//! The address bar follows the scenario, and a link typed or pasted into it
//! (or reached with back/forward) opens.

use crate::ui::dom;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HashChangeEvent;
use yew::prelude::*;

/// Quiet time before the address is rewritten, so that a slider being dragged
/// does not rewrite it on every step.
const SETTLE_MS: u32 = 300;

/// Writes the scenario's `link` into the address bar's hash once it has not
/// changed for a moment. While a refused link is on show, its text stays in the
/// address bar so that it can be corrected there. A link typed or pasted into
/// the address bar (or reached with back/forward) opens, and once it has, the
/// address is made canonical even when the scenario on show stays the same
/// (`#` or `#/` on the defaults: no new link to follow).
#[hook]
pub fn use_address_bar(link: String, refused: bool, dispatch: Dispatch) {
    // The link and refusal of the latest render, for the rewrite after a
    // navigation (the listener outlives the renders).
    let latest = use_mut_ref(|| (link.clone(), refused));
    *latest.borrow_mut() = (link.clone(), refused);
    use_effect_with((link, refused), |(link, refused)| {
        let pending = (!*refused).then(|| {
            let link = link.clone();
            // A navigation after this render (a deal's tab, back/forward) is
            // the page's next scenario, on its way through `hashchange`: it
            // is never overwritten with this one.
            let seen = dom::location_hash();
            Timeout::new(SETTLE_MS, move || {
                let now = dom::location_hash();
                if now == seen && now != link {
                    dom::replace_hash(&link);
                }
            })
        });
        // Dropping a gloo Timeout cancels it.
        move || drop(pending)
    });
    use_effect_with((), move |_| {
        let rewrite: Rc<RefCell<Option<Timeout>>> = Rc::default();
        let listener = dom::window().map(|window| {
            EventListener::new(&window, "hashchange", move |event| {
                // The event's own new address, not `location.hash` now: the
                // address bar's pending rewrite may run between the navigation
                // and this event and put the old scenario's link back.
                let hash = event
                    .dyn_ref::<HashChangeEvent>()
                    .map(|e| hash_of(&e.new_url()))
                    .unwrap_or_else(dom::location_hash);
                dispatch.dispatch(PageAction::AddressChanged(hash.clone()));
                let latest = latest.clone();
                // Replacing the slot drops (cancels) the rewrite of an earlier
                // navigation; this callback is the listener's, not the timeout's.
                *rewrite.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || {
                    let (link, refused) = latest.borrow().clone();
                    if !refused && dom::location_hash() == hash && hash != link {
                        dom::replace_hash(&link);
                    }
                }));
            })
        });
        move || drop(listener)
    });
}

/// The `#…` part of an address (empty without one), as `location.hash` gives it.
fn hash_of(url: &str) -> String {
    match url.find('#') {
        Some(at) if at + 1 < url.len() => url[at..].to_string(),
        _ => String::new(),
    }
}
