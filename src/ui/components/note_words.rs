//! The Note's words against figures: the principal written two ways that
//! disagree, the rule that decides it, and the payoff under each reading (the
//! reading itself is chosen with the "Principal as written" input).

use crate::scenario::deal_form::DealForm;
use crate::ui::state::Dispatch;
use crate::view::deal::payoffs_by_reading;
use crate::view::format::figure;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct NoteProps {
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

#[component]
pub fn WordsAgainstFigures(props: &NoteProps) -> Html {
    let current = props.form.value("amount");
    let payoffs = use_memo(props.form.scenario.clone(), payoffs_by_reading);
    html! {
        <section class="extra conflict" aria-labelledby="conflict-heading">
            <h2 id="conflict-heading">{ "Words against figures: which principal?" }</h2>
            <p>{ "The note states its principal twice, and the two disagree by ten cents:" }</p>
            <dl class="amounts">
                <div><dt>{ "In words" }</dt><dd>{ "ten thousand one hundred eighty-three and 10/100 dollars = 10,183.10" }</dd></div>
                <div><dt>{ "In figures" }</dt><dd>{ "$10,183.20" }</dd></div>
            </dl>
            <p class="rule">
                { "The rule: words control figures, unless the words are ambiguous (N.Y. U.C.C. § 3-118(c), applied to a note payable to a named person by § 3-805; the general canon of contract reading agrees). The words here are clear, so the model takes 10,183.10 unless you choose otherwise." }
            </p>
            <dl class="amounts payoffs">
                <div><dt>{ "Payoff under the words" }</dt><dd id="payoff-words">{ figure(&payoffs.0) }</dd></div>
                <div><dt>{ "Payoff under the figures" }</dt><dd id="payoff-figures">{ figure(&payoffs.1) }</dd></div>
            </dl>
            <p class="note">{ match current.as_str() {
                "words" => "The model takes the words; choose the reading under “Principal as written”.".to_string(),
                "figures" => "The model takes the figures; choose the reading under “Principal as written”.".to_string(),
                other => format!("The model takes another amount, from the link: {}.", figure(other)),
            } }</p>
        </section>
    }
}
