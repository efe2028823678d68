//! The project cost items as an editable table: amount, month, side, kind and
//! label of each, a remove button, and "Add cost item".

use super::field_error::FieldError;
use super::says::Says;
use super::select_box::SelectBox;
use super::text_box::TextBox;
use crate::scenario::deal_form::{DealAction, DealForm};
use crate::scenario::fields::FieldInfo;
use crate::scenario::venture::MAX_COST_ITEMS;
use crate::scenario::venture_form::CostField;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::controls::{box_text, cost_input_id, error_id, source_text};
use std::rc::Rc;
use yew::prelude::*;

const SIDES: &[(&str, &str)] = &[("pk", "Pakistan"), ("us", "United States")];
const KINDS: &[(&str, &str)] = &[("equip", "Equipment"), ("other", "Other")];

#[derive(PartialEq, Properties)]
pub struct CostTableProps {
    pub field: &'static FieldInfo,
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

fn field_name(field: CostField) -> &'static str {
    match field {
        CostField::Amount => "amount",
        CostField::Month => "month",
        CostField::Side => "side",
        CostField::Kind => "kind",
        CostField::Label => "label",
    }
}

#[component]
pub fn CostTable(props: &CostTableProps) -> Html {
    let form = &props.form;
    let count = form.venture().map_or(0, |inputs| inputs.costs.len());
    let send = |action: DealAction| {
        let dispatch = props.dispatch.clone();
        move || dispatch.dispatch(PageAction::Deal(action.clone()))
    };
    let setter = |index: usize, field: CostField| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |text: String| {
            dispatch.dispatch(PageAction::Deal(DealAction::SetCost { index, field, text }));
        })
    };
    let select = |index: usize,
                  field: CostField,
                  options: &'static [(&'static str, &'static str)]| {
        let id = cost_input_id(index, field_name(field));
        html! {
            <>
                <label for={id.clone()} class="visually-hidden cost-cell-label">{ format!("Item {}: {}", index + 1, field_name(field)) }</label>
                <SelectBox id={id} value={form.text(&field.key(index))} {options} on_change={setter(index, field)} />
            </>
        }
    };
    let text = |index: usize, field: CostField, numeric: bool| {
        let key = field.key(index);
        let id = cost_input_id(index, field_name(field));
        let error = form.error(&key);
        html! {
            <>
                <label for={id.clone()} class="visually-hidden cost-cell-label">{ format!("Item {}: {}", index + 1, field_name(field)) }</label>
                <TextBox
                    id={id}
                    class={classes!(format!("cost-{}", field_name(field)))}
                    text={box_text(form, &key)}
                    {numeric}
                    inputmode={AttrValue::Static(if numeric { "decimal" } else { "text" })}
                    invalid={error.is_some()}
                    describedby={AttrValue::from(error_id(&key))}
                    on_text={setter(index, field)}
                />
            </>
        }
    };
    let rows = (0..count).map(|index| {
        let remove = send(DealAction::RemoveCost(index));
        let onclick = Callback::from(move |_: MouseEvent| remove());
        let errors = [CostField::Amount, CostField::Month, CostField::Label].map(|field| {
            let key = field.key(index);
            html! { <FieldError id={error_id(&key)} error={form.error(&key).map(|e| AttrValue::from(crate::view::words::message(crate::scenario::deal_form::Deal::Venture, e)))} /> }
        });
        html! {
            <>
                <tr>
                    <td>{ text(index, CostField::Amount, true) }</td>
                    <td>{ text(index, CostField::Month, true) }</td>
                    <td>{ select(index, CostField::Side, SIDES) }</td>
                    <td>{ select(index, CostField::Kind, KINDS) }</td>
                    <td>{ text(index, CostField::Label, false) }</td>
                    <td>
                        <button type="button" class="link-button" disabled={count <= 1} {onclick}
                            aria-label={format!("Remove item {}", index + 1)}>{ "Remove" }</button>
                    </td>
                </tr>
                <tr class="cost-errors"><td colspan="6">{ for errors }</td></tr>
            </>
        }
    });
    let add = send(DealAction::AddCost);
    let on_add = Callback::from(move |_: MouseEvent| add());
    html! {
        <fieldset class="costs">
            <legend>
                <span class="field-label">{ props.field.label }</span>
                <span class="source">{ source_text(props.field) }</span>
            </legend>
            <div class="table-scroll">
                <table class="cost-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Amount ($)" }</th>
                            <th scope="col">{ "Month" }</th>
                            <th scope="col">{ "Side" }</th>
                            <th scope="col">{ "Kind" }</th>
                            <th scope="col">{ "Label" }</th>
                            <th scope="col"><span class="visually-hidden">{ "Remove" }</span></th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="hint">{ "Month 0 is before traffic starts. Equipment is amortized over 12 months (cl. 4(5)(b)(v))." }</p>
            <button type="button" id="add-cost" disabled={count >= MAX_COST_ITEMS} onclick={on_add}>{ "Add cost item" }</button>
            <Says field={props.field} />
        </fieldset>
    }
}
