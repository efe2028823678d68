//! The notices and the tables of a deal's page (the Venture's monthly statement,
//! the MSA's invoices and dates, the Note's schedule), with their CSV downloads:
//! the parts below the fold. They show the settled form (one painted frame
//! behind a dragged slider), so a render for the headlines skips them.

use super::csv_download::csv_download;
use super::data_table::DataTable;
use super::deal_extras::table_parts;
use super::notices::Notices;
use crate::scenario::deal_form::{Deal, DealAction, DealForm};
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::page::{csv_files, kept_page_view};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct SettledTablesProps {
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

#[component]
pub fn SettledTables(props: &SettledTablesProps) -> Html {
    let form = &props.form;
    let deal = form.deal();
    let view = kept_page_view(&form.scenario);
    let (tables, notices) = match &view {
        Ok(view) => (
            view.tables
                .get()
                .iter()
                .map(|table| {
                    let (actions, footer) = table_parts(form, view, table.id);
                    let toggle = (deal == Deal::Note).then(|| {
                        let dispatch = props.dispatch.clone();
                        ("paid", Callback::from(move |date: String| {
                            dispatch.dispatch(PageAction::Deal(DealAction::Toggle { param: "missed", item: date }))
                        }))
                    });
                    let files = csv_files(deal, table.id);
                    let download = (!files.is_empty()).then(|| html! {
                        <p class="downloads">
                            { for files.iter().map(|&(name, file, label)| csv_download(form.link(), name, file, label)) }
                        </p>
                    });
                    html! { <DataTable key={table.id} table={table.clone()} {actions} {footer} {toggle} {download} /> }
                })
                .collect::<Html>(),
            view.notices.clone(),
        ),
        // The error is shown with the results.
        Err(_) => (Html::default(), Vec::new()),
    };
    let mut lines = form.warnings.clone();
    lines.extend(notices);
    html! {
        <>
            <Notices {lines} />
            { tables }
        </>
    }
}
