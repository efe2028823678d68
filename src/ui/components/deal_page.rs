//! A deal's page, the same for every deal: its levers and the results first
//! (headlines, and the Venture's chart), then the deal's own pieces (the
//! Venture's sensitivity, the MSA's charge chart and calendar, the Note's words
//! against figures), every other input with its source, the notices and the
//! tables. The view is built once per scenario.

use super::chart::CashChart;
use super::csv_download::csv_download;
use super::data_table::DataTable;
use super::deal_extras::{extras, table_parts};
use super::field::Field;
use super::headlines::Headlines;
use super::notices::Notices;
use super::panel::Panel;
use crate::scenario::deal_form::{Deal, DealAction, DealForm};
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::controls::field_snapshot;
use crate::view::page::{csv_files, levers_heading, page_view, results_footnote};
use crate::view::sections::levers;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct DealPageProps {
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

#[component]
pub fn DealPage(props: &DealPageProps) -> Html {
    let form = &props.form;
    let deal = form.deal();
    let view = use_memo(form.scenario.clone(), page_view);
    let levers = levers(deal);
    // The terms switch says what it moved beside it.
    let terms_note = levers.iter().any(|field| field.param == "terms").then(|| {
        html! { <p id="terms-note" class="terms-note" role="status">{ form.terms_note.clone().unwrap_or_default() }</p> }
    });
    let levers = levers.into_iter().map(|field| {
        let snapshot = field_snapshot(form, field);
        html! { <Field key={field.param} {field} form={form.clone()} dispatch={props.dispatch.clone()} {snapshot} /> }
    });
    let (results, tables, notices) = match view.as_ref() {
        Ok(view) => (
            html! {
                <>
                    <Headlines headlines={view.headlines.clone()} />
                    { view.chart.clone().map(|chart| html! { <CashChart {chart} /> }) }
                </>
            },
            view.tables
                .iter()
                .map(|table| {
                    let (actions, footer) = table_parts(form, view, table.id);
                    let toggle = (deal == Deal::Note).then(|| {
                        let dispatch = props.dispatch.clone();
                        ("paid", Callback::from(move |date: String| {
                            dispatch.dispatch(PageAction::Deal(DealAction::Toggle { param: "missed", item: date }))
                        }))
                    });
                    let files = csv_files(deal, table.id);
                    let download = (!files.is_empty()).then(|| html! {
                        <p class="downloads">
                            { for files.iter().map(|&(name, file, label)| csv_download(form.link(), name, file, label)) }
                        </p>
                    });
                    html! { <DataTable key={table.id} table={table.clone()} {actions} {footer} {toggle} {download} /> }
                })
                .collect::<Html>(),
            view.notices.clone(),
        ),
        Err(message) => (html! { <p class="model-error" role="alert">{ message.clone() }</p> }, Html::default(), Vec::new()),
    };
    let mut lines = form.warnings.clone();
    lines.extend(notices);
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
            <Panel form={form.clone()} dispatch={props.dispatch.clone()} />
            <Notices {lines} />
            { tables }
        </main>
    }
}
