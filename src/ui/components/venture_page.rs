//! The Venture's page: the three sliders and the terms, the results (headlines
//! and the cash chart), every other input, the notices and the monthly table.
//! The outcome is computed once per scenario.

use super::{csv_download, CashChart, Choice, Headlines, MonthlyTable, Notices, Panel, Slider};
use crate::scenario::fields::venture_field;
use crate::scenario::form::VentureForm;
use crate::ui::state::Dispatch;
use crate::view::controls::SLIDERS;
use crate::view::results::{computed, notice_lines};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct VenturePageProps {
    pub form: Rc<VentureForm>,
    pub dispatch: Dispatch,
}

#[component]
pub fn VenturePage(props: &VenturePageProps) -> Html {
    let form = props.form.clone();
    let dispatch = props.dispatch.clone();
    let computed = use_memo(form.inputs.clone(), computed);

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
        .map(|(_, _, table)| {
            let download = html! {
                <p class="downloads">
                    { csv_download(form.link(), "rows", "venture-monthly.csv", "Download CSV") }
                    { csv_download(form.link(), "cash", "venture-cash.csv", "Download the cash by month (CSV)") }
                </p>
            };
            html! { <MonthlyTable table={table.clone()} download={Some(download)} /> }
        });

    html! {
        <main class="layout">
            <section class="levers" aria-labelledby="levers-heading">
                <h2 id="levers-heading">{ "The three levers" }</h2>
                { for sliders }
                { terms }
                <p id="terms-note" class="terms-note" role="status">{ form.terms_note.clone().unwrap_or_default() }</p>
            </section>
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading">{ "Results" }</h2>
                { results }
                <super::ExplainPanel scenario={Rc::new(crate::scenario::LinkScenario::Venture(form.inputs.clone()))} />
            </section>
            <super::sensitivity::Sensitivity inputs={form.inputs.clone()} dispatch={dispatch.clone()} />
            <Panel form={form.clone()} dispatch={dispatch.clone()} />
            <Notices lines={notice_lines(&form.warnings, &computed.results)} />
            { table }
        </main>
    }
}
