//! The cash chart drawn from the view-model's geometry: bars of who receives
//! each statement month's profit, THIL's cumulative cash, the recoup month.
//! Its `<title>`/`<desc>` say what it shows; the monthly table has the figures.
//! The bars are one path per series (a dragged slider rewrites three
//! attributes, not each bar's); over them lie transparent rectangles, one per
//! bar, with its tooltip and the figure a click explains, drawn from the
//! settled chart (a painted frame behind a drag) in a component of their own.

use super::svg::{n, value_axis};
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
            <rect class={classes!("hit", bar.series.class())} data-explain={bar.figure.clone()} x={n(bar.x)} y={n(bar.y)} width={n(bar.width)} height={n(bar.height)}>
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
    let months = c.month_ticks.iter().map(|tick| {
        html! { <text class="axis-label" x={n(tick.at)} y={n(c.month_label_y)} text-anchor="middle">{ tick.label.clone() }</text> }
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
    let legend = Series::ALL.iter().map(|series| {
        html! { <li><span class={classes!("swatch", series.class())} aria-hidden="true"></span>{ series.label() }</li> }
    });
    html! {
        <figure class="chart">
            <figcaption>
                <h3 class="chart-heading">{ "Where each month's profit goes" }</h3>
                <ul class="legend">
                    { for legend }
                    <li><span class="swatch swatch-line" aria-hidden="true"></span>{ "THIL's cumulative cash" }</li>
                </ul>
            </figcaption>
            <div class="chart-scroll" tabindex="0" role="region" aria-label="Chart (scrolls sideways on narrow screens)">
                <svg viewBox={format!("0 0 {} {}", super::svg::n(c.width), super::svg::n(c.height))} role="img"
                    aria-labelledby="chart-title chart-desc" preserveAspectRatio="xMidYMid meet">
                    <title id="chart-title">{ c.title.clone() }</title>
                    <desc id="chart-desc">{ c.desc.clone() }</desc>
                    { value_axis(&c.bar_ticks, c.plot_left, c.plot_right) }
                    <g class="bars" aria-hidden="true">{ for bars }</g>
                    <BarHits chart={props.settled.clone()} />
                    <line class="zero" x1={n(c.plot_left)} x2={n(c.plot_right)} y1={n(c.bars_zero)} y2={n(c.bars_zero)} />
                    <g class="recoup-marker" data-explain={marker_explains}>{ marker }</g>
                    <text class="panel-title" x={n(c.plot_left)} y={n(c.line_title_y)}>{ c.line_title.clone() }</text>
                    { value_axis(&c.line_ticks, c.plot_left, c.plot_right) }
                    <line class="zero" x1={n(c.plot_left)} x2={n(c.plot_right)} y1={n(c.line_zero)} y2={n(c.line_zero)} />
                    <path class="cumulative" d={c.line.clone()} />
                    <path class="cumulative-dot" d={dots_path(c)} />
                    // In a group of their own: their count follows `months`,
                    // and as loose children they would shift the others.
                    <g class="month-ticks">{ for months }</g>
                    <text class="axis-title" x={n((c.plot_left + c.plot_right) / 2.0)} y={n(c.month_title_y)} text-anchor="middle">{ c.month_title.clone() }</text>
                </svg>
            </div>
        </figure>
    }
}
