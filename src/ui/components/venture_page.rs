//! The Venture's page: the three sliders and the terms, the results (headlines
//! and the cash chart), every other input, the notices and the monthly table.
//! The outcome is computed once per scenario.

use super::field::Field;
use super::{csv_download, CashChart, Headlines, MonthlyTable, Notices, Panel};
use crate::scenario::deal_form::DealForm;
use crate::ui::state::Dispatch;
use crate::view::controls::field_snapshot;
use crate::view::results::{computed, notice_lines};
use crate::view::sections::levers;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct VenturePageProps {
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

#[component]
pub fn VenturePage(props: &VenturePageProps) -> Html {
    let form = props.form.clone();
    let dispatch = props.dispatch.clone();
    // The Venture's form holds a Venture scenario: it opens no other deal's link.
    let inputs = form
        .venture()
        .cloned()
        .unwrap_or_else(crate::engine::venture::VentureInputs::defaults);
    let computed = use_memo(inputs.clone(), computed);

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

    let levers = levers(form.deal()).into_iter().map(|field| {
        let snapshot = field_snapshot(&form, field);
        html! { <Field key={field.param} {field} form={form.clone()} dispatch={dispatch.clone()} {snapshot} /> }
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
                { for levers }
                <p id="terms-note" class="terms-note" role="status">{ form.terms_note.clone().unwrap_or_default() }</p>
            </section>
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading">{ "Results" }</h2>
                { results }
                <super::ExplainPanel scenario={Rc::new(crate::scenario::LinkScenario::Venture(inputs.clone()))} />
            </section>
            <super::sensitivity::Sensitivity inputs={inputs.clone()} />
            <Panel form={form.clone()} dispatch={dispatch.clone()} />
            <Notices lines={notice_lines(&form.warnings, &computed.results)} />
            { table }
        </main>
    }
}
