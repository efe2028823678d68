//! The risk view's draws made a slice at a time between frames, as the heatmap's
//! rows are (`slices.rs` schedules both): a slider stays responsive while
//! 10,000 scenarios run, and a new scenario or plan cancels the draws still
//! pending. The first slice waits for the frame after the input is painted,
//! and a slice yields early to a waiting input.
//! The time the whole run took is kept for the page's measurement
//! (`data-risk-ms`).

use super::slices::Slices;
use crate::ui::dom;
use crate::view::risk_run::{Draws, RiskFigures, RiskKey};
use std::cell::RefCell;
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
    /// How many slices the finished run took (`data-slices`: a browser test
    /// holds a slice to more than one check's draws while the mouse moves).
    pub slices: u32,
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
            slices: 0,
        }
    }

    /// The figures to show: the finished ones, or while drawing the last shown.
    pub fn shown(&self) -> Option<&Option<Rc<RiskFigures>>> {
        self.figures.as_ref().or(self.previous.as_ref())
    }
}

/// Draws between two looks at the clock and at waiting input (a draw is about
/// 5 µs in wasm: about a tenth of a millisecond of work), so that a slice
/// overruns its time, or keeps an input waiting, by little.
const DRAWS_PER_CHECK: u32 = 25;

struct Job {
    run: RefCell<Draws>,
    /// Yields a slice as soon as an input waits (Chromium's `isInputPending`).
    slices: Slices,
    publish: UseStateHandle<RiskProgress>,
}

impl Job {
    fn step(self: Rc<Self>) {
        let finished = self
            .slices
            .slice(|| self.run.borrow_mut().advance(DRAWS_PER_CHECK));
        if !finished {
            self.slices.later(&self, Job::step);
            return;
        }
        let run = self.run.borrow();
        self.publish.set(RiskProgress {
            done: run.done(),
            draws: run.planned(),
            figures: Some(run.figures()),
            previous: None,
            elapsed_ms: Some(self.slices.elapsed_ms()),
            compute_ms: Some(self.slices.computing_ms()),
            slices: self.slices.count(),
        });
    }
}

/// The figures of the key's plan on its scenario, computed between frames
/// while `active`.
#[hook]
pub fn use_chunked_risk(key: RiskKey, active: bool) -> RiskProgress {
    // `_eq`: a run restarted before it finished sets the same progress (no
    // figures yet, the same ones before), which then renders nothing again.
    let progress = use_state_eq(RiskProgress::idle);
    {
        let progress = progress.clone();
        use_effect_with((key, active), move |(key, active)| {
            let draws = active.then(|| Draws::start(key)).flatten();
            let job = draws.map(|draws| {
                progress.set(RiskProgress {
                    draws: key.draws(),
                    previous: progress.shown().cloned(),
                    ..RiskProgress::idle()
                });
                let job = Rc::new(Job {
                    run: RefCell::new(draws),
                    slices: Slices::new(dom::InputPending::lookup()),
                    publish: progress.clone(),
                });
                job.slices.after_paint(&job, Job::step);
                job
            });
            if job.is_none() {
                progress.set(RiskProgress::idle());
            }
            // Cancels the draws not yet made.
            Slices::cancel_on_cleanup(job.map(|job| job.slices.clone()))
        });
    }
    (*progress).clone()
}
