//! Each deal's own pieces beside the shared layout: for the MSA the chart of the
//! termination charge and the calendar download, for the Note the words against
//! the figures of the principal. (Filled in once the MSA and Note engines land.)

use crate::scenario::deal_form::DealForm;
use crate::ui::state::Dispatch;
use yew::prelude::*;

pub fn extras(_form: &DealForm, _dispatch: &Dispatch) -> Html {
    Html::default()
}
