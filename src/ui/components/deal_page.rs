//! The MSA's and the Note's page: the sliders and the results first, then the
//! deal's own pieces (the MSA's charge chart and calendar, the Note's words
//! against figures), every other input with its source, the notices and the
//! tables. The output is computed once per scenario.

use super::csv_download::csv_download;
use super::data_table::DataTable;
use super::deal_extras::{extras, table_parts};
use super::deal_field::DealField;
use super::headlines::Headlines;
use super::notices::Notices;
use crate::scenario::deal_form::{Deal, DealAction, DealForm};
use crate::scenario::fields::FieldInfo;
use crate::scenario::link::{Link, LinkScenario};
use crate::scenario::output::link_output;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::deal::{deal_view, DealView};
use crate::view::deal_controls::{sections, sliders};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct DealPageProps {
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

fn view_of(scenario: &LinkScenario) -> Result<Rc<DealView>, String> {
    let link = Link::plain(scenario.clone(), Vec::new());
    link_output(&link).map(|output| Rc::new(deal_view(Deal::of_scenario(scenario), &output)))
}

/// The output table behind a table of the page, and its download's file name.
fn csv_file(deal: Deal, table_id: &str) -> Option<(&'static str, &'static str)> {
    match (deal, table_id) {
        (Deal::Msa, "invoice-table") => Some(("rows", "msa-invoices.csv")),
        (Deal::Msa, "dates-table") => Some(("dates", "msa-dates.csv")),
        (Deal::Note, "schedule-table") => Some(("rows", "note-schedule.csv")),
        _ => None,
    }
}

#[component]
pub fn DealPage(props: &DealPageProps) -> Html {
    let form = &props.form;
    let deal = form.deal();
    let view = use_memo(form.scenario.clone(), view_of);
    let fields = |list: Vec<&'static FieldInfo>| {
        list.into_iter()
            .map(|field| html! { <DealField key={field.param} {field} form={form.clone()} dispatch={props.dispatch.clone()} /> })
            .collect::<Html>()
    };
    let (results, tables, notices) = match view.as_ref() {
        Ok(view) => (
            html! { <Headlines headlines={Rc::new(view.headlines.clone())} /> },
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
                    let download = csv_file(deal, table.id).map(|(name, file)| {
                        html! { <p class="downloads">{ csv_download(form.link(), name, file, "Download CSV") }</p> }
                    });
                    html! { <DataTable key={table.id} table={Rc::new(table.clone())} {actions} {footer} {toggle} {download} /> }
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
        <main class="layout deal-layout">
            { first }
            <section class="levers" aria-labelledby="levers-heading">
                <h2 id="levers-heading">{ "The main terms" }</h2>
                { fields(sliders(deal)) }
            </section>
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading">{ "Results" }</h2>
                { results }
                <super::ExplainPanel scenario={Rc::new(form.scenario.clone())} />
                <p class="taxes">{ if deal == Deal::Msa { "Every charge is before taxes and regulatory charges, which TWW pays on top (cl. 6(f), 7)." } else { "" } }</p>
            </section>
            { extras }
            <section class="panel" aria-labelledby="panel-heading">
                <h2 id="panel-heading">{ "Every other input" }</h2>
                <p class="group-intro">{ "Each input names its clause, or says it is an assumption." }</p>
                <div class="groups">
                    { for sections(deal).into_iter().map(|(section, list)| {
                        let heading = format!("{}-heading", section.id);
                        html! {
                            <section class="group" aria-labelledby={heading.clone()}>
                                <h3 id={heading}>{ section.title }</h3>
                                <p class="group-intro">{ section.intro }</p>
                                { fields(list) }
                            </section>
                        }
                    }) }
                </div>
            </section>
            <Notices {lines} />
            { tables }
        </main>
    }
}
