//! The Venture's sensitivity: a heatmap of the recoup month (or THIL's NPV) over
//! minutes a month × termination rate, 41 × 41 scenarios computed a row at a
//! time with the current scenario marked, and a tornado of THIL's NPV and
//! Fusion's net cash for each input moved ±10 %. Computed only while shown.

use super::svg::n;
use super::tornado::Tornado;
use crate::engine::venture::VentureInputs;
use crate::scenario::link::LinkScenario;
use crate::scenario::output::{venture_result_scalars, Scalar};
use crate::scenario::sensitivity::tornado;
use crate::ui::hooks::use_chunked_grid;
use crate::view::sensitivity::{axis_value, heat_cells, position, tornado_rows, HeatKey};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct SensitivityProps {
    pub inputs: VentureInputs,
}

const CELL: f64 = 14.0;
const LEFT: f64 = 90.0;
const TOP: f64 = 10.0;

#[component]
pub fn Sensitivity(props: &SensitivityProps) -> Html {
    let open = use_state(|| false);
    let key = use_state(|| HeatKey::RecoupMonth);
    let scenario = LinkScenario::Venture(props.inputs.clone());
    let grid = use_chunked_grid(scenario, key.key(), *open);
    let bars = use_memo((props.inputs.clone(), *open), |(inputs, open)| {
        open.then(|| tornado(inputs))
    });
    // The scenario on show was computed for the page: this takes its outcome.
    let base = use_memo((props.inputs.clone(), *open), |(inputs, open)| {
        if !open {
            return None;
        }
        let run = crate::scenario::run::venture(inputs);
        run.as_ref().as_ref().ok().map(venture_result_scalars)
    });

    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let choose = |choice: HeatKey| {
        let key = key.clone();
        Callback::from(move |_: Event| key.set(choice))
    };
    let body = (*open).then(|| {
        let heatmap = grid.axes.as_ref().map(|(rows, cols)| {
            let label = |values: &[rust_decimal::Decimal], i: usize| values.get(i).map_or_else(String::new, |v| axis_value(*v));
            let heat = heat_cells(*key, &grid.cells, |r| label(&rows.values, r), |c| label(&cols.values, c));
            let width = LEFT + CELL * cols.values.len() as f64 + 10.0;
            let height = TOP + CELL * rows.values.len() as f64 + 44.0;
            let cells = heat.iter().enumerate().flat_map(|(r, row)| {
                row.iter().enumerate().map(move |(c, cell)| {
                    html! {
                        <rect x={n(LEFT + CELL * c as f64)} y={n(TOP + CELL * r as f64)} width={n(CELL)} height={n(CELL)} fill={cell.fill.clone()}>
                            <title>{ cell.title.clone() }</title>
                        </rect>
                    }
                })
            });
            let marker = match (position(&rows.values, props.inputs.minutes), position(&cols.values, props.inputs.termination_rate)) {
                (Some(r), Some(c)) => html! {
                    <circle class="current" cx={n(LEFT + CELL * (c + 0.5))} cy={n(TOP + CELL * (r + 0.5))} r="6">
                        <title>{ "The current scenario" }</title>
                    </circle>
                },
                _ => html! {},
            };
            let row_labels = rows.values.iter().enumerate().filter(|(i, _)| i % 8 == 0).map(|(i, v)| html! {
                <text class="axis-label" x={n(LEFT - 6.0)} y={n(TOP + CELL * (i as f64 + 0.5))} text-anchor="end" dominant-baseline="middle">{ axis_value(*v) }</text>
            });
            let col_labels = cols.values.iter().enumerate().filter(|(i, _)| i % 10 == 0).map(|(i, v)| html! {
                <text class="axis-label" x={n(LEFT + CELL * (i as f64 + 0.5))} y={n(TOP + CELL * rows.values.len() as f64 + 16.0)} text-anchor="middle">{ axis_value(*v) }</text>
            });
            let done = grid.elapsed_ms.map(|ms| crate::scenario::values::write_fixed(ms, 0));
            let computing = grid.compute_ms.map(|ms| crate::scenario::values::write_fixed(ms, 0));
            html! {
                <figure class="heatmap" id="heatmap" data-grid-ms={done.clone()} data-compute-ms={computing} data-rows={grid.cells.len().to_string()}>
                    <figcaption>
                        <h3 class="chart-heading">{ format!("{} over minutes a month × termination rate", key.label()) }</h3>
                        <p class="section-intro">{ match &done {
                            Some(ms) => format!("41 × 41 scenarios, computed in {ms} ms. Darker: an earlier recoup, or a higher NPV; grey: not recouped. The ring marks the current scenario."),
                            None => format!("Computing: {} of 41 rows…", grid.cells.len()),
                        } }</p>
                    </figcaption>
                    <div class="chart-scroll" tabindex="0" role="region" aria-label="Heatmap (scrolls sideways on narrow screens)">
                        <svg viewBox={format!("0 0 {} {}", n(width), n(height))} role="img" aria-label={format!("Heatmap of {}: each cell's value is in its tooltip; the grid command gives them all.", key.label())}>
                            { for cells }
                            { marker }
                            { for row_labels }
                            { for col_labels }
                            <text class="axis-title" x={n(LEFT + CELL * 20.5)} y={n(height - 4.0)} text-anchor="middle">{ "Termination rate ($/min)" }</text>
                        </svg>
                    </div>
                </figure>
            }
        });
        let tornado_chart = |fusion: bool, title: &str, id: &'static str| {
            let (Some(bars), Some(base)) = (bars.as_ref(), base.as_ref()) else { return html! {} };
            let key = if fusion { "fusion_net_cash" } else { "thil_npv" };
            let base_value = base.iter().find(|(k, _)| *k == key).map_or(Scalar::Null, |(_, v)| v.clone());
            let rows = Rc::new(tornado_rows(bars, &base_value, fusion, super::tornado::HALF_WIDTH));
            let title = format!("{title} (now {})", crate::view::format::show(crate::scenario::catalogue::Kind::Money, &base_value));
            html! { <Tornado {id} {title} {rows} /> }
        };
        html! {
            <>
                <fieldset class="choice">
                    <legend><span class="field-label">{ "The heatmap shows" }</span></legend>
                    <div class="radios">
                        <div class="radio"><input type="radio" id="heat-recoup" name="heat" checked={*key == HeatKey::RecoupMonth} onchange={choose(HeatKey::RecoupMonth)} /><label for="heat-recoup">{ "The recoup month" }</label></div>
                        <div class="radio"><input type="radio" id="heat-npv" name="heat" checked={*key == HeatKey::ThilNpv} onchange={choose(HeatKey::ThilNpv)} /><label for="heat-npv">{ "THIL's NPV" }</label></div>
                    </div>
                </fieldset>
                { heatmap }
                { tornado_chart(false, "THIL's NPV, each input ±10 %", "tornado-npv") }
                { tornado_chart(true, "Fusion's net cash, each input ±10 %", "tornado-fusion") }
            </>
        }
    });
    html! {
        <section class="extra sensitivity" aria-labelledby="sensitivity-heading">
            <div class="compare-head">
                <h2 id="sensitivity-heading">{ "Sensitivity" }</h2>
                <button type="button" id="show-sensitivity" aria-expanded={(*open).to_string()} onclick={toggle}>
                    { if *open { "Hide" } else { "Show the heatmap and the tornado" } }
                </button>
            </div>
            { body }
        </section>
    }
}
