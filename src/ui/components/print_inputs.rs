//! The printed report's head: the scenario's link, and every input with its value
//! in force and its source. Shown only in print (the screen has the controls).
//! A component whose props are the scenario and its link, so that a render of
//! the page that leaves them as they were skips it.

use crate::scenario::LinkScenario;
use crate::ui::dom;
use crate::view::inputs_summary::inputs_summary;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct PrintInputsProps {
    pub scenario: LinkScenario,
    /// The scenario's canonical link.
    pub link: AttrValue,
}

/// The inputs of the scenario on show (its canonical `link`) as a print-only section.
#[component]
pub fn PrintInputs(props: &PrintInputsProps) -> Html {
    let link = &props.link;
    let lines = inputs_summary(&props.scenario);
    let rows = lines.into_iter().map(|line| {
        html! {
            <tr data-param={line.param}>
                <th scope="row">{ line.label }</th>
                <td>{ line.value }</td>
                <td>{ line.source }</td>
            </tr>
        }
    });
    html! {
        <section id="print-inputs" class="print-only print-inputs" aria-labelledby="print-inputs-heading">
            <p class="print-link">{ format!("Scenario: {}{}", dom::address_without_hash(), link) }</p>
            <h2 id="print-inputs-heading">{ "Inputs" }</h2>
            <table>
                <thead><tr><th scope="col">{ "Input" }</th><th scope="col">{ "Value" }</th><th scope="col">{ "Source" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}
