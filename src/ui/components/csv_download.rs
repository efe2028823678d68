//! "Download CSV" for a table: a `data:` link whose content is written when it is
//! clicked (from the link, through `scenario::output`: the same text as
//! `dealmodel --format csv`), so that moving a slider costs nothing extra. A
//! plain function rather than a component: it has no state, and each component
//! type adds to the bundle.

use crate::scenario::output::link_output;
use crate::scenario::read_link;
use web_sys::js_sys;
use web_sys::wasm_bindgen::JsCast;
use yew::prelude::*;

fn csv_of(link: &str, table: &str) -> Option<String> {
    link_output(&read_link(link).ok()?).ok()?.table_csv(table)
}

/// The download link of `table` (`rows`, `cash`, `dates`) of the scenario `link`,
/// saved as `file`; its id is `csv-` and the file's name without `.csv`.
pub fn csv_download(
    link: String,
    table: &'static str,
    file: &'static str,
    label: &'static str,
) -> Html {
    let onclick = Callback::from(move |event: MouseEvent| {
        // The browser reads the href after this handler: set it now.
        let anchor = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
        match (csv_of(&link, table), anchor) {
            (Some(csv), Some(anchor)) => {
                let href = format!(
                    "data:text/csv;charset=utf-8,{}",
                    String::from(js_sys::encode_uri_component(&csv))
                );
                let _ = anchor.set_attribute("href", &href);
            }
            // A scenario beyond the model's range shows no table to download.
            _ => event.prevent_default(),
        }
    });
    let id = format!("csv-{}", file.strip_suffix(".csv").unwrap_or(file));
    html! {
        <a {id} class="button csv-download no-print" href="data:text/csv;charset=utf-8," download={file} {onclick}>{ label }</a>
    }
}
