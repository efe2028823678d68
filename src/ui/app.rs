//! The page: the reducer, the outcome computed once per scenario, the browser
//! effects, and the layout — title, the three sliders and the terms, the
//! results, every other input, the notices and the monthly table.

use super::components::{
    CashChart, Choice, Headlines, LinkError, MonthlyTable, Notices, PageHeader, Panel, Slider,
};
use super::dom;
use super::hooks::{use_address_bar, use_address_listener, use_rendered_markers};
use super::state::PageState;
use crate::scenario::fields::venture_field;
use crate::view::controls::SLIDERS;
use crate::view::results::{computed, notice_lines};
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    // Opening the address's link directly (rather than the defaults first)
    // computes the first scenario once and shows no flash of the defaults.
    let state = use_reducer(|| PageState::opening(&dom::location_hash()));
    let dispatch = state.dispatcher();
    let form = state.form.clone();
    let computed = use_memo(form.inputs.clone(), computed);
    let link = computed.link.clone();

    use_address_bar(link.clone(), !form.link_errors.is_empty());
    use_address_listener(dispatch.clone());
    use_rendered_markers(link.clone());

    // Shared pieces of the results, so that their components re-render only
    // when the scenario changes.
    let parts = use_memo(computed.clone(), |computed| {
        computed.results.as_ref().ok().map(|view| {
            (
                Rc::new(view.headlines.clone()),
                Rc::new(view.chart.clone()),
                Rc::new(view.table.clone()),
            )
        })
    });

    let sliders = SLIDERS.iter().filter_map(|param| venture_field(param)).map(|field| {
        html! { <Slider key={field.param} {field} form={form.clone()} dispatch={dispatch.clone()} /> }
    });
    let terms = venture_field("terms").map(|field| {
        html! { <Choice {field} form={form.clone()} dispatch={dispatch.clone()} class="terms" /> }
    });
    let results = match (&computed.results, parts.as_ref()) {
        (Ok(_), Some((headlines, chart, _))) => html! {
            <>
                <Headlines headlines={headlines.clone()} />
                <CashChart chart={chart.clone()} />
            </>
        },
        (Err(message), _) => html! { <p class="model-error" role="alert">{ message.clone() }</p> },
        _ => Html::default(),
    };
    let table = parts
        .as_ref()
        .as_ref()
        .map(|(_, _, table)| html! { <MonthlyTable table={table.clone()} /> });

    html! {
        <>
            <PageHeader link={AttrValue::from(link)} dispatch={dispatch.clone()} />
            <LinkError messages={form.link_errors.clone()} dispatch={dispatch.clone()} />
            <main class="layout">
                <section class="levers" aria-labelledby="levers-heading">
                    <h2 id="levers-heading">{ "The three levers" }</h2>
                    { for sliders }
                    { terms }
                </section>
                <section class="results" aria-labelledby="results-heading">
                    <h2 id="results-heading">{ "Results" }</h2>
                    { results }
                </section>
                <Panel form={form.clone()} dispatch={dispatch.clone()} />
                <Notices lines={notice_lines(&form.warnings, &computed.results)} />
                { table }
            </main>
        </>
    }
}
