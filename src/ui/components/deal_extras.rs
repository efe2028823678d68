//! Each deal's own pieces beside the shared layout: for the MSA the chart of the
//! termination charge and the calendar download; for the Note the words against
//! the figures of the principal.

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
        LinkScenario::Note(_) => html! { <WordsAgainstFigures form={form.clone()} dispatch={dispatch.clone()} /> },
        _ => Html::default(),
    }
}

/// What a table of the page carries beyond its rows: (above it, under it).
pub fn table_parts(_form: &DealForm, _view: &DealView, _table_id: &str) -> (Option<Html>, Option<Html>) {
    (None, None)
}
