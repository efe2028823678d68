//! A table of the MSA or the Note page: human headers, and each cell with its
//! `data-key` and the `data-value` that `dealmodel` prints.

use crate::view::deal::NamedTable;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct DataTableProps {
    pub table: Rc<NamedTable>,
    /// Rows (`<tr>`) shown in the table's foot after its closing lines (the
    /// MSA's total charges).
    #[prop_or_default]
    pub footer: Option<Html>,
    /// Shown after the intro (the calendar download).
    #[prop_or_default]
    pub actions: Option<Html>,
    /// A yes/no column drawn as checkboxes (the Note's `paid`), and what a click
    /// sends: the row's first value (its date).
    #[prop_or_default]
    pub toggle: Option<(&'static str, Callback<String>)>,
    /// The table's CSV download, shown after the intro.
    #[prop_or_default]
    pub download: Option<Html>,
}

#[component]
pub fn DataTable(props: &DataTableProps) -> Html {
    let named = &props.table;
    let heading_id = format!("{}-heading", named.id);
    let header = named.table.columns.iter().map(|column| {
        html! { <th scope="col" class={column.numeric.then_some("num")}>{ column.header }</th> }
    });
    let rows = named.table.rows.iter().map(|cells| {
        let row_key = cells.first().map(|cell| cell.value.clone()).unwrap_or_default();
        let cells = cells.iter().enumerate().map(|(index, cell)| {
            let numeric = named.table.columns.get(index).is_some_and(|c| c.numeric);
            if let Some((key, on_toggle)) = props.toggle.as_ref().filter(|(key, _)| *key == cell.key) {
                let on_toggle = on_toggle.clone();
                let id = format!("{key}-{row_key}");
                let label = format!("{}: {}", row_key, named.table.columns.get(index).map_or("", |c| c.header));
                let sent = row_key.clone();
                let onchange = Callback::from(move |_: Event| on_toggle.emit(sent.clone()));
                return html! {
                    <td data-key={cell.key} data-value={cell.value.clone()}>
                        <input type="checkbox" {id} checked={cell.value == "true"} {onchange}
                            aria-label={label} />
                        { " " }{ cell.text.clone() }
                    </td>
                };
            }
            if index == 0 {
                html! { <th scope="row" class={numeric.then_some("num")} tabindex="-1" data-key={cell.key} data-value={cell.value.clone()}>{ cell.text.clone() }</th> }
            } else {
                html! { <td class={numeric.then_some("num")} tabindex="-1" data-key={cell.key} data-value={cell.value.clone()}>{ cell.text.clone() }</td> }
            }
        });
        html! { <tr>{ for cells }</tr> }
    });
    // Closing lines (the MSA's termination charge) are not rows of the output:
    // a click explains the result each cell shows, not `rows[N]`.
    let closing = named.table.closing.iter().map(|cells| {
        let cells = cells.iter().enumerate().map(|(index, cell)| {
            let numeric = named.table.columns.get(index).is_some_and(|c| c.numeric);
            if index == 0 {
                html! { <th scope="row" data-key={cell.key} data-value={cell.value.clone()}>{ cell.text.clone() }</th> }
            } else {
                html! { <td class={numeric.then_some("num")} tabindex={cell.explain.map(|_| "-1")} data-key={cell.key} data-value={cell.value.clone()} data-explain={cell.explain}>{ cell.text.clone() }</td> }
            }
        });
        html! { <tr class="closing">{ for cells }</tr> }
    });
    // The foot and the "None." line come and go: each under `if`, never an
    // `Option` (yew would re-pair the table's head and body, or the table
    // itself, with the wrong elements and rebuild them; see ARCHITECTURE's
    // invariant on parts that come and go).
    let has_foot = !named.table.closing.is_empty() || props.footer.is_some();
    let empty = named.table.rows.is_empty();
    html! {
        <section class="monthly" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ named.title }</h2>
            <p class="section-intro">{ named.intro }</p>
            { props.download.clone().unwrap_or_default() }
            { props.actions.clone().unwrap_or_default() }
            <div class="table-scroll" tabindex="0" role="region" aria-label={format!("{} table (scrolls)", named.title)}>
                <table id={named.id}>
                    <thead><tr>{ for header }</tr></thead>
                    <tbody>{ for rows }</tbody>
                    if has_foot {
                        <tfoot>{ for closing }{ props.footer.clone() }</tfoot>
                    }
                </table>
            </div>
            if empty {
                <p class="section-intro">{ "None." }</p>
            }
        </section>
    }
}
