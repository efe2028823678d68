//! The markers the browser tests wait for: `data-ready` once the whole page is
//! drawn (on opening, the parts below the fold wait for the first painted
//! frame: `first_paint.rs`), `data-computed-at` = the link of the scenario last
//! rendered in full (the parts below the fold follow a painted frame after the
//! headlines: `after_paint.rs`), `data-results-at` = the link whose headlines
//! and chart are on show, and
//! `data-engine-runs` = how many times the engine ran for scenarios on show.
//! Effects run after the render, and the whole page's markers are given only
//! once the parts below the fold are drawn, so the markers never run ahead of
//! the DOM.

use crate::ui::dom;
use yew::prelude::*;

#[hook]
pub fn use_rendered_markers(results: String, whole: Option<String>) {
    use_effect_with(results, |results| {
        dom::set_body_attribute("data-results-at", results);
    });
    // `None` until the parts below the fold are drawn (`first_paint.rs`), and
    // again while they show scenarios older than the headlines': a link read
    // anew with the same canonical form (new warnings) takes the marker away
    // until its notices are drawn, so a test never reads the old ones.
    use_effect_with(whole, |link| {
        let Some(link) = link else {
            dom::remove_body_attribute("data-computed-at");
            return;
        };
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
