//! Every input of a deal beyond its levers, in the deal's groups (the Venture's:
//! from the contract, and assumptions; the MSA's: the order, ending early, the
//! shortfall and late-payment calculators; the Note's: its terms, what happens).

use super::field::Field;
use crate::scenario::deal_form::DealForm;
use crate::ui::state::Dispatch;
use crate::view::controls::field_snapshot;
use crate::view::sections::sections;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct PanelProps {
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

#[component]
pub fn Panel(props: &PanelProps) -> Html {
    let groups = sections(props.form.deal()).into_iter().map(|(section, fields)| {
        let heading = format!("{}-heading", section.id);
        let show_source = !section.all_assumptions();
        let fields = fields.into_iter().map(|field| {
            let snapshot = field_snapshot(&props.form, field);
            html! { <Field key={field.param} {field} form={props.form.clone()} dispatch={props.dispatch.clone()} {snapshot} {show_source} /> }
        });
        html! {
            <section class="group" aria-labelledby={heading.clone()}>
                <h3 id={heading}>{ section.title }</h3>
                <p class="group-intro">{ section.intro }</p>
                { for fields }
            </section>
        }
    });
    html! {
        <section class="panel" aria-labelledby="panel-heading">
            <h2 id="panel-heading">{ "Every other input" }</h2>
            <p class="group-intro">{ "Each input names its clause, or says it is an assumption." }</p>
            <div class="groups">{ for groups }</div>
        </section>
    }
}
