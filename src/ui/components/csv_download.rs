//! "Download CSV" for a table: a `data:` link whose content is written when it is
//! clicked (from the link, through `scenario::output`: the same text as
//! `dealmodel --format csv`), so that moving a slider costs nothing extra. A
//! plain function rather than a component: it has no state, and each component
//! type adds to the bundle.

use crate::ui::dom::set_download;
use crate::view::deal::table_csv_of;
use yew::prelude::*;

/// The download link of `table` (`rows`, `cash`, `dates`) of the scenario `link`,
/// saved as `file`; its id is `csv-` and the file's name without `.csv`.
pub fn csv_download(
    link: String,
    table: &'static str,
    file: &'static str,
    label: &'static str,
) -> Html {
    // A scenario beyond the model's range shows no table to download.
    let onclick = Callback::from(move |event: MouseEvent| {
        set_download(&event, "text/csv", table_csv_of(&link, table))
    });
    let id = format!("csv-{}", file.strip_suffix(".csv").unwrap_or(file));
    html! {
        <a {id} class="button csv-download no-print" href="data:text/csv;charset=utf-8," download={file} {onclick}>{ label }</a>
    }
}
