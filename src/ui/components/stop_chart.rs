//! The MSA's termination-charge chart drawn from the view-model's geometry: the
//! charge for each day TWW could stop, and the chosen stop marked. Its
//! `<title>`/`<desc>` say what it shows.

use super::svg::{n, value_axis};
use crate::view::stop_chart::StopChart;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct StopChartProps {
    pub chart: Rc<StopChart>,
}

#[component]
pub fn StopChartView(props: &StopChartProps) -> Html {
    let c = &props.chart;
    let dates = c.date_ticks.iter().map(|tick| {
        html! { <text class="axis-label" x={n(tick.at)} y={n(c.bottom + 18.0)} text-anchor="middle">{ tick.label.clone() }</text> }
    });
    let marker = c.stop.as_ref().map(|m| {
        html! {
            <g class="stop-marker" data-explain="results.termination_charge">
                <line x1={n(m.x)} x2={n(m.x)} y1={n(c.top)} y2={n(c.bottom)} />
                <circle cx={n(m.x)} cy={n(m.y)} r="4" />
                <text x={n(if m.anchor_end { m.x - 6.0 } else { m.x + 6.0 })} y={n(c.top + 12.0)}
                    text-anchor={if m.anchor_end { "end" } else { "start" }}>{ m.label.clone() }</text>
            </g>
        }
    });
    html! {
        <div class="chart-scroll" tabindex="0" role="region" aria-label="Termination charge chart (scrolls sideways on narrow screens)">
            <svg viewBox={format!("0 0 {} {}", super::svg::n(c.width), super::svg::n(c.height))} role="img" aria-labelledby="stop-chart-title stop-chart-desc" preserveAspectRatio="xMidYMid meet">
                <title id="stop-chart-title">{ c.title.clone() }</title>
                <desc id="stop-chart-desc">{ c.desc.clone() }</desc>
                { value_axis(&c.value_ticks, c.left, c.right) }
                <line class="zero" x1={n(c.left)} x2={n(c.right)} y1={n(c.bottom)} y2={n(c.bottom)} />
                <path class="charge" d={c.line.clone()} />
                { marker }
                { for dates }
                <text class="axis-title" x={n((c.left + c.right) / 2.0)} y={n(c.height - 6.0)} text-anchor="middle">{ "The day TWW stops" }</text>
            </svg>
        </div>
    }
}
