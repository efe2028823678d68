//! The MSA's termination-charge chart drawn from the view-model's geometry: the
//! charge for each day TWW could stop, and the chosen stop marked. Its
//! `<title>`/`<desc>` say what it shows. A click on the plot, or the arrow keys
//! and Enter on its one focusable area, sets the stop date to that day.

use super::grid_keys::on_grid_key;
use super::svg::{n, value_axis};
use crate::view::grid_keys::Shape;
use crate::view::stop_chart::StopChart;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct StopChartProps {
    pub chart: Rc<StopChart>,
    /// Sets the stop date to a day of the chart (its text, `YYYY-MM-DD`).
    pub on_pick: Callback<String>,
}

#[component]
pub fn StopChartView(props: &StopChartProps) -> Html {
    let c = &props.chart;
    let stop_index = c.stop.as_ref().and_then(|m| c.day_at(m.x));
    let cursor = use_state(|| None::<usize>);
    let last = c.day_count.saturating_sub(1);
    let here = cursor.or(stop_index).unwrap_or(0).min(last);
    let words = c.day_words(here);
    let pick = {
        let (chart, on_pick) = (c.clone(), props.on_pick.clone());
        move |index: usize| {
            if let Some(date) = chart.day_text(index) {
                on_pick.emit(date);
            }
        }
    };
    // The days read like a slider; a page is about a month.
    let shape = Shape::Line {
        cells: c.day_count,
        page: 30,
    };
    let onkeydown = {
        let (cursor, pick) = (cursor.clone(), pick.clone());
        on_grid_key(
            shape,
            (0, here),
            move |(_, day)| cursor.set(Some(day)),
            move |(_, day)| pick(day),
        )
    };
    let onclick = {
        let (cursor, chart) = (cursor.clone(), c.clone());
        Callback::from(move |event: MouseEvent| {
            // The plot's box on screen spans the chart's left..right.
            let Some(area) = event
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let box_ = area.get_bounding_client_rect();
            if box_.width() <= 0.0 {
                return;
            }
            let x = chart.left
                + (f64::from(event.client_x()) - box_.left()) / box_.width()
                    * (chart.right - chart.left);
            if let Some(index) = chart.day_at(x) {
                cursor.set(Some(index));
                pick(index);
            }
        })
    };
    let dates = c.date_ticks.iter().map(|tick| {
        html! { <text class="axis-label" x={n(tick.at)} y={n(c.bottom + 18.0)} text-anchor="middle">{ tick.label.clone() }</text> }
    });
    html! {
        <div class="chart-scroll" tabindex="0" role="region" aria-label="Termination charge chart (scrolls sideways on narrow screens)">
            <svg viewBox={format!("0 0 {} {}", super::svg::n(c.width), super::svg::n(c.height))} role="group" aria-labelledby="stop-chart-title stop-chart-desc" preserveAspectRatio="xMidYMid meet">
                <title id="stop-chart-title">{ c.title.clone() }</title>
                <desc id="stop-chart-desc">{ c.desc.clone() }</desc>
                { value_axis(&c.value_ticks, c.left, c.right) }
                <line class="zero" x1={n(c.left)} x2={n(c.right)} y1={n(c.bottom)} y2={n(c.bottom)} />
                <path class="charge" d={c.line.clone()} />
                // The marker and the picker come and go under `if`, and the
                // dates (their count follows the term) have a group of their
                // own: an `Option` or a changing count here would make yew
                // re-pair and rebuild the chart's other elements (ARCHITECTURE's
                // invariant on parts that come and go).
                if let Some(m) = c.stop.as_ref() {
                    <g class="stop-marker" data-explain="results.termination_charge">
                        <line x1={n(m.x)} x2={n(m.x)} y1={n(c.top)} y2={n(c.bottom)} />
                        <circle cx={n(m.x)} cy={n(m.y)} r="4" />
                        <text x={n(if m.anchor_end { m.x - 6.0 } else { m.x + 6.0 })} y={n(c.top + 12.0)}
                            text-anchor={if m.anchor_end { "end" } else { "start" }}>{ m.label.clone() }</text>
                    </g>
                }
                <g class="date-ticks">{ for dates }</g>
                if c.day_count > 0 {
                    <rect id="stop-pick" class="pick" x={n(c.left)} y={n(c.top)} width={n(c.right - c.left)} height={n(c.bottom - c.top)}
                        tabindex="0" role="button" aria-label={format!("{words}. Arrow keys move a day, Page Up and Page Down a month, Enter sets this stop date.")} {onkeydown} {onclick} />
                    <line class="cursor" x1={n(c.day_x(here))} x2={n(c.day_x(here))} y1={n(c.top)} y2={n(c.bottom)} />
                }
                <text class="axis-title" x={n((c.left + c.right) / 2.0)} y={n(c.height - 6.0)} text-anchor="middle">{ "The day TWW stops" }</text>
            </svg>
            <p id="stop-cursor" class="stop-cursor" role="status">{ words }</p>
        </div>
    }
}
