//! "What would it take?": the goal seek on the page, for any deal. Choose the
//! input to vary, the result and the value it must reach; the answer is the
//! smallest (or largest) value of the input, at its precision and within its
//! range, that meets it — or why none does. One click puts the answer in.

use crate::scenario::deal_form::DealAction;
use crate::scenario::link::LinkScenario;
use crate::scenario::seek::Extreme;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::seek::{seek_on_page, target_choices, value_label, vary_choices, SeekShown};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct GoalSeekProps {
    pub scenario: LinkScenario,
    pub dispatch: Dispatch,
}

#[component]
pub fn GoalSeek(props: &GoalSeekProps) -> Html {
    let deal = crate::scenario::deal_form::Deal::of_scenario(&props.scenario);
    let vary_list = vary_choices(&props.scenario);
    let target_list = target_choices(deal);
    let params: Vec<&'static str> = vary_list.iter().map(|(param, _)| *param).collect();
    let keys: Vec<&'static str> = target_list.iter().map(|(key, _)| *key).collect();
    // The question each deal is asked first: minutes, the monthly charge, the rate.
    let first_choice = ["min", "mrc", "rate"]
        .into_iter()
        .find(|p| params.contains(p));
    let vary = use_state(|| first_choice.or(params.first().copied()).unwrap_or("min"));
    let key = use_state(|| keys.first().copied().unwrap_or("recoup_month"));
    let value = use_state(String::new);
    let largest = use_state(|| false);
    let answer = use_state(|| None::<SeekShown>);

    let on_vary = {
        let vary = vary.clone();
        let params = params.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                if let Some(p) = params.iter().find(|p| **p == select.value()) {
                    vary.set(p);
                }
            }
        })
    };
    let on_key = {
        let key = key.clone();
        let keys = keys.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                if let Some(k) = keys.iter().find(|k| **k == select.value()) {
                    key.set(k);
                }
            }
        })
    };
    let on_value = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                value.set(input.value());
            }
        })
    };
    let on_largest = {
        let largest = largest.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                largest.set(input.checked());
            }
        })
    };
    let on_find = {
        let (scenario, vary, key, value, largest, answer) = (
            props.scenario.clone(),
            vary.clone(),
            key.clone(),
            value.clone(),
            largest.clone(),
            answer.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let extreme = if *largest {
                Extreme::Largest
            } else {
                Extreme::Smallest
            };
            answer.set(Some(seek_on_page(&scenario, &vary, &key, &value, extreme)));
        })
    };
    let vary_label = vary_list
        .iter()
        .find(|(param, _)| *param == *vary)
        .map_or("", |(_, label)| *label);
    let result = match answer.as_ref() {
        None => html! {},
        Some(SeekShown::NotFound(words)) => {
            html! { <p class="seek-answer" id="seek-answer" role="status" data-value="">{ words.clone() }</p> }
        }
        Some(SeekShown::Found { value, words }) => {
            let use_it = {
                let dispatch = props.dispatch.clone();
                let (param, text) = (*vary, value.clone());
                Callback::from(move |_: MouseEvent| {
                    dispatch.dispatch(PageAction::Deal(DealAction::Set {
                        param,
                        text: text.clone(),
                    }))
                })
            };
            html! {
                <p class="seek-answer" id="seek-answer" role="status" data-value={value.clone()}>
                    { format!("{words} ") }
                    <button type="button" id="seek-use" onclick={use_it}>{ format!("Set {vary_label} to {}", crate::view::format::group_thousands(value)) }</button>
                </p>
            }
        }
    };
    html! {
        <section class="extra goal-seek" aria-labelledby="seek-heading">
            <h2 id="seek-heading">{ "What would it take?" }</h2>
            <p class="section-intro">{ "Goal seek: the smallest value of an input (or the largest) that reaches a result — a recoup month at most N, an amount at least X — exact to the input's precision, within its range." }</p>
            <form class="seek-row" onsubmit={on_find}>
                <div>
                    <label for="seek-vary">{ "Vary" }</label>
                    <select id="seek-vary" onchange={on_vary}>
                        { for vary_list.iter().map(|(p, label)| html! { <option value={*p} selected={*p == *vary}>{ *label }</option> }) }
                    </select>
                </div>
                <div>
                    <label for="seek-key">{ "until" }</label>
                    <select id="seek-key" onchange={on_key}>
                        { for target_list.iter().map(|(k, label)| html! { <option value={*k} selected={*k == *key}>{ *label }</option> }) }
                    </select>
                </div>
                <div>
                    <label for="seek-value">{ value_label(deal, &key) }</label>
                    <input type="text" id="seek-value" inputmode="decimal" autocomplete="off" value={(*value).clone()} oninput={on_value} />
                </div>
                <div class="toggle">
                    <input type="checkbox" id="seek-largest" checked={*largest} onchange={on_largest} />
                    <label for="seek-largest">{ "the largest value instead" }</label>
                </div>
                <button type="submit" id="seek-find" class="primary">{ "Find" }</button>
            </form>
            { result }
        </section>
    }
}
