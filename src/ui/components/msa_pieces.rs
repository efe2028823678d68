//! The MSA's own pieces: the chart of the termination charge for every day TWW
//! could stop, the calendar (.ics) download of the dates that matter, and the
//! total charges under the invoices.

use super::stop_chart::StopChartView;
use crate::engine::msa::termination_runs;
use crate::engine::Date;
use crate::scenario::deal_form::{DealAction, DealForm};
use crate::scenario::link::LinkScenario;
use crate::scenario::msa::ics::calendar;
use crate::scenario::values::read_date;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::deal::{DealView, NamedTable};
use crate::view::stop_chart::stop_chart;
use std::rc::Rc;
use web_sys::js_sys;
use yew::prelude::*;

/// What a table of the page carries beyond its rows: the calendar download above
/// the dates, the termination charge under the invoices.
pub fn msa_table_parts(
    form: &DealForm,
    view: &DealView,
    table_id: &str,
) -> (Option<Html>, Option<Html>) {
    match (table_id, &form.scenario) {
        ("dates-table", LinkScenario::Msa(_)) => (
            Some(html! { <CalendarDownload form={Rc::new(form.clone())} /> }),
            None,
        ),
        ("invoice-table", LinkScenario::Msa(_)) => {
            let footer = view
                .tables
                .get()
                .first()
                .and_then(|named| total_line(view, named));
            (None, footer)
        }
        _ => (None, None),
    }
}

/// The invoices' total under them: the invoices shown and, after a voluntary
/// stop, the termination charge's line add up to the total charges.
fn total_line(view: &DealView, named: &NamedTable) -> Option<Html> {
    let total = view.headlines.iter().find(|h| h.id == "total-charges")?;
    let columns = &named.table.columns;
    let amount = columns.iter().position(|c| c.key == "amount")?;
    let after = columns.len() - amount - 1;
    Some(html! {
        <tr class="total">
            <th scope="row" colspan={amount.to_string()}>{ "Total charges, before taxes" }</th>
            <td class="num" tabindex="-1" data-key="total_charges" data-value={total.data_value.clone()} data-explain="results.total_charges">{ total.text.clone() }</td>
            { for (0..after).map(|_| html! { <td></td> }) }
        </tr>
    })
}

fn stop_of(form: &DealForm) -> Option<Date> {
    read_date(
        &form.value("stop"),
        Date::known(1, 1, 1),
        Date::known(9999, 12, 31),
    )
    .ok()
}

#[derive(PartialEq, Properties)]
pub struct FormProps {
    pub form: Rc<DealForm>,
}

#[derive(PartialEq, Properties)]
pub struct ChartProps {
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

#[component]
pub fn MsaChart(props: &ChartProps) -> Html {
    // A day picked on the chart is typed into "TWW terminates on".
    let pick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |date: Date| {
            dispatch.dispatch(PageAction::Deal(DealAction::Set {
                param: "stop",
                text: date.to_string(),
            }));
        })
    };
    let stop = stop_of(&props.form);
    let chart = use_memo(
        (props.form.scenario.clone(), stop),
        |(scenario, stop)| match scenario {
            LinkScenario::Msa(inputs) => termination_runs(inputs)
                .ok()
                .map(|runs| Rc::new(stop_chart(&runs, *stop))),
            _ => None,
        },
    );
    match chart.as_ref() {
        Some(chart) => html! {
            <section class="extra stop-chart" id="stop-chart" aria-labelledby="stop-chart-heading">
                <h2 id="stop-chart-heading">{ "If TWW stops early" }</h2>
                <p class="section-intro">{ "The termination charge TWW would owe for each day it could stop (cl. 12), before taxes. Click a day (or move along the chart with the arrow keys and press Enter), or type a date in “TWW terminates on”, to see that stop's invoices and charge." }</p>
                <StopChartView chart={chart.clone()} on_pick={pick} />
            </section>
        },
        None => Html::default(),
    }
}

/// The iCalendar stamp: now, in UTC (`20261121T120000Z`).
fn stamp_now() -> String {
    crate::ui::dom::now_iso().replace(['-', ':'], "")
}

#[component]
fn CalendarDownload(props: &FormProps) -> Html {
    let href = use_memo(props.form.scenario.clone(), |scenario| match scenario {
        LinkScenario::Msa(inputs) => calendar(inputs, &stamp_now()).ok().map(|text| {
            format!(
                "data:text/calendar;charset=utf-8,{}",
                String::from(js_sys::encode_uri_component(&text))
            )
        }),
        _ => None,
    });
    match href.as_ref() {
        Some(href) => html! {
            <p class="calendar-actions">
                <a id="download-ics" class="button" href={href.clone()} download="msa-dates-that-matter.ics">
                    { "Download the dates (.ics)" }
                </a>
                <span class="side-rules">{ "Calendar programs import it; downloading again updates the same events." }</span>
            </p>
        },
        None => Html::default(),
    }
}
