//! The notices: the link's warnings, then what the model says about the
//! scenario (each names its clause and months).

use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct NoticesProps {
    pub lines: Vec<String>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    html! {
        <section class="notices" aria-labelledby="notices-heading">
            <h2 id="notices-heading">{ "Notices" }</h2>
            <ul>{ for props.lines.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
        </section>
    }
}
