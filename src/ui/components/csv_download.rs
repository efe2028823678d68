//! "Download CSV" for a table: a `data:` link whose content is written when it is
//! clicked (from the link, through `scenario::output`: the same text as
//! `dealmodel --format csv`), so that moving a slider costs nothing extra.

use crate::scenario::output::link_output;
use crate::scenario::read_link;
use web_sys::js_sys;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct CsvDownloadProps {
    /// The canonical link of the scenario on show.
    pub link: AttrValue,
    /// `rows`, or a further table of the output (`cash`, `dates`).
    pub table: &'static str,
    /// The file's name (`venture-monthly.csv`).
    pub file: &'static str,
    #[prop_or(AttrValue::Static("Download CSV"))]
    pub label: AttrValue,
}

fn csv_of(link: &str, table: &str) -> Result<String, String> {
    let read = read_link(link).map_err(|messages| messages.join(" "))?;
    link_output(&read)?.table_csv(table).ok_or_else(|| format!("no table {table}"))
}

#[component]
pub fn CsvDownload(props: &CsvDownloadProps) -> Html {
    let anchor = use_node_ref();
    let failed = use_state(String::new);
    let onclick = {
        let (anchor, failed, link, table) = (anchor.clone(), failed.clone(), props.link.to_string(), props.table);
        Callback::from(move |event: MouseEvent| {
            // The download reads the href after this handler: set it now.
            match (csv_of(&link, table), anchor.cast::<web_sys::Element>()) {
                (Ok(csv), Some(element)) => {
                    let href = format!("data:text/csv;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&csv)));
                    let _ = element.set_attribute("href", &href);
                    failed.set(String::new());
                }
                (Err(message), _) => {
                    event.prevent_default();
                    failed.set(format!("The CSV could not be written: {message}"));
                }
                (_, None) => event.prevent_default(),
            }
        })
    };
    html! {
        <span class="csv-download no-print">
            <a ref={anchor} id={format!("csv-{}", props.file.trim_end_matches(".csv"))} class="button" href="data:text/csv;charset=utf-8,"
                download={props.file} {onclick}>{ props.label.clone() }</a>
            if !failed.is_empty() { <span class="field-error" role="alert">{ (*failed).clone() }</span> }
        </span>
    }
}
