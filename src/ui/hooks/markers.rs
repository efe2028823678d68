//! The markers the browser tests wait for: `data-ready` once results are on the
//! page, `data-computed-at` = the link of the scenario last rendered, and
//! `data-engine-runs` = how many times the engine ran for scenarios on show.
//! Effects run after the render, so the markers never run ahead of the DOM.

use crate::ui::dom;
use yew::prelude::*;

#[hook]
pub fn use_rendered_markers(link: String) {
    use_effect_with(link, |link| {
        dom::set_body_attribute("data-computed-at", link);
        // How many times the engine has run for the scenarios on show: the browser
        // tests hold a settled change to one run.
        dom::set_body_attribute(
            "data-engine-runs",
            &crate::scenario::run::runs().to_string(),
        );
        dom::set_body_attribute("data-ready", "1");
    });
}
