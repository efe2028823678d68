//! The page's title, what it models, and the link actions (copy, reset).

use crate::scenario::form::FormAction;
use crate::ui::hooks::use_copy_link;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct PageHeaderProps {
    /// The scenario's canonical link part.
    pub link: AttrValue,
    pub dispatch: Dispatch,
}

#[component]
pub fn PageHeader(props: &PageHeaderProps) -> Html {
    let copy = use_copy_link(props.link.to_string());
    let on_copy = {
        let copy = copy.copy.clone();
        Callback::from(move |_: MouseEvent| copy.emit(()))
    };
    let on_reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(PageAction::Form(FormAction::Reset)))
    };
    html! {
        <header class="page-header">
            <div class="title">
                <h1>{ "Deal modeller — the Venture" }</h1>
                <p class="lede">
                    { "The Fusion–THIL VoIP agreement of 2002, as amended: THIL's profit share, and the loan Fusion recoups from it." }
                </p>
            </div>
            <div class="actions">
                <button type="button" id="copy-link" class="primary" onclick={on_copy}>{ "Copy link" }</button>
                <button type="button" id="reset" onclick={on_reset}>{ "Back to the defaults" }</button>
                <p class="copy-status" role="status">{ copy.status.clone() }</p>
            </div>
        </header>
    }
}
