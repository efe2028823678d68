//! One input of the MSA or the Note, drawn by its control kind: a slider with a
//! typed box, a radio group, or a typed box (numbers, dates, lists). It sends
//! the text as the link would carry it; the form reads it back.

use super::choice::choice_group;
use super::field_error::FieldError;
use super::says::Says;
use super::text_box::TextBox;
use crate::scenario::deal_form::{DealAction, DealForm};
use crate::scenario::fields::{Control, FieldInfo};
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::controls::{error_id, input_id, source_text};
use crate::view::deal_controls::{box_text, is_numeric, placeholder, slider};
use crate::view::format::group_thousands;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct DealFieldProps {
    pub field: &'static FieldInfo,
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

fn setter(dispatch: &Dispatch, param: &'static str) -> Callback<String> {
    let dispatch = dispatch.clone();
    Callback::from(move |text: String| {
        dispatch.dispatch(PageAction::Deal(DealAction::Set { param, text }))
    })
}

fn head(field: &FieldInfo, label_for: String) -> Html {
    html! {
        <div class="field-head">
            <label for={label_for} class="field-label">{ field.label }</label>
            <span class="source">{ source_text(field) }</span>
        </div>
    }
}

#[component]
pub fn DealField(props: &DealFieldProps) -> Html {
    let field = props.field;
    let param = field.param;
    let form = &props.form;
    let set = setter(&props.dispatch, param);
    let error = form
        .error(param)
        .map(|e| AttrValue::from(crate::view::words::message(form.deal(), e)));
    let error_id = error_id(param);

    if let Control::Choice(_) = field.control {
        return choice_group(field, &form.text(param), Classes::new(), set);
    }

    if let Some(spec) = slider(param) {
        let value = form.value(param);
        let spec = spec.widened(&value);
        let on_range = {
            let set = set.clone();
            Callback::from(move |event: InputEvent| {
                if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                    set.emit(input.value());
                }
            })
        };
        return html! {
            <div class="slider">
                { head(field, spec.range_id.clone()) }
                <div class="slider-row">
                    <input type="range" id={spec.range_id.clone()} min={spec.min.clone()} max={spec.max.clone()}
                        step={spec.step.clone()} value={value.clone()}
                        aria-valuetext={format!("{} {}", group_thousands(&value), spec.unit)}
                        oninput={on_range} onkeydown={super::slider::on_page_keys(&spec, set.clone())} />
                    <label for={spec.number_id.clone()} class="visually-hidden">{ format!("{}, typed", field.label) }</label>
                    <TextBox id={spec.number_id.clone()} class="slider-box" text={box_text(form, field)} numeric=true
                        invalid={error.is_some()} describedby={AttrValue::from(error_id.clone())} on_text={set} />
                    <span class="unit" aria-hidden="true">{ spec.unit }</span>
                </div>
                <FieldError id={error_id} {error} />
                <Says {field} />
            </div>
        };
    }

    let id = input_id(param);
    let hint_id = format!("{id}-hint");
    let describedby = if field.is_assumption() {
        format!("{error_id} {hint_id}")
    } else {
        error_id.clone()
    };
    let numeric = is_numeric(field);
    let inputmode = match field.control {
        _ if numeric => "decimal",
        _ => "text",
    };
    html! {
        <div class="field">
            { head(field, id.clone()) }
            <TextBox id={id.clone()} text={box_text(form, field)} {numeric}
                inputmode={AttrValue::Static(inputmode)}
                placeholder={placeholder(field).map(AttrValue::Static)}
                invalid={error.is_some()} describedby={AttrValue::from(describedby)} on_text={set} />
            <FieldError id={error_id} {error} />
            <Says {field} id={AttrValue::from(hint_id)} />
        </div>
    }
}
