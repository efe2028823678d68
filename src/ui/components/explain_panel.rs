//! The explanation of the figure last clicked (or focused and opened with
//! Enter): a headline, a cell of the rows table, or a point of a chart. It listens on the document,
//! so the headline and table components need no change beyond being focusable;
//! the explanation is text to copy, and each value that is itself a figure is a
//! button that opens its explanation in turn.

use crate::scenario::link::LinkScenario;
use crate::ui::dom;
use crate::view::explain::{explain_view, figure_of_cell, figure_of_headline};
use gloo::events::{EventListener, EventListenerOptions};
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

/// Arrow keys in a table: from the table's scroll region into its first cell, and
/// from cell to cell (each cell has `tabindex=-1`: the table is one tab stop).
/// Returns whether the key moved the focus.
fn move_in_table(target: Option<web_sys::EventTarget>, key: &str) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    let focus = |cell: Option<Element>| match cell
        .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(cell) => cell.focus().is_ok(),
        None => false,
    };
    if element.matches(".table-scroll").unwrap_or(false) {
        return matches!(key, "ArrowDown" | "ArrowRight")
            && focus(element.query_selector("tbody [data-key]").ok().flatten());
    }
    let Some(cell) = element
        .closest("tbody td[data-key], tbody th[data-key]")
        .ok()
        .flatten()
    else {
        return false;
    };
    match key {
        "ArrowRight" => focus(cell.next_element_sibling()),
        "ArrowLeft" => focus(cell.previous_element_sibling()),
        "ArrowDown" | "ArrowUp" => {
            let Some(row) = cell.parent_element() else {
                return false;
            };
            let column = row_index(&cell);
            let other = if key == "ArrowDown" {
                row.next_element_sibling()
            } else {
                row.previous_element_sibling()
            };
            let same_column = format!(":scope > :nth-child({})", column + 1);
            focus(other.and_then(|r| r.query_selector(&same_column).ok().flatten()))
        }
        _ => false,
    }
}

/// The figure a click or Enter on `target` names, if any.
fn figure_at(target: Option<web_sys::EventTarget>) -> Option<String> {
    let element: Element = target?.dyn_into().ok()?;
    // The panel's own buttons, and controls inside cells (the Note's "paid" box).
    if element
        .closest(".explain-panel, input, button, select, label, a")
        .ok()
        .flatten()
        .is_some()
    {
        return None;
    }
    // A point of a chart names its figure.
    if let Some(point) = element.closest("[data-explain]").ok().flatten() {
        return point.get_attribute("data-explain");
    }
    if let Some(figure) = element.closest(".headline .figure[id]").ok().flatten() {
        return Some(figure_of_headline(&figure.id()));
    }
    let cell = element
        .closest("td[data-key], th[data-key]")
        .ok()
        .flatten()?;
    let row = cell.closest("tbody tr").ok().flatten()?;
    let table = cell.closest("table").ok().flatten()?;
    figure_of_cell(
        &table.id(),
        row_index(&row),
        &cell.get_attribute("data-key")?,
    )
}

