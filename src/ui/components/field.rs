//! One input of any deal, drawn by its control kind: a slider with a typed box,
//! a radio group, the Venture's cost table, a checkbox, or a typed box (numbers,
//! months, dates, lists). It sends the text as the link would carry it. An input
//! that applies only under the other terms is disabled, with a note saying so.

use super::choice::choice_group;
use super::costs::CostTable;
use super::field_error::FieldError;
use super::says::Says;
use super::slider::slider_field;
use super::text_box::TextBox;
use crate::scenario::deal_form::{DealAction, DealForm};
use crate::scenario::fields::{Control, FieldInfo};
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::controls::{
    box_text, error_id, input_id, inputmode, is_numeric, placeholder, source_text, terms_note_of,
};
use crate::view::sliders::slider_of;
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
    /// Whether the head names the source (a group of assumptions need not).
    #[prop_or(true)]
    pub show_source: bool,
}

/// A field draws again only when what it shows changes: moving the minutes
/// slider leaves the other fields alone.
impl PartialEq for FieldProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.field, other.field)
            && self.snapshot == other.snapshot
            && self.show_source == other.show_source
            && self.dispatch == other.dispatch
    }
}

#[component]
pub fn Field(props: &FieldProps) -> Html {
    let field = props.field;
    let param = field.param;
    let form = &props.form;
    let set = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |text: String| {
            dispatch.dispatch(PageAction::Deal(DealAction::Set { param, text }))
        })
    };
    let error = form
        .error(param)
        .map(|e| AttrValue::from(crate::view::words::message(form.deal(), e)));
    match field.control {
        // Each group is classed by its input (the terms switch is drawn as cards).
        Control::Choice(_) => return choice_group(field, &form.text(param), classes!(param), set),
        Control::Costs => {
            return html! { <CostTable {field} form={form.clone()} dispatch={props.dispatch.clone()} /> };
        }
        _ => {}
    }
    if let Some(spec) = slider_of(form, param) {
        return slider_field(field, &spec, form, set, error);
    }

    let id = input_id(param);
    let error_id = error_id(param);
    let note = terms_note_of(form, param);
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
    let source = props
        .show_source
        .then(|| html! { <span class="source">{ source_text(field) }</span> });

    let control = if field.control == Control::Toggle {
        let onchange = Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                set.emit(if input.checked() { "1" } else { "0" }.to_string());
            }
        });
        html! {
            <div class="toggle">
                <input type="checkbox" id={id.clone()} checked={form.text(param) == "1"}
                    disabled={note.is_some()} aria-describedby={describedby.clone()} {onchange} />
                <label for={id.clone()} class="field-label">{ field.label }</label>
                { source }
            </div>
        }
    } else {
        html! {
            <>
                <div class="field-head">
                    <label for={id.clone()} class="field-label">{ field.label }</label>
                    { source }
                </div>
                <TextBox
                    id={id.clone()}
                    text={box_text(form, param)}
                    numeric={is_numeric(form.deal(), param)}
                    inputmode={AttrValue::Static(inputmode(form.deal(), field))}
                    placeholder={placeholder(field).map(AttrValue::Static)}
                    invalid={error.is_some()}
                    disabled={note.is_some()}
                    describedby={describedby.clone()}
                    on_text={set}
                />
            </>
        }
    };
    html! {
        <div class={classes!("field", note.is_some().then_some("is-disabled"))}>
            { control }
            // Under `if let`, not an `Option`: the control before it keeps its
            // element when the note comes or goes.
            if let Some(note) = note {
                <p id={note_id} class="note">{ note }</p>
            }
            <FieldError id={error_id} {error} />
            <Says {field} id={AttrValue::from(hint_id)} />
        </div>
    }
}
