//! B against A: the scenario pinned as A and the one on show as B, every result
//! of both with B − A, both cash curves on one chart, and B − A row by row where
//! the rows line up. The page's address is then the compare link.

use super::data_table::DataTable;
use super::svg::{n, value_axis};
use crate::scenario::link::LinkScenario;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::compare::{curves_chart, CompareView};
use crate::view::deal::compare_of;
use crate::view::deal::NamedTable;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct ComparePanelProps {
    pub a: Rc<LinkScenario>,
    pub b: LinkScenario,
    pub dispatch: Dispatch,
}

fn view_of((a, b): &(Rc<LinkScenario>, LinkScenario)) -> Result<CompareView, String> {
    compare_of(a, b)
}

#[component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let view = use_memo((props.a.clone(), props.b.clone()), view_of);
    let on_unpin = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(PageAction::Unpin))
    };
    let body = match view.as_ref() {
        Err(message) => html! { <p class="model-error" role="alert">{ message.clone() }</p> },
        Ok(view) => {
            let lines = view.lines.iter().map(|line| {
                html! {
                    <tr class={line.changed.then_some("changed")}>
                        <th scope="row">{ line.label.clone() }</th>
                        <td class="num">{ line.a.clone() }</td>
                        <td class="num">{ line.b.clone() }</td>
                        <td class="num" data-key={line.key} data-value={line.change_value.clone()}>{ line.change.clone() }</td>
                    </tr>
                }
            });
            let chart = view.curves.as_ref().map(|curves| {
                let c = curves_chart(curves);
                html! {
                    <figure class="chart compare-chart">
                        <figcaption>
                            <h3 class="chart-heading">{ curves.title }</h3>
                            <ul class="legend">
                                <li><span class="swatch swatch-a" aria-hidden="true"></span>{ "A (pinned)" }</li>
                                <li><span class="swatch swatch-b" aria-hidden="true"></span>{ "B (on show)" }</li>
                            </ul>
                        </figcaption>
                        <svg viewBox={format!("0 0 {} {}", super::svg::n(c.width), super::svg::n(c.height))} role="img" aria-label={format!("{}: A and B; the table above has the figures.", curves.title)}>
                            { value_axis(&c.ticks, c.left, c.right) }
                            <path class="curve-a" d={c.a.clone()} />
                            <path class="curve-b" d={c.b.clone()} />
                            { for c.labels.iter().map(|t| html! {
                                <text class="axis-label" x={n(t.at)} y={n(c.bottom + 18.0)} text-anchor="middle">{ t.label.clone() }</text>
                            }) }
                        </svg>
                    </figure>
                }
            });
            let rows = view.by_row.as_ref().map(|table| {
                let named = NamedTable {
                    id: "compare-rows",
                    title: "B − A, row by row",
                    intro: "Each row's change; blank where a value is not an amount.",
                    table: table.clone(),
                };
                html! { <DataTable table={Rc::new(named)} /> }
            });
            html! {
                <>
                    <div class="table-scroll" tabindex="0" role="region" aria-label="Comparison table (scrolls)">
                        <table id="compare-table">
                            <thead><tr><th scope="col">{ "Figure" }</th><th scope="col" class="num">{ "A (pinned)" }</th><th scope="col" class="num">{ "B (on show)" }</th><th scope="col" class="num">{ "B − A" }</th></tr></thead>
                            <tbody>{ for lines }</tbody>
                        </table>
                    </div>
                    { chart }
                    { rows }
                </>
            }
        }
    };
    html! {
        <section class="compare" id="compare" aria-labelledby="compare-heading">
            <div class="compare-head">
                <h2 id="compare-heading">{ "B against A" }</h2>
                <button type="button" id="unpin" onclick={on_unpin}>{ "Stop comparing" }</button>
            </div>
            <p class="section-intro">{ "A is the scenario you pinned; B is the one on show: change any input and see what moves. The address is a compare link that opens both." }</p>
            { body }
        </section>
    }
}
