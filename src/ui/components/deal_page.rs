//! A deal's page, the same for every deal: its levers and the results first
//! (headlines, and the Venture's chart), then the deal's own pieces (the
//! Venture's sensitivity, the MSA's charge chart and calendar, the Note's words
//! against figures), every other input with its source, the notices and the
//! tables. The view is built once per scenario (`kept_page_view`); the notices
//! and tables show the `settled` form, one painted frame behind a dragged
//! slider (`hooks/after_paint.rs`), in a component of their own that a render
//! for the headlines skips.

use super::chart::CashChart;
use super::deal_extras::extras;
use super::deal_tables::SettledTables;
use super::field::Field;
use super::headlines::Headlines;
use super::panel::Panel;
use crate::scenario::deal_form::{Deal, DealForm};
use crate::ui::state::Dispatch;
use crate::view::controls::field_snapshot;
use crate::view::page::{kept_page_view, levers_heading, results_footnote};
use crate::view::sections::levers;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct DealPageProps {
    pub form: Rc<DealForm>,
    /// The form as of one painted frame ago: what the notices and tables show.
    pub settled: Rc<DealForm>,
    pub dispatch: Dispatch,
    /// Whether the page's first frame is painted: until then, every other
    /// input and the tables wait (`hooks/first_paint.rs`).
    pub painted: bool,
}

#[component]
pub fn DealPage(props: &DealPageProps) -> Html {
    let form = &props.form;
    let deal = form.deal();
    let view = kept_page_view(&form.scenario);
    let levers = levers(deal);
    // The terms switch says what it moved beside it.
    let terms_note = levers.iter().any(|field| field.param == "terms").then(|| {
        html! { <p id="terms-note" class="terms-note" role="status">{ form.terms_note.clone().unwrap_or_default() }</p> }
    });
    let levers = levers.into_iter().map(|field| {
        let snapshot = field_snapshot(form, field);
        html! { <Field key={field.param} {field} form={form.clone()} dispatch={props.dispatch.clone()} {snapshot} /> }
    });
    let results = match &view {
        Ok(view) => html! {
            <>
                <Headlines headlines={view.headlines.clone()} />
                { view.chart.clone().map(|chart| {
                    // The hit areas follow the settled scenario (the same chart
                    // where that has no chart, as after an error).
                    let settled = kept_page_view(&props.settled.scenario)
                        .ok()
                        .and_then(|settled| settled.chart.clone())
                        .unwrap_or_else(|| chart.clone());
                    html! { <CashChart {chart} {settled} /> }
                }) }
            </>
        },
        Err(message) => html! { <p class="model-error" role="alert">{ message.clone() }</p> },
    };
    // The Note's conflict of words and figures decides every figure: it comes first.
    let (first, extras) = match deal {
        Deal::Note => (extras(form, &props.dispatch), Html::default()),
        _ => (Html::default(), extras(form, &props.dispatch)),
    };
    html! {
        <main class={classes!("layout", (deal != Deal::Venture).then_some("deal-layout"))}>
            { first }
            <section class="levers" aria-labelledby="levers-heading">
                <h2 id="levers-heading">{ levers_heading(deal) }</h2>
                { for levers }
                { terms_note }
            </section>
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading">{ "Results" }</h2>
                { results }
                <super::ExplainPanel scenario={Rc::new(form.scenario.clone())} />
                { results_footnote(deal).map(|line| html! { <p class="taxes">{ line }</p> }) }
            </section>
            { extras }
            if props.painted {
                <Panel form={form.clone()} dispatch={props.dispatch.clone()} />
                <SettledTables form={props.settled.clone()} dispatch={props.dispatch.clone()} />
            }
        </main>
    }
}
