//! Each deal's own pieces beside the shared layout: for the Venture its
//! sensitivity (heatmap and tornado) and its risk view; for the MSA the chart of the termination
//! charge and the calendar download; for the Note the words against the figures
//! of the principal.

use super::msa_pieces::{msa_table_parts, MsaChart};
use super::note_words::WordsAgainstFigures;
use crate::scenario::deal_form::DealForm;
use crate::scenario::link::LinkScenario;
use crate::ui::state::Dispatch;
use crate::view::deal::DealView;
use std::rc::Rc;
use yew::prelude::*;

/// The pieces shown between the results and the inputs.
pub fn extras(form: &Rc<DealForm>, dispatch: &Dispatch) -> Html {
    match &form.scenario {
        LinkScenario::Msa(_) => {
            html! { <MsaChart form={form.clone()} dispatch={dispatch.clone()} /> }
        }
        LinkScenario::Note(_) => {
            html! { <WordsAgainstFigures form={form.clone()} dispatch={dispatch.clone()} /> }
        }
        LinkScenario::Venture(_) => html! {
            <>
                <super::sensitivity::Sensitivity scenario={form.scenario.clone()} dispatch={dispatch.clone()} />
                <super::risk_panel::RiskPanel form={form.clone()} dispatch={dispatch.clone()} />
            </>
        },
    }
}

/// What a table of the page carries beyond its rows: (above it, under it).
pub fn table_parts(
    form: &DealForm,
    view: &DealView,
    table_id: &str,
) -> (Option<Html>, Option<Html>) {
    match &form.scenario {
        LinkScenario::Msa(_) => msa_table_parts(form, view, table_id),
        _ => (None, None),
    }
}
