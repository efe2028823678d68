//! A choice as a group of radio buttons (`#<param>-<word>`), the terms switch
//! among them.

use super::says::Says;
use crate::scenario::fields::{Control, FieldInfo};
use crate::view::controls::{choice_id, source_text};
use yew::prelude::*;

/// A choice's radio group (`#<param>-<word>`) with its legend and clause; `set`
/// receives the word chosen. Every page draws its choices with it.
pub fn choice_group(
    field: &'static FieldInfo,
    current: &str,
    class: Classes,
    set: Callback<String>,
) -> Html {
    let Control::Choice(options) = field.control else {
        return Html::default();
    };
    let param = field.param;
    let radios = options.iter().map(|&(word, label)| {
        let id = choice_id(param, word);
        let set = set.clone();
        let onchange = Callback::from(move |_: Event| set.emit(word.to_string()));
        html! {
            <div class="radio">
                <input type="radio" id={id.clone()} name={param} value={word} checked={current == word} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    });
    // A value the link gave that is none of the words (the Note's principal as
    // another amount) is shown as a third, chosen option rather than lost.
    let other = (!current.is_empty() && options.iter().all(|&(word, _)| word != current)).then(|| {
        let id = choice_id(param, "other");
        html! {
            <div class="radio">
                <input type="radio" id={id.clone()} name={param} value={current.to_string()} checked=true />
                <label for={id}>{ format!("Another amount, from the link: {}", crate::view::format::figure(current)) }</label>
            </div>
        }
    });
    html! {
        <fieldset class={classes!("choice", class)}>
            <legend>
                <span class="field-label">{ field.label }</span>
                <span class="source">{ source_text(field) }</span>
            </legend>
            // `if let`, not an `Option` child: when the other amount goes (a
            // word chosen), the radios stay the same elements and the chosen
            // one keeps the focus (ARCHITECTURE: parts that come and go).
            <div class="radios">
                { for radios }
                if let Some(other) = other { { other } }
            </div>
            <Says {field} />
        </fieldset>
    }
}
