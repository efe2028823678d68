//! One input of the panel, drawn by its control kind: a typed number, a month,
//! an optional number, a checkbox or a radio group (the cost items have their
//! own table). An input that applies only under the other terms is disabled,
//! with a note saying so.

use super::choice::Choice;
use super::costs::CostTable;
use super::field_error::FieldError;
use super::says::Says;
use super::text_box::TextBox;
use crate::scenario::deal_form::{DealAction, DealForm};
use crate::scenario::fields::{Control, FieldInfo};
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::controls::{
    box_text, error_id, input_id, is_numeric, other_terms_note, source_text,
};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties)]
pub struct FieldProps {
    pub field: &'static FieldInfo,
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
    /// What the field shows (`view::controls::field_snapshot`).
    pub snapshot: String,
}

/// A field draws again only when what it shows changes: moving the minutes
/// slider leaves the other fields of the panel alone.
impl PartialEq for FieldProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.field, other.field)
            && self.snapshot == other.snapshot
            && self.dispatch == other.dispatch
    }
}

#[component]
pub fn Field(props: &FieldProps) -> Html {
    let field = props.field;
    let param = field.param;
    let form = &props.form;
    match field.control {
        Control::Choice(_) => {
            return html! { <Choice {field} form={form.clone()} dispatch={props.dispatch.clone()} /> };
        }
        Control::Costs => {
            return html! { <CostTable {field} form={form.clone()} dispatch={props.dispatch.clone()} /> };
        }
        _ => {}
    }

    let set = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |text: String| {
            dispatch.dispatch(PageAction::Deal(DealAction::Set { param, text }))
        })
    };
    let id = input_id(param);
    let error = form.error(param).map(|e| {
        AttrValue::from(crate::view::words::message(
            crate::scenario::deal_form::Deal::Venture,
            e,
        ))
    });
    let error_id = error_id(param);
    let note = form
        .venture()
        .and_then(|inputs| other_terms_note(param, inputs.terms));
    let note_id = format!("{id}-note");
    let hint_id = format!("{id}-hint");
    // The error first: it is what the person needs when there is one.
    let mut described = vec![error_id.clone()];
    if note.is_some() {
        described.push(note_id.clone());
    }
    if field.is_assumption() {
        described.push(hint_id.clone());
    }
    let describedby = AttrValue::from(described.join(" "));

    let control = match field.control {
        Control::Toggle => {
            let onchange = {
                let set = set.clone();
                Callback::from(move |event: Event| {
                    if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                        set.emit(if input.checked() { "1" } else { "0" }.to_string());
                    }
                })
            };
            html! {
                <div class="toggle">
                    <input type="checkbox" id={id.clone()} checked={form.text(param) == "1"}
                        disabled={note.is_some()} aria-describedby={describedby.clone()} {onchange} />
                    <label for={id.clone()} class="field-label">{ field.label }</label>
                    <span class="source">{ source_text(field) }</span>
                </div>
            }
        }
        _ => {
            let (inputmode, placeholder) = match (field.control, param) {
                (Control::Month, _) => ("text", Some("YYYY-MM")),
                (Control::OptionalNumber, _) => ("numeric", Some("none")),
                // Growth can be negative: a decimal keypad may have no minus.
                (_, "growth") => ("text", None),
                _ => ("decimal", None),
            };
            html! {
                <TextBox
                    id={id.clone()}
                    text={box_text(form, param)}
                    numeric={is_numeric(param)}
                    inputmode={AttrValue::Static(inputmode)}
                    placeholder={placeholder.map(AttrValue::Static)}
                    invalid={error.is_some()}
                    disabled={note.is_some()}
                    describedby={describedby.clone()}
                    on_text={set}
                />
            }
        }
    };
    let label = (field.control != Control::Toggle).then(|| {
        html! { <label for={id.clone()} class="field-label">{ field.label }</label> }
    });
    html! {
        <div class={classes!("field", note.is_some().then_some("is-disabled"))}>
            { label.map(|label| html! {
                <div class="field-head">
                    { label }
                    { (!field.is_assumption()).then(|| html! { <span class="source">{ source_text(field) }</span> }) }
                </div>
            }) }
            { control }
            { note.map(|note| html! { <p id={note_id} class="note">{ note }</p> }) }
            <FieldError id={error_id} {error} />
            <Says {field} id={AttrValue::from(hint_id)} />
        </div>
    }
}
