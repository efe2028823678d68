//! The printed report's head: the scenario's link, and every input with its value
//! in force and its source. Shown only in print (the screen has the controls).

use crate::scenario::read_link;
use crate::ui::dom;
use crate::view::inputs_summary::inputs_summary;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct PrintInputsProps {
    /// The canonical link of the scenario on show.
    pub link: AttrValue,
}

#[component]
pub fn PrintInputs(props: &PrintInputsProps) -> Html {
    let lines = use_memo(props.link.clone(), |link| read_link(link).map(|read| inputs_summary(&read.scenario)).unwrap_or_default());
    let rows = lines.iter().map(|line| {
        html! {
            <tr data-param={line.param}>
                <th scope="row">{ line.label }</th>
                <td class="num">{ line.value.clone() }</td>
                <td>{ line.source.clone() }</td>
            </tr>
        }
    });
    html! {
        <section id="print-inputs" class="print-only print-inputs" aria-labelledby="print-inputs-heading">
            <p class="print-link">{ format!("Scenario: {}{}", dom::address_without_hash(), props.link) }</p>
            <h2 id="print-inputs-heading">{ "Inputs" }</h2>
            <table>
                <thead><tr><th scope="col">{ "Input" }</th><th scope="col">{ "Value" }</th><th scope="col">{ "Source" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}
