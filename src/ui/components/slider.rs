//! A slider with a typed box beside it, both on the same scenario value: the
//! slider moves by its step (PageUp and PageDown by its page step), the box takes
//! any valid value, and an invalid text stays in the box with its message below.

use super::field_error::FieldError;
use super::says::Says;
use super::text_box::TextBox;
use crate::scenario::deal_form::DealForm;
use crate::scenario::fields::FieldInfo;
use crate::view::controls::{box_text, error_id, source_text};
use crate::view::format::group_thousands;
use crate::view::sliders::SliderSpec;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// PageUp and PageDown move a slider by its page step (the browser's own is a
/// tenth of the span, whatever the input).
pub fn on_page_keys(spec: &SliderSpec, set: Callback<String>) -> Callback<KeyboardEvent> {
    let spec = spec.clone();
    Callback::from(move |event: KeyboardEvent| {
        let up = match event.key().as_str() {
            "PageUp" => true,
            "PageDown" => false,
            _ => return,
        };
        event.prevent_default();
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            if let Some(next) = spec.paged(&input.value(), up) {
                set.emit(next);
            }
        }
    })
}

/// The slider of `field` with its box, its message and what it says.
pub fn slider_field(
    field: &'static FieldInfo,
    spec: &SliderSpec,
    form: &DealForm,
    set: Callback<String>,
    error: Option<AttrValue>,
) -> Html {
    let param = field.param;
    // The slider's position: always the value in force, never a draft.
    let value = form.value(param);
    let on_range = {
        let set = set.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                set.emit(input.value());
            }
        })
    };
    let error_id = error_id(param);
    html! {
        <div class="slider">
            <div class="field-head">
                <label id={format!("{param}-label")} for={spec.range_id.clone()} class="field-label">{ field.label }</label>
                <span class="source">{ source_text(field) }</span>
            </div>
            <div class="slider-row">
                <input
                    type="range"
                    id={spec.range_id.clone()}
                    min={spec.min.clone()}
                    max={spec.max.clone()}
                    step={spec.step.clone()}
                    value={value.clone()}
                    aria-valuetext={format!("{} {}", group_thousands(&value), spec.unit)}
                    oninput={on_range}
                    onkeydown={on_page_keys(spec, set.clone())}
                />
                <label for={spec.number_id.clone()} class="visually-hidden">{ format!("{}, typed", field.label) }</label>
                <TextBox
                    id={spec.number_id.clone()}
                    class="slider-box"
                    text={box_text(form, param)}
                    numeric=true
                    invalid={error.is_some()}
                    describedby={AttrValue::from(error_id.clone())}
                    on_text={set}
                />
                <span class="unit" aria-hidden="true">{ spec.unit }</span>
            </div>
            <FieldError id={error_id} {error} />
            <Says {field} />
        </div>
    }
}
