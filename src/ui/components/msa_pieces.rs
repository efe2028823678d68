//! The MSA's own pieces: the chart of the termination charge for every day TWW
//! could stop, the calendar (.ics) download of the dates that matter, and the
//! total charges under the invoices.

use super::stop_chart::StopChartView;
use crate::scenario::deal_form::{DealAction, DealForm};
use crate::scenario::link::LinkScenario;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::deal::{DealView, NamedTable};
use crate::view::stop_chart::stop_chart_of;
use std::rc::Rc;
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
        Callback::from(move |date: String| {
            dispatch.dispatch(PageAction::Deal(DealAction::Set {
                param: "stop",
                text: date,
            }));
        })
    };
    let chart = use_memo(
        (props.form.scenario.clone(), props.form.value("stop")),
        |(scenario, stop)| stop_chart_of(scenario, stop).map(Rc::new),
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
    let href = use_memo(props.form.scenario.clone(), |scenario| {
        crate::view::deal::calendar_of(scenario, &stamp_now())
            .map(|text| crate::ui::dom::data_url("text/calendar", &text))
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
