//! What an input is about: for a contract term, a small "What it says"
//! disclosure with the clause's gist; for an assumption, a line of help.

use crate::scenario::fields::FieldInfo;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct SaysProps {
    pub field: &'static FieldInfo,
    /// The help line's id, for `aria-describedby` (assumptions).
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

#[component]
pub fn Says(props: &SaysProps) -> Html {
    if props.field.is_assumption() {
        html! { <p id={props.id.clone()} class="hint">{ props.field.summary }</p> }
    } else {
        html! {
            <details class="says">
                <summary>{ "What it says" }</summary>
                <p>{ props.field.summary }</p>
            </details>
        }
    }
}
