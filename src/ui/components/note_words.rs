//! The Note's words against figures: the principal written two ways that
//! disagree, the rule that decides it, and the switch to the other reading,
//! with the payoff under each.

use crate::scenario::deal_form::{DealAction, DealForm};
use crate::scenario::link::{write_link, Link, LinkScenario};
use crate::scenario::note::{FIGURES_AMOUNT, WORDS_AMOUNT};
use crate::scenario::output::{link_output, scalar_text};
use crate::scenario::read_link;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::format::figure;
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct NoteProps {
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

/// The payoff under a reading of the principal, as the output prints it.
fn payoff_under(scenario: &LinkScenario, reading: &str) -> String {
    let link = write_link(scenario);
    let mut parts: Vec<&str> = link
        .split('&')
        .filter(|p| !p.starts_with("amount="))
        .collect();
    let amount = format!("amount={reading}");
    parts.push(&amount);
    read_link(&parts.join("&"))
        .ok()
        .and_then(|link: Link| link_output(&link).ok())
        .map(|output| scalar_text(&output.results, "payoff"))
        .unwrap_or_default()
}

#[component]
pub fn WordsAgainstFigures(props: &NoteProps) -> Html {
    let current = props.form.value("amount");
    let payoffs = use_memo(props.form.scenario.clone(), |scenario| {
        (
            payoff_under(scenario, "words"),
            payoff_under(scenario, "figures"),
        )
    });
    let choose = |word: &'static str| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: Event| {
            dispatch.dispatch(PageAction::Deal(DealAction::Set {
                param: "amount",
                text: word.to_string(),
            }))
        })
    };
    let other = current != "words" && current != "figures";
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
            <fieldset class="choice">
                <legend><span class="field-label">{ "The principal the model takes" }</span></legend>
                <div class="radios">
                    <div class="radio">
                        <input type="radio" id="amount-words" name="amount-reading" value="words" checked={current == "words"} onchange={choose("words")} />
                        <label for="amount-words">{ format!("The words: {} (payoff {})", figure(&format!("{WORDS_AMOUNT:.2}")), figure(&payoffs.0)) }</label>
                    </div>
                    <div class="radio">
                        <input type="radio" id="amount-figures" name="amount-reading" value="figures" checked={current == "figures"} onchange={choose("figures")} />
                        <label for="amount-figures">{ format!("The figures: {} (payoff {})", figure(&format!("{FIGURES_AMOUNT:.2}")), figure(&payoffs.1)) }</label>
                    </div>
                </div>
                { other.then(|| html! { <p class="note">{ format!("Another amount is typed below: {}.", figure(&current)) }</p> }) }
            </fieldset>
        </section>
    }
}
