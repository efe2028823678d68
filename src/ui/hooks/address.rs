//! The address bar follows the scenario, and a link typed or pasted into it
//! (or reached with back/forward) opens.

use crate::ui::dom;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Quiet time before the address is rewritten, so that a slider being dragged
/// does not rewrite it on every step.
const SETTLE_MS: u32 = 300;

/// Writes the scenario's `link` into the address bar's hash once it has not
/// changed for a moment. While a refused link is on show, its text stays in the
/// address bar so that it can be corrected there.
#[hook]
pub fn use_address_bar(link: String, refused: bool) {
    use_effect_with((link, refused), |(link, refused)| {
        let pending = (!*refused).then(|| {
            let link = link.clone();
            Timeout::new(SETTLE_MS, move || {
                if dom::location_hash() != link {
                    dom::replace_hash(&link);
                }
            })
        });
        // Dropping a gloo Timeout cancels it.
        move || drop(pending)
    });
}

/// Opens the address's link when the hash changes from outside the page.
#[hook]
pub fn use_address_listener(dispatch: Dispatch) {
    use_effect_with((), move |_| {
        let listener = dom::window().map(|window| {
            EventListener::new(&window, "hashchange", move |_| {
                dispatch.dispatch(PageAction::AddressChanged(dom::location_hash()));
            })
        });
        move || drop(listener)
    });
}
