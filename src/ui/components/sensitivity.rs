//! The Venture's sensitivity: a heatmap of the recoup month (or THIL's NPV) over
//! minutes a month × termination rate, 41 × 41 scenarios computed coarse then
//! full while the sliders move (a cell sets its scenario), and a tornado of THIL's NPV and
//! Fusion's net cash for each input moved ±10 %. Computed only while shown.

use super::tornado::Tornado;
use crate::scenario::deal_form::DealAction;
use crate::scenario::link::LinkScenario;
use crate::scenario::values::write_decimal;
use crate::ui::hooks::use_chunked_grid;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::sensitivity::{ring_of, tornado_chart, tornado_of, HeatKey};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct SensitivityProps {
    /// The Venture's scenario on show.
    pub scenario: LinkScenario,
    pub dispatch: Dispatch,
}

#[component]
pub fn Sensitivity(props: &SensitivityProps) -> Html {
    let open = use_state(|| false);
    let key = use_state(|| HeatKey::RecoupMonth);
    let grid = use_chunked_grid(props.scenario.clone(), key.key(), *open);
    // The scenario on show was computed for the page: its results come from that run.
    let tornado = use_memo((props.scenario.clone(), *open), |(scenario, open)| {
        open.then(|| tornado_of(scenario)).flatten()
    });
    let (minutes, rate) = ring_of(&props.scenario);

    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // A cell taken from the heatmap sets both of its inputs, as typing them would.
    let pick = {
        let dispatch = props.dispatch.clone();
        Callback::from(
            move |(minutes, rate): (rust_decimal::Decimal, rust_decimal::Decimal)| {
                for (param, value) in [("min", minutes), ("term", rate)] {
                    dispatch.dispatch(PageAction::Deal(DealAction::Set {
                        param,
                        text: write_decimal(value),
                    }));
                }
            },
        )
    };
    let choose = |choice: HeatKey| {
        let key = key.clone();
        Callback::from(move |_: Event| key.set(choice))
    };
    let body = || {
        let heatmap = html! {
            <super::heatmap::Heatmap key_shown={*key} grid={grid.clone()} {minutes} {rate} on_pick={pick.clone()} />
        };
        let tornado_chart = |fusion: bool, id: &'static str| {
            let Some(data) = tornado.as_ref() else {
                return html! {};
            };
            let (rows, title) = tornado_chart(data, fusion, super::tornado::HALF_WIDTH);
            let rows = Rc::new(rows);
            html! { <Tornado {id} {title} {rows} /> }
        };
        html! {
            <>
                <fieldset class="choice">
                    <legend><span class="field-label">{ "The heatmap shows" }</span></legend>
                    <div class="radios">
                        <div class="radio"><input type="radio" id="heat-recoup" name="heat" checked={*key == HeatKey::RecoupMonth} onchange={choose(HeatKey::RecoupMonth)} /><label for="heat-recoup">{ HeatKey::RecoupMonth.label() }</label></div>
                        <div class="radio"><input type="radio" id="heat-npv" name="heat" checked={*key == HeatKey::ThilNpv} onchange={choose(HeatKey::ThilNpv)} /><label for="heat-npv">{ HeatKey::ThilNpv.label() }</label></div>
                    </div>
                </fieldset>
                { heatmap }
                { tornado_chart(false, "tornado-npv") }
                { tornado_chart(true, "tornado-fusion") }
            </>
        }
    };
    html! {
        <section class="extra sensitivity" aria-labelledby="sensitivity-heading">
            <div class="compare-head">
                <h2 id="sensitivity-heading">{ "Sensitivity" }</h2>
                <button type="button" id="show-sensitivity" aria-expanded={(*open).to_string()} onclick={toggle}>
                    { if *open { "Hide" } else { "Show the heatmap and the tornado" } }
                </button>
            </div>
            // `if`, not an `Option` (which yew 0.23 adds as no child at all and
            // pairs from the back): the heading and its button stay the same
            // elements, and keep the focus, when the section opens.
            if *open { { body() } }
        </section>
    }
}
