//! The page: the reducer over the three deals' forms, the browser effects, the
//! header with the links between the deals, and the page of the deal on show.

use super::components::{
    ComparePanel, DealPage, GoalSeek, LinkError, PageHeader, PrintInputs, SavedScenarios,
};
use super::dom;
use super::hooks::{
    use_address_bar, use_after_paint, use_first_paint, use_history, use_rendered_markers,
};
use super::state::PageState;
use crate::scenario::deal_form::Deal;
use crate::view::actions::Pages;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    // Opening the address's link directly (rather than the defaults first)
    // computes the first scenario once and shows no flash of the defaults.
    let state = use_reducer(|| PageState::opening(&dom::location_hash()));
    let dispatch = state.dispatcher();
    let pages = &state.pages;
    let link = pages.link();

    // The parts below the fold show the pages as of one painted frame ago
    // (the same pages once a change has settled; at once on a new deal).
    let settled = use_after_paint(pages.clone(), Pages::same_scenarios);
    let below = if settled.deal == pages.deal {
        &settled
    } else {
        pages
    };
    let below_link = below.link();

    // The address bar and undo wait for a quiet moment anyway: they follow the
    // settled link, so that their timers are set after the frame, not in the
    // input's own task (a refused link stops the rewrite at once).
    use_address_bar(
        below_link.clone(),
        !pages.link_errors().is_empty(),
        dispatch.clone(),
    );
    // On opening, the parts below the fold wait for the first frame
    // (`hooks/first_paint.rs`): the first figure is drawn sooner.
    let painted = use_first_paint();
    // The whole page is drawn once the parts below the fold show the same
    // scenarios as the headlines (or a new deal's, drawn whole at once).
    let whole = painted && (settled.deal != pages.deal || Pages::same_scenarios(&settled, pages));
    use_rendered_markers(link.clone(), whole.then(|| link.clone()));
    // Undo and redo step through the deal's own scenarios (a pinned A stays pinned).
    let own_link = pages.link_of(pages.deal);
    use_history(below.link_of(pages.deal), dispatch.clone());
    let history = pages.history.of(pages.deal);
    let (can_undo, can_redo) = (history.can_undo(&own_link), history.can_redo(&own_link));
    use_effect_with(pages.deal, |deal| dom::set_title(title(*deal)));

    let below_scenario = below.scenario_of(pages.deal);
    let links: Vec<(Deal, String)> = Deal::ALL
        .iter()
        .map(|&deal| (deal, pages.link_of(deal)))
        .collect();
    // One page for every deal, keyed by it: moving between deals starts afresh.
    let page = html! {
        <DealPage key={pages.deal.route()} form={pages.form(pages.deal).clone()} settled={below.form(pages.deal).clone()} dispatch={dispatch.clone()} {painted} />
    };
    html! {
        <>
            <PageHeader deal={pages.deal} pinned={pages.pinned_here().is_some()} {links} link={AttrValue::from(link.clone())} dispatch={dispatch.clone()} {can_undo} {can_redo} original_terms={pages.venture_under_original_terms()} />
            <LinkError messages={pages.link_errors().to_vec()} dispatch={dispatch.clone()} />
            <SavedScenarios link={AttrValue::from(below_link.clone())} dispatch={dispatch.clone()} />
            // `if let`, not an `Option` child: pinning A keeps the header (and
            // the focus on its Pin button) and the saved scenarios' boxes as
            // they are (see ARCHITECTURE's invariant on parts that come and go).
            if let Some(a) = pages.pinned.as_ref().filter(|_| pages.pinned_here().is_some()) {
                <ComparePanel a={a.clone()} b={pages.scenario_of(pages.deal)} dispatch={dispatch.clone()} />
            }
            if painted {
                <PrintInputs scenario={below_scenario.clone()} link={AttrValue::from(below.report_link())} />
            }
            { page }
            if painted {
                <div class="tools">
                    <GoalSeek key={pages.deal.route()} scenario={below_scenario.clone()} dispatch={dispatch.clone()} />
                </div>
                <super::components::FusionSection venture={below.venture.scenario.clone()} msa={below.msa.scenario.clone()} note={below.note.scenario.clone()} by_link={pages.fusion} link={AttrValue::from(below.fusion_link())} />
            }
        </>
    }
}

fn title(deal: Deal) -> &'static str {
    match deal {
        Deal::Venture => "Deal modeller — the Venture",
        Deal::Msa => "Deal modeller — the MSA",
        Deal::Note => "Deal modeller — the Note",
    }
}
