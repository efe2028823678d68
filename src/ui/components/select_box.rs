//! A `<select>` that follows the scenario. Yew sets only the options'
//! `selected` attributes, which a browser ignores once the person has chosen;
//! the effect sets the select's value itself after each render.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct SelectBoxProps {
    pub id: AttrValue,
    pub value: AttrValue,
    /// (value, label) of each option.
    pub options: &'static [(&'static str, &'static str)],
    pub on_change: Callback<String>,
}

#[component]
pub fn SelectBox(props: &SelectBoxProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.value.clone(), move |value| {
            if let Some(select) = node.cast::<HtmlSelectElement>() {
                if select.value() != value.as_str() {
                    select.set_value(value);
                }
            }
        });
    }
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                on_change.emit(select.value());
            }
        })
    };
    html! {
        <select id={props.id.clone()} ref={node} {onchange}>
            { for props.options.iter().map(|&(word, label)| html! {
                <option value={word} selected={props.value == word}>{ label }</option>
            }) }
        </select>
    }
}
