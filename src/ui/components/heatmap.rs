//! The Venture's heatmap: 41 × 41 coloured cells over minutes a month ×
//! termination rate, the current scenario ringed. One focusable control (not
//! 1,681 tab stops): the arrow keys move a cursor cell whose value is said in
//! words, Enter (or a click on any cell) sets that scenario. The cells carry no
//! title or handler each, so that a render of the map stays a few milliseconds.

use super::grid_keys::on_grid_key;
use super::svg::n;
use crate::ui::hooks::GridProgress;
use crate::view::grid_keys::Shape;
use crate::view::sensitivity::{axis_value, heat_fills, heat_words, position, HeatKey};
use rust_decimal::Decimal;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const CELL: f64 = 14.0;
const LEFT: f64 = 90.0;
const TOP: f64 = 10.0;

#[derive(PartialEq, Properties)]
pub struct HeatmapProps {
    pub key_shown: HeatKey,
    pub grid: GridProgress,
    /// The current scenario's minutes a month and termination rate.
    pub minutes: Decimal,
    pub rate: Decimal,
    /// Sets a cell's scenario: (minutes a month, termination rate).
    pub on_pick: Callback<(Decimal, Decimal)>,
}

#[derive(PartialEq, Properties)]
struct CellsProps {
    fills: Rc<Vec<Vec<String>>>,
}

/// The cells alone, so that a render for a moved marker or cursor skips them.
#[component]
fn HeatCells(props: &CellsProps) -> Html {
    let cols = props.fills.first().map_or(0, Vec::len);
    let xs: Vec<AttrValue> = (0..cols)
        .map(|c| AttrValue::from(n(LEFT + CELL * c as f64)))
        .collect();
    let cells = props.fills.iter().enumerate().flat_map(|(r, row)| {
        let y = AttrValue::from(n(TOP + CELL * r as f64));
        let xs = &xs;
        row.iter().enumerate().map(move |(c, fill)| {
            html! { <rect x={xs[c].clone()} y={y.clone()} width="14" height="14" fill={fill.clone()} /> }
        })
    });
    html! { <>{ for cells }</> }
}

/// The cell nearest to the current scenario, else the middle one.
fn nearest(values: &[Decimal], current: Decimal) -> usize {
    position(values, current).map_or(values.len() / 2, |p| p.round() as usize)
}

