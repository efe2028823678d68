//! The cash chart drawn from the view-model's geometry: bars of who receives
//! each statement month's profit, THIL's cumulative cash, the recoup month.
//! Its `<title>`/`<desc>` say what it shows; the monthly table has the figures.

use super::svg::{n, value_axis};
use crate::view::chart::{Chart, Series};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct CashChartProps {
    pub chart: Rc<Chart>,
}

#[component]
pub fn CashChart(props: &CashChartProps) -> Html {
    let c = &props.chart;
    let bars = c.bars.iter().map(|bar| {
        html! {
            <rect class={bar.series.class()} data-explain={bar.figure.clone()} x={n(bar.x)} y={n(bar.y)} width={n(bar.width)} height={n(bar.height)}>
                <title>{ bar.title.clone() }</title>
            </rect>
        }
    });
    let dots = c
        .dots
        .iter()
        .map(|(x, y)| html! { <circle class="cumulative-dot" cx={n(*x)} cy={n(*y)} r="2.5" /> });
    let months = c.month_ticks.iter().map(|tick| {
        html! { <text class="axis-label" x={n(tick.at)} y={n(c.month_label_y)} text-anchor="middle">{ tick.label.clone() }</text> }
    });
    let marker = c.recoup.as_ref().map(|m| {
        html! {
            <g class="recoup-marker" data-explain="results.recoup_month">
                <line x1={n(m.x)} x2={n(m.x)} y1={n(m.top)} y2={n(m.bottom)} />
                <text x={n(m.label_x)} y={n(m.label_y)} text-anchor={if m.anchor_end { "end" } else { "start" }}>{ m.label.clone() }</text>
            </g>
        }
    });
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
                    <g class="bars">{ for bars }</g>
                    <line class="zero" x1={n(c.plot_left)} x2={n(c.plot_right)} y1={n(c.bars_zero)} y2={n(c.bars_zero)} />
                    { marker }
                    <text class="panel-title" x={n(c.plot_left)} y={n(c.line_title_y)}>{ c.line_title.clone() }</text>
                    { value_axis(&c.line_ticks, c.plot_left, c.plot_right) }
                    <line class="zero" x1={n(c.plot_left)} x2={n(c.plot_right)} y1={n(c.line_zero)} y2={n(c.line_zero)} />
                    <path class="cumulative" d={c.line.clone()} />
                    { for dots }
                    { for months }
                    <text class="axis-title" x={n((c.plot_left + c.plot_right) / 2.0)} y={n(c.month_title_y)} text-anchor="middle">{ c.month_title.clone() }</text>
                </svg>
            </div>
        </figure>
    }
}
