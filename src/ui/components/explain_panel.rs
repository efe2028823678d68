//! The explanation of the figure last clicked (or focused and opened with
//! Enter): a headline, a cell of the rows table, or a point of a chart. It listens on the document,
//! so the headline and table components need no change beyond being focusable;
//! the explanation is text to copy, and each value that is itself a figure is a
//! button that opens its explanation in turn.

use crate::scenario::link::LinkScenario;
use crate::ui::dom;
use crate::view::explain::{explain_view, figure_of_cell, figure_of_headline};
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct ExplainPanelProps {
    pub scenario: Rc<LinkScenario>,
}

/// The position of a row among its siblings (0 = the first).
fn row_index(row: &Element) -> usize {
    let mut index = 0;
    let mut previous = row.previous_element_sibling();
    while let Some(element) = previous {
        index += 1;
        previous = element.previous_element_sibling();
    }
    index
}

/// The figure a click or Enter on `target` names, if any.
fn figure_at(target: Option<web_sys::EventTarget>) -> Option<String> {
    let element: Element = target?.dyn_into().ok()?;
    // The panel's own buttons, and controls inside cells (the Note's "paid" box).
    if element.closest(".explain-panel, input, button, select, label, a").ok().flatten().is_some() {
        return None;
    }
    // A point of a chart names its figure.
    if let Some(point) = element.closest("[data-explain]").ok().flatten() {
        return point.get_attribute("data-explain");
    }
    if let Some(figure) = element.closest(".headline .figure[id]").ok().flatten() {
        return Some(figure_of_headline(&figure.id()));
    }
    let cell = element.closest("td[data-key], th[data-key]").ok().flatten()?;
    let row = cell.closest("tbody tr").ok().flatten()?;
    let table = cell.closest("table").ok().flatten()?;
    figure_of_cell(&table.id(), row_index(&row), &cell.get_attribute("data-key")?)
}

#[component]
pub fn ExplainPanel(props: &ExplainPanelProps) -> Html {
    let figure = use_state(|| None::<String>);
    let copied = use_state(|| false);
    {
        let figure = figure.clone();
        let copied = copied.clone();
        use_effect_with((), move |_| {
            let document = dom::window().and_then(|window| window.document());
            let listeners = document.map(|document| {
                let on_click = {
                    let figure = figure.clone();
                    let copied = copied.clone();
                    EventListener::new(&document, "click", move |event| {
                        if let Some(key) = figure_at(event.target()) {
                            copied.set(false);
                            figure.set(Some(key));
                        }
                    })
                };
                let on_enter = EventListener::new(&document, "keydown", move |event| {
                    let enter = event.dyn_ref::<KeyboardEvent>().is_some_and(|key| key.key() == "Enter");
                    if enter {
                        if let Some(key) = figure_at(event.target()) {
                            copied.set(false);
                            figure.set(Some(key));
                        }
                    }
                });
                (on_click, on_enter)
            });
            move || drop(listeners)
        });
    }
    let Some(key) = figure.as_ref() else {
        return html! {
            <p class="explain-hint">{ "Click a headline figure or a cell of the table (or focus a headline and press Enter) to see how it was computed." }</p>
        };
    };
    let view = explain_view(&props.scenario, key);
    let close = {
        let figure = figure.clone();
        Callback::from(move |_: MouseEvent| figure.set(None))
    };
    let copy = {
        let text = view.copy_text.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            dom::copy_text(&text, move |ok| copied.set(ok));
        })
    };
    let terms = view.terms.iter().map(|term| {
        let symbol = match &term.walk {
            Some(walk) => {
                let figure = figure.clone();
                let walk = walk.clone();
                let label = format!("Explain {}", walk);
                html! { <button type="button" class="explain-walk" aria-label={label} onclick={Callback::from(move |_: MouseEvent| figure.set(Some(walk.clone())))}>{ term.symbol.clone() }</button> }
            }
            None => html! { <span class="explain-symbol">{ term.symbol.clone() }</span> },
        };
        html! { <li>{ symbol }{ format!(" = {}: {}", term.value, term.source) }</li> }
    });
    let body = match &view.error {
        Some(message) => html! { <p class="explain-error">{ message.clone() }</p> },
        None => html! {
            <>
                <p class="explain-line"><code>{ view.line.clone() }</code></p>
                <ul class="explain-terms">{ for terms }</ul>
                { for view.rounding.iter().map(|r| html! { <p class="explain-rounding">{ format!("Rounding: {r}") }</p> }) }
                { for view.notes.iter().map(|note| html! { <p class="explain-note">{ note.clone() }</p> }) }
            </>
        },
    };
    html! {
        <aside class="explain-panel" aria-live="polite" aria-label="How this figure was computed">
            <h3>{ view.heading.clone() }</h3>
            { body }
            <div class="explain-actions">
                <button type="button" onclick={copy}>{ if *copied { "Copied" } else { "Copy as text" } }</button>
                <button type="button" onclick={close}>{ "Close" }</button>
            </div>
        </aside>
    }
}
