//! The monthly statement as a table: every row key of the output, one row per
//! month, each cell with its `data-key` and `data-value`. It is also the
//! chart's text alternative.

use crate::view::table::Table;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct MonthlyTableProps {
    pub table: Rc<Table>,
    /// The downloads shown above the table.
    #[prop_or_default]
    pub download: Option<Html>,
}

#[component]
pub fn MonthlyTable(props: &MonthlyTableProps) -> Html {
    let table = &props.table;
    let header = table.columns.iter().map(|column| {
        html! { <th scope="col" class={column.numeric.then_some("num")}>{ column.header }</th> }
    });
    let rows = table.rows.iter().map(|cells| {
        let cells = cells.iter().map(|cell| {
            if cell.key == "month" {
                html! { <th scope="row" class="num" tabindex="-1" data-key={cell.key} data-value={cell.value.clone()}>{ cell.text.clone() }</th> }
            } else {
                html! { <td class={(cell.key != "calendar_month").then_some("num")} tabindex="-1" data-key={cell.key} data-value={cell.value.clone()}>{ cell.text.clone() }</td> }
            }
        });
        html! { <tr>{ for cells }</tr> }
    });
    html! {
        <section class="monthly" aria-labelledby="monthly-heading">
            <h2 id="monthly-heading">{ "Monthly statement" }</h2>
            <p class="section-intro">{ "Each month's statement, the division of its distributable profit, and THIL's loan balance ($)." }</p>
            { props.download.clone() }
            <div class="table-scroll" tabindex="0" role="region" aria-label="Monthly statement table (scrolls)">
                <table id="monthly-table">
                    <thead><tr>{ for header }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
