//! A link that could not be opened: every message, and that the scenario on
//! show has not changed.

use crate::scenario::deal_form::Deal;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::words::message;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct LinkErrorProps {
    pub messages: Vec<String>,
    pub dispatch: Dispatch,
}

#[component]
pub fn LinkError(props: &LinkErrorProps) -> Html {
    if props.messages.is_empty() {
        return Html::default();
    }
    let on_dismiss = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(PageAction::DismissLinkErrors))
    };
    html! {
        <div id="link-error" class="link-error" role="alert">
            <p class="link-error-title">
                <strong>{ "The link could not be opened." }</strong>
                { " The scenario shown is unchanged." }
            </p>
            <ul>{ for props.messages.iter().map(|text| html! { <li>{ message(Deal::Venture, text) }</li> }) }</ul>
            <button type="button" onclick={on_dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
