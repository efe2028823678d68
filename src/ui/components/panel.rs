//! Every input beyond the three sliders and the terms, in two groups: the terms
//! of the contract (each with its clause) and the assumptions.

use super::field::Field;
use crate::scenario::deal_form::DealForm;
use crate::ui::state::Dispatch;
use crate::view::controls::{field_snapshot, panel_groups};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct PanelProps {
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

#[component]
pub fn Panel(props: &PanelProps) -> Html {
    let (contract, assumptions) = panel_groups();
    let fields = |list: Vec<&'static crate::scenario::fields::FieldInfo>| {
        list.into_iter()
            .map(|field| {
                let snapshot = field_snapshot(&props.form, field);
                html! { <Field key={field.param} {field} form={props.form.clone()} dispatch={props.dispatch.clone()} {snapshot} /> }
            })
            .collect::<Html>()
    };
    html! {
        <section class="panel" aria-labelledby="panel-heading">
            <h2 id="panel-heading">{ "Every other input" }</h2>
            <div class="groups">
                <section class="group" aria-labelledby="contract-heading">
                    <h3 id="contract-heading">{ "From the contract" }</h3>
                    <p class="group-intro">{ "Terms of the agreement, each with its clause." }</p>
                    { fields(contract) }
                </section>
                <section class="group" aria-labelledby="assumptions-heading">
                    <h3 id="assumptions-heading">{ "Assumptions" }</h3>
                    <p class="group-intro">{ "Not in any contract: prices, estimates and dates." }</p>
                    { fields(assumptions) }
                </section>
            </div>
        </section>
    }
}
