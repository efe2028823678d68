//! The message under a box whose text is not valid (yet). Always present, so
//! that screen readers announce it when it fills (role=status).

use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct FieldErrorProps {
    pub id: AttrValue,
    pub error: Option<AttrValue>,
}

#[component]
pub fn FieldError(props: &FieldErrorProps) -> Html {
    html! {
        <p id={props.id.clone()} class="field-error" role="status">
            { props.error.clone().unwrap_or_default() }
        </p>
    }
}
