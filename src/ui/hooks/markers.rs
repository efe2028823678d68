//! The markers the browser tests wait for: `data-ready` once results are on the
//! page, and `data-computed-at` = the link of the scenario last rendered.
//! Effects run after the render, so the markers never run ahead of the DOM.

use crate::ui::dom;
use yew::prelude::*;

#[hook]
pub fn use_rendered_markers(link: String) {
    use_effect_with(link, |link| {
        dom::set_body_attribute("data-computed-at", link);
        dom::set_body_attribute("data-ready", "1");
    });
}
