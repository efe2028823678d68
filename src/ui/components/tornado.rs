//! A tornado chart as rows of text and bars: each input's whole label on its own
//! line in the page's own font (readable at every width, never cut off), its bar
//! drawn to scale around the result now, and the two changes written out.

use super::svg::n;
use crate::view::sensitivity::TornadoRow;
use std::rc::Rc;
use yew::prelude::*;

/// The bars' half-width in the track's own units: `TornadoRow`'s x values are
/// scaled to it.
pub const HALF_WIDTH: f64 = 100.0;

#[derive(PartialEq, Properties)]
pub struct TornadoProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub rows: Rc<Vec<TornadoRow>>,
}

/// What a row says of its two ends: the change at −10 % and at +10 %.
fn change_words(row: &TornadoRow) -> String {
    if row.low_x == 0.0 && row.high_x == 0.0 {
        return "no change".to_string();
    }
    format!(
        "−10 %: {} · +10 %: {}",
        signed(&row.low_text, row.low_x),
        signed(&row.high_text, row.high_x)
    )
}

/// A change with its sign: "+" where it rises (the figure's own "−" otherwise).
fn signed(text: &str, x: f64) -> String {
    if x > 0.0 {
        format!("+{text}")
    } else {
        text.to_string()
    }
}

#[component]
pub fn Tornado(props: &TornadoProps) -> Html {
    let rows = props.rows.iter().map(|row| {
        let bar = |class: &'static str, x: f64, words: String| {
            html! {
                <rect {class} x={n(x.min(0.0))} y="1" width={n(x.abs().max(0.4))} height="8">
                    <title>{ words }</title>
                </rect>
            }
        };
        html! {
            <li class="bar" data-param={row.param}>
                <span class="tornado-label">{ row.label.clone() }</span>
                <svg class="tornado-track" viewBox={format!("{} 0 {} 10", n(-HALF_WIDTH), n(2.0 * HALF_WIDTH))} preserveAspectRatio="none" aria-hidden="true">
                    { bar("tornado-low", row.low_x, format!("{}: −10 % gives {}", row.name, row.low_text)) }
                    { bar("tornado-high", row.high_x, format!("{}: +10 % gives {}", row.name, row.high_text)) }
                    <line class="zero" x1="0" x2="0" y1="0" y2="10" />
                </svg>
                <span class="tornado-values">{ change_words(row) }</span>
            </li>
        }
    });
    html! {
        <figure class="tornado" id={props.id.clone()}>
            <figcaption><h3 class="chart-heading">{ props.title.clone() }</h3></figcaption>
            <p class="section-intro">{ "Each input moved 10 % down (light) and up (dark), the others held; the line is the figure now." }</p>
            <ul class="tornado-rows">{ for rows }</ul>
        </figure>
    }
}
