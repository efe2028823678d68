//! One scheduler for work between frames (the heatmap's grid, the risk
//! view's draws): long work runs a slice of about 6 ms at a time, each slice
//! in a task of its own, so that input and painting go between slices and a
//! dragged slider stays responsive. A job holds its `Slices` (what is pending,
//! and the clock); the effect that starts the job cancels it in its cleanup.

use crate::ui::dom;
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Work per slice before yielding to the browser (input and painting), in ms:
/// small enough that an input event waits at most about a third of a frame.
const SLICE_MS: f64 = 6.0;
/// Work a slice does before it asks whether input waits: each slice costs a
/// task and its wait, so a slice is never cut to a step or two. Only discrete
/// input counts (`dom::InputPending`): pointer moves, a mouse merely passing
/// over the page, made every slice end early and the work run many times
/// slower.
const SLICE_BEFORE_INPUT_MS: f64 = 1.5;

/// A job's scheduler: its pending tasks and its clock. A clone is the same
/// scheduler (the job's tasks reach it through one).
#[derive(Clone)]
pub struct Slices(Rc<State>);

struct State {
    /// Chromium's `isInputPending`, where a slice ends as soon as an input
    /// waits; `None` where the job works its whole slice.
    input: Option<dom::InputPending>,
    started: f64,
    computing: Cell<f64>,
    count: Cell<u32>,
    /// The next task and the task that scheduled it: a task is never dropped
    /// from its own callback, so `later` writes the other slot. `cancel` drops
    /// both, which cancels the one not yet run.
    pending: RefCell<[Option<Timeout>; 2]>,
    next_slot: Cell<usize>,
    /// The frame the first slice waits for (see `after_paint`).
    frame: RefCell<Option<AnimationFrame>>,
}

impl Slices {
    /// A scheduler whose clock starts now; with `input`, a slice yields early
    /// to a waiting discrete input.
    pub fn new(input: Option<dom::InputPending>) -> Slices {
        Slices(Rc::new(State {
            input,
            started: dom::now_ms(),
            computing: Cell::new(0.0),
            count: Cell::new(0),
            pending: RefCell::new([None, None]),
            next_slot: Cell::new(0),
            frame: RefCell::new(None),
        }))
    }

    /// Runs `then` on `job` in a task of its own, cancelled with the job.
    pub fn later<J: 'static>(&self, job: &Rc<J>, then: impl FnOnce(Rc<J>) + 'static) {
        let next = job.clone();
        let slot = self.0.next_slot.get();
        self.0.next_slot.set(1 - slot);
        self.0.pending.borrow_mut()[slot] = Some(Timeout::new(0, move || then(next)));
    }

    /// Runs `then` on `job` after the next paint: the input that started the
    /// job (a slider moved) has just rendered the page, and a slice run before
    /// that frame would hold the frame back by its length. The callback of
    /// `requestAnimationFrame` runs just before the paint; the task it posts
    /// runs after it, and posts `then` behind the other tasks posted in that
    /// frame (what else waited for the paint goes first).
    pub fn after_paint<J: 'static>(&self, job: &Rc<J>, then: fn(Rc<J>)) {
        let (slices, first) = (self.clone(), job.clone());
        let frame = request_animation_frame(move |_| {
            let hop = slices.clone();
            slices.later(&first, move |job| hop.later(&job, then));
        });
        *self.0.frame.borrow_mut() = Some(frame);
    }

    /// Runs `work`, its time counted as computing.
    pub fn timed<T>(&self, work: impl FnOnce() -> T) -> T {
        let start = dom::now_ms();
        let out = work();
        let computing = &self.0.computing;
        computing.set(computing.get() + dom::now_ms() - start);
        out
    }

    /// One slice: runs `step` until it says the work is finished, the slice's
    /// time is spent, or (past its first part) a discrete input waits.
    /// Whether the work is finished.
    pub fn slice(&self, mut step: impl FnMut() -> bool) -> bool {
        self.0.count.set(self.0.count.get() + 1);
        self.timed(|| {
            let slice_start = dom::now_ms();
            loop {
                let finished = step();
                let spent = dom::now_ms() - slice_start;
                if finished
                    || spent > SLICE_MS
                    || (spent > SLICE_BEFORE_INPUT_MS
                        && self.0.input.as_ref().is_some_and(dom::InputPending::now))
                {
                    break finished;
                }
            }
        })
    }

    /// Wall time since the scheduler started (ms).
    pub fn elapsed_ms(&self) -> f64 {
        dom::now_ms() - self.0.started
    }

    /// Time spent in `timed` work and slices (ms): without the renders and
    /// input between them.
    pub fn computing_ms(&self) -> f64 {
        self.0.computing.get()
    }

    /// How many slices have run.
    pub fn count(&self) -> u32 {
        self.0.count.get()
    }

    /// The cleanup of the effect that started the job: cancels the frame and
    /// the task not yet run (and breaks the cycle of the job and its tasks).
    pub fn cancel_on_cleanup(slices: Option<Slices>) -> impl FnOnce() {
        move || {
            if let Some(slices) = slices {
                slices.0.frame.borrow_mut().take();
                *slices.0.pending.borrow_mut() = [None, None];
            }
        }
    }
}
