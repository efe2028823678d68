//! The risk view's draws made a slice at a time between frames, as the heatmap's
//! rows are (`chunked_grid.rs`): a slider stays responsive while 10,000
//! scenarios run, and a new scenario or plan cancels the draws still pending.
//! The time the whole run took is kept for the page's measurement
//! (`data-risk-ms`).

use crate::ui::dom;
use crate::view::risk_run::{Draws, RiskFigures, RiskKey};
use gloo::render::{request_animation_frame, AnimationFrame};
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

/// Work per slice before yielding to the browser, in milliseconds.
const SLICE_MS: f64 = 6.0;
/// Draws between two looks at the clock and at waiting input (a draw is about
/// 5 µs in wasm: about a tenth of a millisecond of work), so that a slice
/// overruns its time, or keeps an input waiting, by little.
const DRAWS_PER_CHECK: u32 = 25;
/// Work a slice does before it asks whether input waits: each slice costs a
/// task and its wait, so a slice is never cut to one check's draws. Only
/// discrete input counts (`dom::InputPending`): pointer moves, a mouse merely
/// passing over the page, made every slice end early and the draws run many
/// times slower.
const SLICE_BEFORE_INPUT_MS: f64 = 1.5;

struct Job {
    run: RefCell<Draws>,
    /// Chromium's `isInputPending`: a slice ends as soon as an input waits.
    input: Option<dom::InputPending>,
    started: f64,
    computing: Cell<f64>,
    slices: Cell<u32>,
    /// The next slice's task and the task that scheduled it: a task is never
    /// dropped from its own callback, so `later` writes the other slot. The
    /// effect's cleanup drops both, which cancels the one not yet run.
    pending: RefCell<[Option<Timeout>; 2]>,
    next_slot: Cell<usize>,
    /// The frame the first slice waits for (see `start`).
    frame: RefCell<Option<AnimationFrame>>,
    publish: UseStateHandle<RiskProgress>,
}

impl Job {
    /// Schedules the first slice after the next paint: the input that started
    /// this run (a slider moved) has just rendered the page, and a slice run
    /// before that frame would hold the frame back by its length. The callback
    /// of `requestAnimationFrame` runs just before the paint; the timeout it
    /// posts runs after it, and posts the first slice behind the other tasks
    /// posted in that frame (what else waited for the paint goes first).
    fn start(self: &Rc<Self>) {
        let first = self.clone();
        let frame = request_animation_frame(move |_| first.later(|job| job.later(Job::step)));
        *self.frame.borrow_mut() = Some(frame);
    }

    /// Runs `then` in a task of its own, cancelled with the job.
    fn later(self: &Rc<Self>, then: fn(Rc<Job>)) {
        let next = self.clone();
        let slot = self.next_slot.get();
        self.next_slot.set(1 - slot);
        self.pending.borrow_mut()[slot] = Some(Timeout::new(0, move || then(next)));
    }

    fn step(self: Rc<Self>) {
        let slice_start = dom::now_ms();
        self.slices.set(self.slices.get() + 1);
        let finished = {
            let mut run = self.run.borrow_mut();
            loop {
                let finished = run.advance(DRAWS_PER_CHECK);
                let spent = dom::now_ms() - slice_start;
                if finished
                    || spent > SLICE_MS
                    || (spent > SLICE_BEFORE_INPUT_MS
                        && self.input.as_ref().is_some_and(dom::InputPending::now))
                {
                    break finished;
                }
            }
        };
        self.computing
            .set(self.computing.get() + dom::now_ms() - slice_start);
        let run = self.run.borrow();
        if finished {
            let figures = run.figures();
            self.publish.set(RiskProgress {
                done: run.done(),
                draws: run.planned(),
                figures: Some(figures),
                previous: None,
                elapsed_ms: Some(dom::now_ms() - self.started),
                compute_ms: Some(self.computing.get()),
                slices: self.slices.get(),
            });
        } else {
            self.later(Job::step);
        }
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
            let job = match active.then(|| Draws::start(key)).flatten() {
                Some(draws) => {
                    progress.set(RiskProgress {
                        draws: key.draws(),
                        previous: progress.shown().cloned(),
                        ..RiskProgress::idle()
                    });
                    let job = Rc::new(Job {
                        run: RefCell::new(draws),
                        input: dom::InputPending::lookup(),
                        started: dom::now_ms(),
                        computing: Cell::new(0.0),
                        slices: Cell::new(0),
                        pending: RefCell::new([None, None]),
                        next_slot: Cell::new(0),
                        frame: RefCell::new(None),
                        publish: progress,
                    });
                    job.start();
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
                    job.frame.borrow_mut().take();
                    *job.pending.borrow_mut() = [None, None];
                }
            }
        });
    }
    (*progress).clone()
}
