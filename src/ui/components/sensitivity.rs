//! The Venture's sensitivity: a heatmap of the recoup month (or THIL's NPV) over
//! minutes a month × termination rate, 41 × 41 scenarios computed coarse then
//! full while the sliders move (a cell sets its scenario), and a tornado of THIL's NPV and
//! Fusion's net cash for each input moved ±10 %. Computed only while shown.

use super::tornado::Tornado;
use crate::engine::venture::VentureInputs;
use crate::scenario::deal_form::DealAction;
use crate::scenario::link::LinkScenario;
use crate::scenario::output::{venture_result_scalars, Scalar};
use crate::scenario::sensitivity::tornado;
use crate::scenario::values::write_decimal;
use crate::ui::hooks::use_chunked_grid;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::sensitivity::{tornado_rows, HeatKey};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct SensitivityProps {
    pub inputs: VentureInputs,
    pub dispatch: Dispatch,
}

#[component]
pub fn Sensitivity(props: &SensitivityProps) -> Html {
    let open = use_state(|| false);
    let key = use_state(|| HeatKey::RecoupMonth);
    let scenario = LinkScenario::Venture(props.inputs.clone());
    let grid = use_chunked_grid(scenario, key.key(), *open);
    let bars = use_memo((props.inputs.clone(), *open), |(inputs, open)| {
        open.then(|| tornado(inputs))
    });
    // The scenario on show was computed for the page: this takes its outcome.
    let base = use_memo((props.inputs.clone(), *open), |(inputs, open)| {
        if !open {
            return None;
        }
        let run = crate::scenario::run::venture(inputs);
        run.as_ref().as_ref().ok().map(venture_result_scalars)
    });

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
            <super::heatmap::Heatmap key_shown={*key} grid={grid.clone()} minutes={props.inputs.minutes} rate={props.inputs.termination_rate} on_pick={pick.clone()} />
        };
        let tornado_chart = |fusion: bool, title: &str, id: &'static str| {
            let (Some(bars), Some(base)) = (bars.as_ref(), base.as_ref()) else {
                return html! {};
            };
            let key = if fusion {
                "fusion_net_cash"
            } else {
                "thil_npv"
            };
            let base_value = base
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(Scalar::Null, |(_, v)| v.clone());
            let rows = Rc::new(tornado_rows(
                bars,
                &base_value,
                fusion,
                super::tornado::HALF_WIDTH,
            ));
            let title = format!(
                "{title} (now {})",
                crate::view::format::show(crate::scenario::catalogue::Kind::Money, &base_value)
            );
            html! { <Tornado {id} {title} {rows} /> }
        };
        html! {
            <>
                <fieldset class="choice">
                    <legend><span class="field-label">{ "The heatmap shows" }</span></legend>
                    <div class="radios">
                        <div class="radio"><input type="radio" id="heat-recoup" name="heat" checked={*key == HeatKey::RecoupMonth} onchange={choose(HeatKey::RecoupMonth)} /><label for="heat-recoup">{ "The recoup month" }</label></div>
                        <div class="radio"><input type="radio" id="heat-npv" name="heat" checked={*key == HeatKey::ThilNpv} onchange={choose(HeatKey::ThilNpv)} /><label for="heat-npv">{ "THIL's NPV" }</label></div>
                    </div>
                </fieldset>
                { heatmap }
                { tornado_chart(false, "THIL's NPV, each input ±10 %", "tornado-npv") }
                { tornado_chart(true, "Fusion's net cash, each input ±10 %", "tornado-fusion") }
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
