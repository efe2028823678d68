//! The risk view's draws made a slice at a time between frames, as the heatmap's
//! rows are (`chunked_grid.rs`): a slider stays responsive while 10,000
//! scenarios run, and a new scenario or plan cancels the draws still pending.
//! The time the whole run took is kept for the page's measurement
//! (`data-risk-ms`).

use crate::engine::venture::risk::figures::RiskFigures;
use crate::engine::venture::risk::{RiskPlan, RiskRun};
use crate::engine::venture::VentureInputs;
use crate::ui::dom;
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// Draws made so far and, once every draw is made, the figures.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskProgress {
    pub done: u32,
    pub draws: u32,
    /// Once finished: the figures, or `None` where no draw was valid.
    pub figures: Option<Option<Rc<RiskFigures>>>,
    /// While drawing, the figures of the run before (shown, marked as being
    /// redrawn, so the panel does not flicker at each move of a slider).
    pub previous: Option<Option<Rc<RiskFigures>>>,
    pub elapsed_ms: Option<f64>,
    pub compute_ms: Option<f64>,
}

impl RiskProgress {
    fn idle() -> RiskProgress {
        RiskProgress {
            done: 0,
            draws: 0,
            figures: None,
            previous: None,
            elapsed_ms: None,
            compute_ms: None,
        }
    }

    /// The figures to show: the finished ones, or while drawing the last shown.
    pub fn shown(&self) -> Option<&Option<Rc<RiskFigures>>> {
        self.figures.as_ref().or(self.previous.as_ref())
    }
}

/// Work per slice before yielding to the browser, in milliseconds.
const SLICE_MS: f64 = 6.0;
/// Draws between two looks at the clock (about half a millisecond of work).
const DRAWS_PER_CHECK: u32 = 100;

struct Job {
    run: RefCell<RiskRun>,
    started: f64,
    computing: Cell<f64>,
    /// Every slice scheduled, kept until the effect's cleanup drops them all,
    /// which cancels those not yet run.
    pending: RefCell<Vec<Timeout>>,
    publish: UseStateHandle<RiskProgress>,
}

impl Job {
    fn step(self: Rc<Self>) {
        let slice_start = dom::now_ms();
        let finished = {
            let mut run = self.run.borrow_mut();
            loop {
                let finished = run.advance(DRAWS_PER_CHECK);
                if finished || dom::now_ms() - slice_start > SLICE_MS {
                    break finished;
                }
            }
        };
        self.computing
            .set(self.computing.get() + dom::now_ms() - slice_start);
        let run = self.run.borrow();
        if finished {
            let figures = run.figures().map(Rc::new);
            self.publish.set(RiskProgress {
                done: run.done(),
                draws: run.plan().draws(),
                figures: Some(figures),
                previous: None,
                elapsed_ms: Some(dom::now_ms() - self.started),
                compute_ms: Some(self.computing.get()),
            });
        } else {
            let next = self.clone();
            self.pending
                .borrow_mut()
                .push(Timeout::new(0, move || next.step()));
        }
    }
}

/// The figures of `plan` on `inputs`, computed between frames while `active`.
#[hook]
pub fn use_chunked_risk(
    inputs: VentureInputs,
    plan: Option<RiskPlan>,
    active: bool,
) -> RiskProgress {
    let progress = use_state(RiskProgress::idle);
    {
        let progress = progress.clone();
        use_effect_with((inputs, plan, active), move |(inputs, plan, active)| {
            let job = match (active, plan) {
                (true, Some(plan)) => {
                    progress.set(RiskProgress {
                        draws: plan.draws(),
                        previous: progress.shown().cloned(),
                        ..RiskProgress::idle()
                    });
                    let job = Rc::new(Job {
                        run: RefCell::new(RiskRun::new(plan.clone(), inputs)),
                        started: dom::now_ms(),
                        computing: Cell::new(0.0),
                        pending: RefCell::new(Vec::new()),
                        publish: progress,
                    });
                    let first = job.clone();
                    job.pending
                        .borrow_mut()
                        .push(Timeout::new(0, move || first.step()));
                    Some(job)
                }
                _ => {
                    progress.set(RiskProgress::idle());
                    None
                }
            };
            // Cancels the draws not yet made (and breaks the job's cycle).
            move || {
                if let Some(job) = job {
                    job.pending.borrow_mut().clear();
                }
            }
        });
    }
    (*progress).clone()
}
