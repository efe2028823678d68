//! Pieces every chart draws the same way: coordinates as short numbers, and a
//! value axis of grid lines with their labels.

use crate::view::chart::Tick;
use yew::prelude::*;

/// Coordinates with one decimal keep the SVG small (the same writer as the
/// chart's paths).
pub use crate::view::chart_paths::n;

/// Grid lines across the plot at each tick, labelled on the left.
pub fn value_axis(ticks: &[Tick], left: f64, right: f64) -> Html {
    ticks
        .iter()
        .map(|tick| {
            html! {
                <g class="tick">
                    <line class="grid" x1={n(left)} x2={n(right)} y1={n(tick.at)} y2={n(tick.at)} />
                    <text class="axis-label" x={n(left - 6.0)} y={n(tick.at)} text-anchor="end" dominant-baseline="middle">{ tick.label.clone() }</text>
                </g>
            }
        })
        .collect()
}
