//! "Copy link": the full address of the scenario to the clipboard, with a
//! status line that clears itself.

use crate::ui::dom;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

const STATUS_MS: u32 = 4_000;

/// The copy action and what to say about it.
#[derive(Clone, PartialEq)]
pub struct CopyLink {
    pub copy: Callback<()>,
    /// "Link copied", a failure message, or empty.
    pub status: AttrValue,
}

#[hook]
pub fn use_copy_link(link: String) -> CopyLink {
    let status = use_state(AttrValue::default);
    let copy = {
        let status = status.clone();
        use_callback(link, move |(), link| {
            let url = format!("{}{}", dom::address_without_hash(), link);
            let status = status.clone();
            dom::copy_text(&url, move |copied| {
                status.set(AttrValue::from(if copied {
                    "Link copied"
                } else {
                    "The browser did not allow copying: copy the address bar instead."
                }));
            });
        })
    };
    {
        let status = status.clone();
        use_effect_with((*status).clone(), move |shown| {
            let clear = (!shown.is_empty())
                .then(|| Timeout::new(STATUS_MS, move || status.set(AttrValue::default())));
            move || drop(clear)
        });
    }
    CopyLink {
        copy,
        status: (*status).clone(),
    }
}
