//! The Venture's risk view (`risk.md`): for each uncertain input a shape and its
//! from / most likely / to boxes, the draws and the seed, all written into the
//! link; then the odds that THIL's loan is recouped (a headline in words, the
//! histogram of recoup months, the curve "recouped by month N") and THIL's NPV
//! and Fusion's net cash at 5, 50 and 95 %. The draws run between frames
//! (`use_chunked_risk`), only while the panel is open.

use super::risk_figures::RiskFiguresView;
use super::select_box::SelectBox;
use super::text_box::TextBox;
use crate::scenario::deal_form::{DealAction, DealForm};
use crate::scenario::fields::venture_field;
use crate::scenario::risk::{input_key, shape_key};
use crate::ui::hooks::use_chunked_risk;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use crate::view::risk_boxes::{Boxes, RiskBoxesState};
use crate::view::risk_run::RiskKey;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct RiskPanelProps {
    pub form: Rc<DealForm>,
    pub dispatch: Dispatch,
}

/// Which box of a row changed.
#[derive(Clone, Copy)]
enum Part {
    Lo,
    Mode,
    Hi,
}

#[component]
pub fn RiskPanel(props: &RiskPanelProps) -> Html {
    // A link that carries a risk plan opens with the risk view showing: the
    // recipient sees what was sent.
    let open = use_state(|| props.form.risk.is_some());
    // The boxes, kept across renders and changed by the handlers below as
    // they happen (two edits before a render each start from the other's
    // result); every render first lets them follow a plan from elsewhere
    // (`view::risk_boxes`: a plan the boxes sent comes back without a reset).
    let state = use_mut_ref(|| RiskBoxesState::of(&props.form));
    let redraw = use_force_update();
    state.borrow_mut().follow(&props.form);
    let boxes = state.borrow().boxes.clone();
    let key = RiskKey::of(&props.form);
    let progress = use_chunked_risk(key.clone(), *open);

    // Every change of a box: the boxes are read as a link's items would be.
    let change = {
        let (state, redraw) = (state.clone(), redraw.clone());
        let form = props.form.clone();
        let dispatch = props.dispatch.clone();
        move |update: Box<dyn Fn(&mut Boxes)>| {
            let send = state.borrow_mut().edit(&form, update);
            redraw.force_update();
            if let Some(plan) = send {
                dispatch.dispatch(PageAction::Deal(DealAction::SetRisk(plan)));
            }
        }
    };
    let on_text = |index: usize, part: Part| {
        let change = change.clone();
        Callback::from(move |text: String| {
            change(Box::new(move |b: &mut Boxes| {
                if let Some((_, row)) = b.rows.get_mut(index) {
                    match part {
                        Part::Lo => row.lo = text.clone(),
                        Part::Mode => row.mode = text.clone(),
                        Part::Hi => row.hi = text.clone(),
                    }
                }
            }))
        })
    };
    let on_tick = |index: usize| {
        let change = change.clone();
        Callback::from(move |event: Event| {
            let Some(checked) = event
                .target_dyn_into::<HtmlInputElement>()
                .map(|input| input.checked())
            else {
                return;
            };
            change(Box::new(move |b: &mut Boxes| {
                if let Some((on, _)) = b.rows.get_mut(index) {
                    *on = checked;
                }
            }))
        })
    };
    let on_shape = |index: usize| {
        let change = change.clone();
        Callback::from(move |word: String| {
            change(Box::new(move |b: &mut Boxes| b.set_shape(index, &word)))
        })
    };
    let on_count = |draws: bool| {
        let change = change.clone();
        Callback::from(move |text: String| {
            change(Box::new(move |b: &mut Boxes| {
                if draws {
                    b.draws = text.clone()
                } else {
                    b.seed = text.clone()
                }
            }))
        })
    };

    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    const SHAPES: &[(&str, &str)] = &[
        ("uniform", "Uniform (every value equally likely)"),
        ("tri", "Triangular (most likely in between)"),
    ];
    let rows = boxes.rows.iter().enumerate().map(|(i, (on, row))| {
        let key = input_key(row.input);
        let label = venture_field(key).map_or(key, |f| f.label);
        let id = |part: &str| format!("risk-{key}-{part}");
        html! {
            <fieldset class="risk-input" data-input={key}>
                <legend>
                    <input type="checkbox" id={id("on")} checked={*on} onchange={on_tick(i)} />
                    <label for={id("on")}>{ label }</label>
                </legend>
                if *on {
                    <div class="risk-boxes">
                        <label for={id("shape")}>{ "Shape" }</label>
                        <SelectBox id={id("shape")} value={shape_key(row.shape)} options={SHAPES} on_change={on_shape(i)} />
                        <label for={id("lo")}>{ "From" }</label>
                        <TextBox id={id("lo")} text={row.lo.clone()} numeric=true on_text={on_text(i, Part::Lo)} />
                        if boxes.has_mode(i) {
                            <label for={id("mode")}>{ "Most likely" }</label>
                            <TextBox id={id("mode")} text={row.mode.clone()} numeric=true on_text={on_text(i, Part::Mode)} />
                        }
                        <label for={id("hi")}>{ "To" }</label>
                        <TextBox id={id("hi")} text={row.hi.clone()} numeric=true on_text={on_text(i, Part::Hi)} />
                    </div>
                }
            </fieldset>
        }
    });

    // The draws' CSV is written when the link is clicked, as the tables' are.
    // Kept while the scenario and the plan stay, so the figures (their own
    // component) are not drawn again when only the panel renders.
    let download = use_callback(key.clone(), |event: MouseEvent, key: &RiskKey| {
        crate::ui::dom::set_download(&event, "text/csv", key.draws_csv())
    });
    let month = key.headline_month();
    let drawing = progress.figures.is_none() && props.form.risk.is_some();
    // Always drawn (empty when idle): yew 0.23's `html!` adds no child for a
    // `None`, and its unkeyed diff pairs children from the back, so a status
    // that came and went rebuilt the settings before it, the boxes being typed
    // in included (yewstack/yew#3262, fixed after 0.23 by #4099).
    let status = if drawing {
        format!("Drawing… {} of {} draws", progress.done, progress.draws)
    } else {
        String::new()
    };
    let figures = match progress.shown() {
        _ if props.form.risk.is_none() => {
            html! { <p class="risk-empty">{ "Tick an input and give its range to see the odds." }</p> }
        }
        None => Html::default(),
        Some(None) => {
            html! { <p class="model-error" role="alert">{ "No draw is within the model's range: narrow the ranges." }</p> }
        }
        Some(Some(figures)) => html! {
            <RiskFiguresView figures={figures.clone()} {month} download={download.clone()} />
        },
    };
    let ms = |value: Option<f64>| {
        value
            .map(|v| crate::scenario::values::write_fixed(v, 1))
            .unwrap_or_default()
    };
    // Built only when the panel is open (a closure, called under the `if`).
    let body = || {
        html! {
            <>
                <div class="risk-settings">
                    { for rows }
                    <div class="risk-counts">
                        <label for="risk-draws">{ "Draws (100 to 100,000)" }</label>
                        <TextBox id="risk-draws" inputmode="numeric" placeholder="10000" text={boxes.draws.clone()} numeric=true on_text={on_count(true)} />
                        <label for="risk-seed">{ "Seed" }</label>
                        <TextBox id="risk-seed" inputmode="numeric" placeholder="1" text={boxes.seed.clone()} numeric=true on_text={on_count(false)} />
                    </div>
                    <div class="risk-errors">
                        { for boxes.errors.iter().map(|e| html! { <p class="field-error" role="alert">{ e.clone() }</p> }) }
                    </div>
                </div>
                <p class="risk-progress" role="status">{ status }</p>
                // While the next draws run, the last figures stay, dimmed and busy.
                <div id="risk-result" class={classes!(drawing.then_some("risk-stale"))} aria-busy={drawing.then_some("true")} data-risk-ms={ms(progress.elapsed_ms)} data-compute-ms={ms(progress.compute_ms)} data-done={progress.done.to_string()} data-slices={progress.slices.to_string()}>
                    { figures }
                </div>
            </>
        }
    };
    html! {
        <section class="extra risk" aria-labelledby="risk-heading">
            <div class="compare-head">
                <h2 id="risk-heading">{ "Risk" }</h2>
                <button type="button" id="show-risk" aria-expanded={(*open).to_string()} onclick={toggle}>
                    { if *open { "Hide" } else { "Show the odds over ranges of inputs" } }
                </button>
            </div>
            // `if`, not an `Option`: the heading and its button stay the same
            // elements (and keep the focus) when the panel opens.
            if *open { { body() } }
        </section>
    }
}
