//! The risk view's figures: the headline, the histogram of recoup months, the
//! curve "recouped by month N", the draws' CSV and the 5/50/95 % lines of
//! THIL's NPV and Fusion's net cash. A component of its own so that a render of
//! the panel (each move of a slider re-renders it with the form) leaves these
//! charts alone while their figures, month and download stay the same.

use super::svg::n;
use crate::view::risk::{risk_view, CHART_HEIGHT, CHART_WIDTH, SPREAD_WIDTH};
use crate::view::risk_run::RiskFigures;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct RiskFiguresProps {
    pub figures: Rc<RiskFigures>,
    /// The month the headline asks about (the plain scenario's recoup month).
    pub month: u32,
    /// Writes the draws' CSV into the link when it is clicked.
    pub download: Callback<MouseEvent>,
}

#[component]
pub fn RiskFiguresView(props: &RiskFiguresProps) -> Html {
    let view = risk_view(&props.figures, props.month);
    let bars = view.bars.iter().map(|bar| html! {
        <g class="bar">
            <rect x={n(bar.x)} y={n(CHART_HEIGHT - bar.height)} width={n(bar.width)} height={n(bar.height)}><title>{ bar.title.clone() }</title></rect>
            <text class="axis-label" x={n(bar.x + bar.width / 2.0)} y={n(CHART_HEIGHT + 14.0)} text-anchor="middle">{ if bar.label == "not recouped" { "not".to_string() } else { bar.label.clone() } }</text>
        </g>
    });
    let dots = view.curve_titles.iter().map(|(x, y, title)| {
        html! {
            <circle cx={n(*x)} cy={n(*y)} r="3"><title>{ title.clone() }</title></circle>
        }
    });
    let spread_charts = view.spreads.iter().map(|line| {
        let m = line.marks;
        html! {
            <div class="risk-spread-chart">
                <span>{ line.label }</span>
                <svg viewBox={format!("-4 0 {} 20", n(SPREAD_WIDTH + 8.0))} role="img" aria-label={format!("{}: from {} (5 %) to {} (95 %), middle {}", line.label, line.p5, line.p95, line.p50)}>
                    <line class="zero" x1={n(m.zero)} x2={n(m.zero)} y1="0" y2="20" />
                    <rect class="spread" x={n(m.p5)} y="5" width={n((m.p95 - m.p5).max(1.0))} height="10" />
                    <line class="middle" x1={n(m.p50)} x2={n(m.p50)} y1="2" y2="18" />
                    <circle class="mean" cx={n(m.mean)} cy="10" r="2.5" />
                </svg>
            </div>
        }
    });
    let spreads = view.spreads.iter().map(|line| {
        html! {
            <tr data-figure={line.key}>
                <th scope="row">{ line.label }</th>
                <td>{ line.p5.clone() }</td><td>{ line.p50.clone() }</td><td>{ line.p95.clone() }</td><td>{ line.mean.clone() }</td>
            </tr>
        }
    });
    html! {
        <>
            <p class="risk-headline" id="risk-headline" data-share={view.share.clone()} data-month={view.month.to_string()}>
                <strong>{ view.headline.clone() }</strong>{ format!(" ({})", view.detail) }
            </p>
            if let Some(note) = view.invalid.clone() { <p class="risk-invalid">{ note }</p> }
            <figure class="risk-histogram">
                <figcaption>{ "Draws by the month the loan is recouped (0: no loan drawn; “not”: not recouped)" }</figcaption>
                <svg viewBox={format!("0 0 {} {}", n(CHART_WIDTH), n(CHART_HEIGHT + 20.0))} role="img" aria-label="Histogram of the recoup month; each bar's count is in its tooltip">{ for bars }</svg>
            </figure>
            <figure class="risk-curve">
                <figcaption>{ "Share of draws recouped by month N" }</figcaption>
                <svg viewBox={format!("0 0 {} {}", n(CHART_WIDTH), n(CHART_HEIGHT + 4.0))} role="img" aria-label="The share of draws recouped by each month; each point's count is in its tooltip">
                    <line class="zero" x1="0" x2={n(CHART_WIDTH)} y1={n(CHART_HEIGHT)} y2={n(CHART_HEIGHT)} />
                    <text class="axis-label" x="2" y="10">{ "100 %" }</text>
                    <text class="axis-label" x="2" y={n(CHART_HEIGHT - 4.0)}>{ "0 %" }</text>
                    <polyline class="line" points={view.curve.clone()} />
                    { for dots }
                </svg>
            </figure>
            <p class="downloads">
                <a id="csv-venture-risk-draws" class="button csv-download no-print" href="data:text/csv;charset=utf-8," download="venture-risk-draws.csv" onclick={props.download.clone()}>{ "Download the draws (CSV)" }</a>
            </p>
            <table class="risk-spreads">
                <thead><tr><th scope="col">{ "Figure" }</th><th scope="col">{ "5 %" }</th><th scope="col">{ "50 %" }</th><th scope="col">{ "95 %" }</th><th scope="col">{ "Mean" }</th></tr></thead>
                <tbody>{ for spreads }</tbody>
            </table>
            <figure class="risk-spreads-chart">
                <figcaption>{ "From 5 % to 95 % of the draws (bar), the middle (line) and the mean (dot); the grey line is zero" }</figcaption>
                { for spread_charts }
            </figure>
        </>
    }
}
