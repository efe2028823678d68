//! Fusion's view, below every page: a `<details>` section with one timeline of
//! Fusion's cash from the three deals' current scenarios — a chart of each
//! deal's part by month and the cumulative total, the totals, and the table.
//! It computes nothing while closed, so moving a slider stays fast.

use super::chart_frame::{chart_figure, Look, Marks};
use super::data_table::DataTable;
use super::svg::n;
use crate::scenario::link::LinkScenario;
use crate::view::format::figure;
use crate::view::fusion::{fusion_csv_of, fusion_view_of, FusionChart, FusionView, Part};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct FusionSectionProps {
    pub venture: LinkScenario,
    /// The MSA page's scenario.
    pub msa: LinkScenario,
    /// The Note page's scenario.
    pub note: LinkScenario,
    /// A Fusion link opened the page: the view opens, and says its link.
    #[prop_or_default]
    pub by_link: bool,
    /// The Fusion link of the three deals' scenarios (`#/fusion?…`).
    pub link: AttrValue,
}

type Deps = (bool, LinkScenario, LinkScenario, LinkScenario);

fn view_of((open, venture, msa, note): &Deps) -> Option<Result<FusionView, String>> {
    if !open {
        return None;
    }
    Some(fusion_view_of(venture, msa, note))
}

fn chart(c: &FusionChart) -> Html {
    let bars = c.bars.iter().map(|bar| {
        html! {
            <rect class={bar.part.class()} x={n(bar.x)} y={n(bar.y)} width={n(bar.width)} height={n(bar.height)}>
                <title>{ bar.title.clone() }</title>
            </rect>
        }
    });
    let look = Look {
        class: Some("fusion-chart"),
        heading: "Each deal's part of Fusion's cash, month by month",
        legend: Part::ALL.iter().map(|p| (p.class(), p.label())).collect(),
        line_legend: "Cumulative total",
        scroll_label: "Fusion's chart (scrolls sideways on narrow screens)",
        id: "fusion-chart",
    };
    let marks = Marks {
        bars: html! { <g class="bars">{ for bars }</g> },
        ..Marks::default()
    };
    chart_figure(&c.frame, &look, marks)
}

fn body(view: &FusionView) -> Html {
    let links = view.links.iter().enumerate().map(|(index, link)| {
        let separator = match index {
            0 => "",
            i if i + 1 == view.links.len() => " and ",
            _ => ", ",
        };
        html! { <>{ separator }<a href={link.href.clone()}>{ link.deal }</a>{ format!(" ({})", link.which) }</> }
    });
    let totals = view.totals.iter().map(|(key, value)| {
        let label = match *key {
            "venture" => "The Venture",
            "msa" => "The MSA",
            "note" => "The Note",
            _ => "All three",
        };
        html! {
            <div>
                <dt>{ label }</dt>
                <dd id={format!("fusion-total-{key}")} data-key={*key} data-value={value.clone()}>{ figure(value) }</dd>
            </div>
        }
    });
    html! {
        <>
            <p class="fusion-caption">{ "The scenarios used: " }{ for links }{ "." }</p>
            <dl class="fusion-totals">{ for totals }</dl>
            { chart(&view.chart) }
            <DataTable table={Rc::new(view.table.clone())} />
        </>
    }
}

#[component]
pub fn FusionSection(props: &FusionSectionProps) -> Html {
    let open = use_state(|| false);
    // Fusion's view shows Fusion's other deals: it goes into a printed report
    // (handed to a counterparty) only when the person ticks it, never because
    // it was left open.
    let print = use_state(|| false);
    let on_print = {
        let print = print.clone();
        Callback::from(move |event: Event| {
            print.set(
                event
                    .target_dyn_into::<web_sys::HtmlInputElement>()
                    .is_some_and(|input| input.checked()),
            )
        })
    };
    let details = use_node_ref();
    {
        // Opened by a Fusion link: the view shows what was sent. The details
        // element stays the browser's to open and close; its toggle event
        // then computes the view, as a click on its summary does.
        let details = details.clone();
        use_effect_with(props.by_link, move |by_link| {
            if *by_link {
                if let Some(element) = details.cast::<web_sys::Element>() {
                    let _ = element.set_attribute("open", "");
                }
            }
        });
    }
    let view = use_memo(
        (
            *open,
            props.venture.clone(),
            props.msa.clone(),
            props.note.clone(),
        ),
        view_of,
    );
    let ontoggle = {
        let open = open.clone();
        let details = details.clone();
        Callback::from(move |_: Event| {
            let now = details
                .cast::<web_sys::Element>()
                .is_some_and(|element| element.has_attribute("open"));
            open.set(now);
        })
    };
    let content = match view.as_ref() {
        None => Html::default(),
        Some(Err(message)) => html! { <p class="model-error" role="alert">{ message.clone() }</p> },
        Some(Ok(view)) => {
            let (venture, msa, note) =
                (props.venture.clone(), props.msa.clone(), props.note.clone());
            // Written when clicked, as the tables' CSVs are.
            let download = Callback::from(move |event: MouseEvent| {
                crate::ui::dom::set_download(
                    &event,
                    "text/csv",
                    fusion_csv_of(&venture, &msa, &note),
                )
            });
            html! {
                <>
                    <p class="fusion-actions">
                        <a id="fusion-link" href={props.link.clone()}>{ "The link to Fusion's position (all three deals)" }</a>
                        <a id="csv-fusion" class="button csv-download no-print" href="data:text/csv;charset=utf-8," download="fusion-cash-by-month.csv" onclick={download}>{ "Download CSV" }</a>
                    </p>
                    { body(view) }
                </>
            }
        }
    };
    html! {
        <section class={classes!("fusion-view", (*print).then_some("print-chosen"))} aria-label="Fusion's view">
            <details id="fusion-view" ref={details} {ontoggle}>
                <summary>
                    <span class="fusion-summary">{ "Fusion's view: its cash from all three deals, by month" }</span>
                </summary>
                <label class="print-choice">
                    <input type="checkbox" id="fusion-print" checked={*print} onchange={on_print} />
                    { " Include Fusion's view in the printed report (it shows Fusion's other deals)" }
                </label>
                { content }
            </details>
        </section>
    }
}
