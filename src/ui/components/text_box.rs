//! A typed box. While the person types, it shows exactly what they typed (the
//! scenario's canonical text would otherwise replace "0.10" by "0.1" under the
//! cursor), unless the scenario changed from elsewhere; once they leave it, it
//! shows the scenario's value or the draft.

use crate::view::controls::typed_matches;
use crate::view::format::plain_typed;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct TextBoxProps {
    pub id: AttrValue,
    /// What the box shows when not being typed in.
    pub text: AttrValue,
    /// The id of the element that explains the box (its error, its note).
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    #[prop_or_default]
    pub invalid: bool,
    #[prop_or_default]
    pub disabled: bool,
    /// Numbers: thousands separators are dropped before the text is sent.
    #[prop_or_default]
    pub numeric: bool,
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    pub on_text: Callback<String>,
}

#[component]
pub fn TextBox(props: &TextBoxProps) -> Html {
    let typing = use_state(|| None::<String>);
    let oninput = {
        let typing = typing.clone();
        let on_text = props.on_text.clone();
        let numeric = props.numeric;
        Callback::from(move |event: InputEvent| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let text = input.value();
            on_text.emit(if numeric {
                plain_typed(&text)
            } else {
                text.clone()
            });
            typing.set(Some(text));
        })
    };
    let onblur = {
        let typing = typing.clone();
        Callback::from(move |_: FocusEvent| typing.set(None))
    };
    let value = match typing.as_ref() {
        Some(typed) if typed_matches(typed, &props.text, props.numeric) => typed.clone(),
        _ => props.text.to_string(),
    };
    html! {
        <input
            type="text"
            id={props.id.clone()}
            class={classes!("text-box", props.class.clone())}
            inputmode={props.inputmode.clone()}
            autocomplete="off"
            spellcheck="false"
            placeholder={props.placeholder.clone()}
            aria-describedby={props.describedby.clone()}
            aria-invalid={props.invalid.then_some("true")}
            disabled={props.disabled}
            {value}
            {oninput}
            {onblur}
        />
    }
}