/// The focusable element a click or Enter opened the panel from.
fn opener_of(target: Option<web_sys::EventTarget>) -> Option<web_sys::HtmlElement> {
    let element: Element = target?.dyn_into().ok()?;
    element
        .closest("[data-explain], .headline .figure[id], td[data-key], th[data-key]")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Whether the focus is on something inside the explanation panel.
fn focus_in_panel() -> bool {
    dom::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
        .and_then(|active| active.closest(".explain-panel").ok().flatten())
        .is_some()
}

/// Focus returns to the figure that opened the panel.
fn focus_opener(opener: &std::rc::Rc<std::cell::RefCell<Option<web_sys::HtmlElement>>>) {
    if let Some(element) = opener.borrow().as_ref() {
        let _ = element.focus();
    }
}

/// Keeps the figure being explained in sight: the page gets room at its foot as
/// tall as the panel (so even the last figure can scroll clear of it) and scrolls
/// by the overlap where the panel would cover the figure. With no panel, the
/// room goes.
fn keep_clear_of_panel(opener: Option<&web_sys::HtmlElement>) {
    let Some(window) = dom::window() else { return };
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else { return };
    let panel = document.query_selector(".explain-panel").ok().flatten();
    let Some(panel) = panel else {
        let _ = body.style().remove_property("padding-bottom");
        return;
    };
    let sheet = panel.get_bounding_client_rect();
    let room = format!(
        "{}px",
        crate::scenario::values::write_fixed(sheet.height() + 16.0, 0)
    );
    let _ = body.style().set_property("padding-bottom", &room);
    if let Some(figure) = opener {
        let figure = figure.get_bounding_client_rect();
        let side_by_side = figure.right() <= sheet.left() || figure.left() >= sheet.right();
        let covered = figure.bottom() > sheet.top() - 8.0 && figure.top() < sheet.bottom();
        if covered && !side_by_side {
            window.scroll_by_with_x_and_y(0.0, figure.bottom() - sheet.top() + 16.0);
        }
    }
}

#[component]
pub fn ExplainPanel(props: &ExplainPanelProps) -> Html {
    // The figures opened, the one on show last: walking to a value pushes it,
    // Back (or Alt+←) pops it. The listeners read it through `current`.
    let trail = use_state(Vec::<String>::new);
    let current = use_mut_ref(Vec::<String>::new);
    *current.borrow_mut() = (*trail).clone();
    // The element that opened the panel, focused again when it closes.
    let opener = use_mut_ref(|| None::<web_sys::HtmlElement>);
    let copied = use_state(|| false);
    // Set by a walk, Back or Alt+← from inside the panel: the next explanation's
    // heading takes the focus (the button pressed may be gone, or patched in
    // place into another term's button).
    let refocus = use_mut_ref(|| false);
    {
        let trail = trail.clone();
        let copied = copied.clone();
        let current = current.clone();
        let opener = opener.clone();
        let refocus = refocus.clone();
        use_effect_with((), move |_| {
            let document = dom::window().and_then(|window| window.document());
            let listeners = document.map(|document| {
                let open = {
                    let trail = trail.clone();
                    let opener = opener.clone();
                    move |target: Option<web_sys::EventTarget>, key: String| {
                        *opener.borrow_mut() = opener_of(target);
                        copied.set(false);
                        trail.set(vec![key]);
                    }
                };
                let on_click = {
                    let open = open.clone();
                    EventListener::new(&document, "click", move |event| {
                        if let Some(key) = figure_at(event.target()) {
                            open(event.target(), key);
                        }
                    })
                };
                // Active (not passive): the arrow keys' default scroll is prevented.
                let active = EventListenerOptions::enable_prevent_default();
                let on_key =
                    EventListener::new_with_options(&document, "keydown", active, move |event| {
                        let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
                            return;
                        };
                        let name = key.key();
                        if name.starts_with("Arrow")
                            && !key.alt_key()
                            && move_in_table(event.target(), &name)
                        {
                            event.prevent_default();
                            return;
                        }
                        let shown = current.borrow().clone();
                        match name.as_str() {
                            "Enter" => {
                                if let Some(figure) = figure_at(event.target()) {
                                    open(event.target(), figure);
                                }
                            }
                            "Escape" if !shown.is_empty() => {
                                trail.set(Vec::new());
                                focus_opener(&opener);
                            }
                            "ArrowLeft" if key.alt_key() && shown.len() > 1 => {
                                event.prevent_default();
                                *refocus.borrow_mut() = focus_in_panel();
                                trail.set(shown[..shown.len() - 1].to_vec());
                            }
                            _ => {}
                        }
                    });
                (on_click, on_key)
            });
            move || drop(listeners)
        });
    }
    let heading = use_node_ref();
    {
        // After each render that opens, walks or closes the panel.
        let opener = opener.clone();
        let heading = heading.clone();
        let refocus = refocus.clone();
        use_effect_with(trail.last().cloned(), move |shown| {
            keep_clear_of_panel(opener.borrow().as_ref());
            // After a walk, Back or Alt+← in the panel, the focus goes to the
            // new explanation's heading: not to the page's start (the pressed
            // button removed), nor left on a button that now does another thing.
            let asked = refocus.replace(false);
            if asked && shown.is_some() {
                if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }
    let Some(key) = trail.last() else {
        return html! {
            <p class="explain-hint">{ "Click a figure, a table cell or a bar of a chart to see how it was computed; from the keyboard, focus a headline and press Enter, or move through a table with the arrow keys and press Enter." }</p>
        };
    };
    let view = explain_view(&props.scenario, key);
    let close = {
        let (trail, opener) = (trail.clone(), opener.clone());
        Callback::from(move |_: MouseEvent| {
            trail.set(Vec::new());
            focus_opener(&opener);
        })
    };
    let back = (trail.len() > 1).then(|| {
        let trail = trail.clone();
        let previous = trail[..trail.len() - 1].to_vec();
        let refocus = refocus.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            *refocus.borrow_mut() = true;
            trail.set(previous.clone());
        });
        html! { <button type="button" class="explain-back" {onclick}>{ "Back" }</button> }
    });
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
                let mut next = (*trail).clone();
                next.push(walk.clone());
                let trail = trail.clone();
                let refocus = refocus.clone();
                let label = format!("Explain {}", term.source);
                let onclick = Callback::from(move |_: MouseEvent| {
                    *refocus.borrow_mut() = true;
                    trail.set(next.clone());
                });
                html! { <button type="button" class="explain-walk" aria-label={label} {onclick}>{ term.symbol.clone() }</button> }
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
                // Their counts change from one explanation to the next: in a
                // container of their own, so the line and terms above keep
                // their elements (ARCHITECTURE's invariant on parts that come
                // and go).
                <div class="explain-more">
                    { for view.rounding.iter().map(|r| html! { <p class="explain-rounding">{ format!("Rounding: {r}") }</p> }) }
                    { for view.notes.iter().map(|note| html! { <p class="explain-note">{ note.clone() }</p> }) }
                </div>
            </>
        },
    };
    html! {
        <aside class="explain-panel" aria-live="polite" aria-label="How this figure was computed">
            <h3 ref={heading} tabindex="-1">{ view.heading.clone() }</h3>
            { body }
            <div class="explain-actions">
                { back }
                <button type="button" onclick={copy}>{ if *copied { "Copied" } else { "Copy as text" } }</button>
                <button type="button" onclick={close}>{ "Close" }</button>
            </div>
        </aside>
    }
}