#[component]
pub fn Heatmap(props: &HeatmapProps) -> Html {
    let cursor = use_state(|| None::<(usize, usize)>);
    let key = props.key_shown;
    let fills = use_memo((key, props.grid.cells.clone()), |(key, cells)| {
        heat_fills(*key, cells)
    });
    let Some((rows, cols)) = props.grid.axes.as_ref() else {
        return Html::default();
    };
    let (last_row, last_col) = (
        rows.values.len().saturating_sub(1),
        cols.values.len().saturating_sub(1),
    );
    let here = cursor.unwrap_or_else(|| {
        (
            nearest(&rows.values, props.minutes),
            nearest(&cols.values, props.rate),
        )
    });
    let at = |(r, c): (usize, usize)| {
        let value = |values: &[Decimal], i: usize| {
            values.get(i).map_or_else(String::new, |v| axis_value(*v))
        };
        format!(
            "{} minutes a month at {} $/min",
            value(&rows.values, r),
            value(&cols.values, c)
        )
    };
    let words = heat_words(
        key,
        props.grid.cells.get(here.0).and_then(|row| row.get(here.1)),
        &at(here),
    );
    let pick = {
        let (rows, cols, on_pick) = (
            rows.values.clone(),
            cols.values.clone(),
            props.on_pick.clone(),
        );
        move |(r, c): (usize, usize)| {
            if let (Some(minutes), Some(rate)) = (rows.get(r), cols.get(c)) {
                on_pick.emit((*minutes, *rate));
            }
        }
    };
    let shape = Shape::Grid {
        rows: rows.values.len(),
        cols: cols.values.len(),
    };
    let onkeydown = {
        let cursor = cursor.clone();
        on_grid_key(
            shape,
            here,
            move |cell| cursor.set(Some(cell)),
            pick.clone(),
        )
    };
    let onclick = {
        let cursor = cursor.clone();
        Callback::from(move |event: MouseEvent| {
            // The cell is found from the rect's place: no handler or index per cell.
            // Its x and y are whole numbers written with one decimal, read as
            // integers (a float parser would add about 20 KB of gzip to the wasm).
            let whole = |e: &web_sys::Element, name: &str| {
                e.get_attribute(name)?
                    .split('.')
                    .next()?
                    .parse::<usize>()
                    .ok()
            };
            let place = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| Some((whole(&e, "y")?, whole(&e, "x")?)));
            if let Some((y, x)) = place {
                let index =
                    |offset: f64, at: usize| at.saturating_sub(offset as usize) / CELL as usize;
                let cell = (index(TOP, y), index(LEFT, x));
                if cell.0 <= last_row && cell.1 <= last_col {
                    cursor.set(Some(cell));
                    pick(cell);
                }
            }
        })
    };
    let width = LEFT + CELL * cols.values.len() as f64 + 10.0;
    let height = TOP + CELL * rows.values.len() as f64 + 44.0;
    let marker = match (
        position(&rows.values, props.minutes),
        position(&cols.values, props.rate),
    ) {
        (Some(r), Some(c)) => html! {
            <circle class="current" cx={n(LEFT + CELL * (c + 0.5))} cy={n(TOP + CELL * (r + 0.5))} r="6" />
        },
        _ => html! {},
    };
    let row_labels = rows.values.iter().enumerate().filter(|(i, _)| i % 8 == 0).map(|(i, v)| html! {
        <text class="axis-label" x={n(LEFT - 6.0)} y={n(TOP + CELL * (i as f64 + 0.5))} text-anchor="end" dominant-baseline="middle">{ axis_value(*v) }</text>
    });
    let col_labels = cols.values.iter().enumerate().filter(|(i, _)| i % 10 == 0).map(|(i, v)| html! {
        <text class="axis-label" x={n(LEFT + CELL * (i as f64 + 0.5))} y={n(TOP + CELL * rows.values.len() as f64 + 16.0)} text-anchor="middle">{ axis_value(*v) }</text>
    });
    let grid = &props.grid;
    let done = grid
        .elapsed_ms
        .map(|ms| crate::scenario::values::write_fixed(ms, 0));
    let computing = grid
        .compute_ms
        .map(|ms| crate::scenario::values::write_fixed(ms, 0));
    html! {
        <figure class="heatmap" id="heatmap" data-grid-ms={done.clone()} data-compute-ms={computing} data-scenario={grid.scenario.clone()}>
            <figcaption>
                <h3 class="chart-heading">{ format!("{} over minutes a month × termination rate", key.label()) }</h3>
                <p class="section-intro">{ match &done {
                    Some(ms) => format!("41 × 41 scenarios, computed in {ms} ms. Darker: an earlier recoup, or a higher NPV; grey: not recouped. The ring marks the current scenario. Click a cell, or move to it with the arrow keys and press Enter, to take its scenario."),
                    None => "Computing the 41 × 41 scenarios (a coarse preview first)…".to_string(),
                } }</p>
            </figcaption>
            <div class="chart-scroll" role="region" aria-label="Heatmap (scrolls sideways on narrow screens)">
                <svg viewBox={format!("0 0 {} {}", n(width), n(height))} role="group" aria-label={format!("Heatmap of {}", key.label())}>
                    <g id="heat-cells" class="cells" tabindex="0" role="button" aria-label={format!("{words}. Arrow keys move, Enter takes this scenario.")} {onkeydown} {onclick}>
                        <HeatCells fills={fills.clone()} />
                    </g>
                    { marker }
                    <rect class="cursor" x={n(LEFT + CELL * here.1 as f64)} y={n(TOP + CELL * here.0 as f64)} width="14" height="14" />
                    { for row_labels }
                    { for col_labels }
                    <text class="axis-title" x={n(LEFT + CELL * 20.5)} y={n(height - 4.0)} text-anchor="middle">{ "Termination rate ($/min)" }</text>
                </svg>
            </div>
            <p id="heat-cursor" class="heat-cursor" role="status">{ words }</p>
        </figure>
    }
}
