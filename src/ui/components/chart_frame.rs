//! The figure the cash chart and Fusion's chart share, drawn from the view's
//! `Frame`: the caption with its legend, the scrolling box, the SVG with its
//! `<title>`/`<desc>`, both value axes and zero lines, the cumulative line and
//! the month labels. Each chart hands in only the marks of its own: its bars,
//! what lies on the bars' zero line, and what lies on the line.

use super::svg::{n, value_axis};
use crate::view::plot::Frame;
use yew::prelude::*;

/// How a chart introduces itself.
pub struct Look {
    /// The figure's class besides `chart`.
    pub class: Option<&'static str>,
    pub heading: &'static str,
    /// Each part's (CSS class, label), in the legend's order.
    pub legend: Vec<(&'static str, &'static str)>,
    /// The legend's word for the cumulative line.
    pub line_legend: &'static str,
    /// The scrolling box's label.
    pub scroll_label: &'static str,
    /// Prefix of the `<title>` and `<desc>` ids (`{id}-title`, `{id}-desc`).
    pub id: &'static str,
}

/// The marks a chart draws itself, in the SVG's order.
#[derive(Default)]
pub struct Marks {
    /// Above the bars' value axis.
    pub bars: Html,
    /// Above the bars' zero line.
    pub on_zero: Html,
    /// Above the cumulative line.
    pub on_line: Html,
}

pub fn chart_figure(c: &Frame, look: &Look, marks: Marks) -> Html {
    let months = c.month_ticks.iter().map(|tick| {
        html! { <text class="axis-label" x={n(tick.at)} y={n(c.month_label_y)} text-anchor="middle">{ tick.label.clone() }</text> }
    });
    let legend = look.legend.iter().map(|(class, label)| {
        html! { <li><span class={classes!("swatch", *class)} aria-hidden="true"></span>{ *label }</li> }
    });
    let (title_id, desc_id) = (format!("{}-title", look.id), format!("{}-desc", look.id));
    html! {
        <figure class={classes!("chart", look.class)}>
            <figcaption>
                <h3 class="chart-heading">{ look.heading }</h3>
                <ul class="legend">
                    { for legend }
                    <li><span class="swatch swatch-line" aria-hidden="true"></span>{ look.line_legend }</li>
                </ul>
            </figcaption>
            <div class="chart-scroll" tabindex="0" role="region" aria-label={look.scroll_label}>
                <svg viewBox={format!("0 0 {} {}", n(c.width), n(c.height))} role="img"
                    aria-labelledby={format!("{title_id} {desc_id}")} preserveAspectRatio="xMidYMid meet">
                    <title id={title_id}>{ c.title.clone() }</title>
                    <desc id={desc_id}>{ c.desc.clone() }</desc>
                    { value_axis(&c.bar_ticks, c.plot_left, c.plot_right) }
                    { marks.bars }
                    <line class="zero" x1={n(c.plot_left)} x2={n(c.plot_right)} y1={n(c.bars_zero)} y2={n(c.bars_zero)} />
                    { marks.on_zero }
                    <text class="panel-title" x={n(c.plot_left)} y={n(c.line_title_y)}>{ c.line_title.clone() }</text>
                    { value_axis(&c.line_ticks, c.plot_left, c.plot_right) }
                    <line class="zero" x1={n(c.plot_left)} x2={n(c.plot_right)} y1={n(c.line_zero)} y2={n(c.line_zero)} />
                    <path class="cumulative" d={c.line.clone()} />
                    { marks.on_line }
                    // In a group of their own: their count follows the
                    // months, and as loose children they would shift the
                    // others.
                    <g class="month-ticks">{ for months }</g>
                    <text class="axis-title" x={n((c.plot_left + c.plot_right) / 2.0)} y={n(c.month_title_y)} text-anchor="middle">{ c.month_title.clone() }</text>
                </svg>
            </div>
        </figure>
    }
}
