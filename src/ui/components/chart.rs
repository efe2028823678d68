//! The cash chart drawn from the view-model's geometry: bars of who receives
//! each statement month's profit, THIL's cumulative cash, the recoup month.
//! Its `<title>`/`<desc>` say what it shows; the monthly table has the figures.
//! The bars are one path per series (a dragged slider rewrites three
//! attributes, not each bar's); over them lie transparent rectangles, one per
//! bar, with its tooltip and the figure a click explains, drawn from the
//! settled chart (a painted frame behind a drag) in a component of their own.

use super::chart_frame::{chart_figure, Look, Marks};
use super::svg::n;
use crate::view::chart::{Chart, Series};
use crate::view::chart_paths::{dots_path, series_path};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct CashChartProps {
    pub chart: Rc<Chart>,
    /// The chart as of one painted frame ago: where the hit areas are.
    pub settled: Rc<Chart>,
}

#[derive(PartialEq, Properties)]
struct BarHitsProps {
    chart: Rc<Chart>,
}

/// A transparent rectangle over each bar: its tooltip, and the figure a click
/// on it explains.
#[component]
fn BarHits(props: &BarHitsProps) -> Html {
    let hits = props.chart.bars.iter().map(|bar| {
        html! {
            <rect class={classes!("hit", bar.part.class())} data-explain={bar.figure.clone()} x={n(bar.x)} y={n(bar.y)} width={n(bar.width)} height={n(bar.height)}>
                <title>{ bar.title.clone() }</title>
            </rect>
        }
    });
    html! { <g class="bar-hits">{ for hits }</g> }
}

#[component]
pub fn CashChart(props: &CashChartProps) -> Html {
    let c = &props.chart;
    let bars = Series::ALL.iter().map(|series| {
        html! { <path class={series.class()} d={series_path(c, *series)} /> }
    });
    // The marker's group is always there (empty when the loan is not
    // recouped): a slider moving across the recoup changes its content, not
    // the chart's list of children, which yew would otherwise rebuild from
    // that point on (the hit areas included) in the input's own task.
    let marker = c.recoup.as_ref().map(|m| {
        html! {
            <>
                <line x1={n(m.x)} x2={n(m.x)} y1={n(m.top)} y2={n(m.bottom)} />
                <text x={n(m.label_x)} y={n(m.label_y)} text-anchor={if m.anchor_end { "end" } else { "start" }}>{ m.label.clone() }</text>
            </>
        }
    });
    let marker_explains = c.recoup.as_ref().map(|_| "results.recoup_month");
    let look = Look {
        class: None,
        heading: "Where each month's profit goes",
        legend: Series::ALL.iter().map(|s| (s.class(), s.label())).collect(),
        line_legend: "THIL's cumulative cash",
        scroll_label: "Chart (scrolls sideways on narrow screens)",
        id: "chart",
    };
    let marks = Marks {
        bars: html! {
            <>
                <g class="bars" aria-hidden="true">{ for bars }</g>
                <BarHits chart={props.settled.clone()} />
            </>
        },
        on_zero: html! { <g class="recoup-marker" data-explain={marker_explains}>{ marker }</g> },
        on_line: html! { <path class="cumulative-dot" d={dots_path(c)} /> },
    };
    chart_figure(&c.frame, &look, marks)
}
