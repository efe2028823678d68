//! The headline figures, each with its id and `data-value` (the DOM contract),
//! in a polite live region so that a change is announced.

use crate::view::headline::Headline;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct HeadlinesProps {
    pub headlines: Rc<Vec<Headline>>,
}

#[component]
pub fn Headlines(props: &HeadlinesProps) -> Html {
    let items = props.headlines.iter().map(|h| {
        html! {
            <div class={classes!("headline", h.lead.then_some("lead"))}>
                <dt>{ h.label }</dt>
                <dd id={h.id.clone()} class="figure" tabindex="0" data-value={h.data_value.clone()}>{ h.text.clone() }</dd>
                <dd class="note">{ h.note.clone() }</dd>
            </div>
        }
    });
    html! {
        <dl class="headlines" aria-live="polite">{ for items }</dl>
    }
}
