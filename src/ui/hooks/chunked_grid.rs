//! The heatmap's grid computed a row at a time between frames, so that a slider
//! stays responsive while 1,681 scenarios are evaluated; a new scenario cancels
//! the rows still pending and starts again. The time the whole grid took is kept
//! for the page's measurement (`data-grid-ms`).

use crate::scenario::grid::Axis;
use crate::scenario::link::LinkScenario;
use crate::scenario::output::Scalar;
use crate::scenario::seek::Evaluator;
use crate::scenario::sensitivity::{grid_row, heatmap_axes};
use crate::ui::dom;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Rows computed so far, the axes, and the time the whole grid took (ms) once done.
#[derive(Debug, Clone, PartialEq)]
pub struct GridProgress {
    pub axes: Option<(Axis, Axis)>,
    pub cells: Vec<Vec<Option<Scalar>>>,
    pub elapsed_ms: Option<f64>,
    /// The time spent computing (without the renders between slices), once done.
    pub compute_ms: Option<f64>,
}

/// Work per slice before yielding to the browser, in milliseconds.
const SLICE_MS: f64 = 12.0;
/// The least time between two renders of the grid in progress, in milliseconds.
const PUBLISH_MS: f64 = 100.0;

struct Job {
    evaluator: Evaluator,
    rows: Axis,
    cols: Axis,
    key: &'static str,
    cells: RefCell<Vec<Vec<Option<Scalar>>>>,
    started: f64,
    computing: std::cell::Cell<f64>,
    published: std::cell::Cell<f64>,
    /// Every slice scheduled: kept (never dropped while one runs) until the effect's
    /// cleanup drops them all, which cancels those not yet run.
    pending: RefCell<Vec<Timeout>>,
    publish: UseStateHandle<GridProgress>,
}

impl Job {
    fn step(self: Rc<Self>) {
        let slice_start = dom::now_ms();
        loop {
            let row = self.cells.borrow().len();
            if row >= self.rows.values.len() {
                break;
            }
            let row_start = dom::now_ms();
            let computed = grid_row(&self.evaluator, &self.rows, row, &self.cols, self.key);
            self.computing
                .set(self.computing.get() + dom::now_ms() - row_start);
            self.cells.borrow_mut().push(computed);
            if dom::now_ms() - slice_start > SLICE_MS {
                break;
            }
        }
        let done = self.cells.borrow().len() >= self.rows.values.len();
        // Each render of 1,681 cells costs a few milliseconds: show progress a few
        // times a second, not after every slice.
        let now = dom::now_ms();
        if !done && now - self.published.get() < PUBLISH_MS {
            let next = self.clone();
            self.pending
                .borrow_mut()
                .push(Timeout::new(0, move || next.step()));
            return;
        }
        self.published.set(now);
        self.publish.set(GridProgress {
            axes: Some((self.rows.clone(), self.cols.clone())),
            cells: self.cells.borrow().clone(),
            elapsed_ms: done.then(|| dom::now_ms() - self.started),
            compute_ms: done.then(|| self.computing.get()),
        });
        if !done {
            let next = self.clone();
            self.pending
                .borrow_mut()
                .push(Timeout::new(0, move || next.step()));
        }
    }
}

/// The grid of `key` over the heatmap's axes for `scenario`, filling in as it is computed.
#[hook]
pub fn use_chunked_grid(scenario: LinkScenario, key: &'static str, active: bool) -> GridProgress {
    let progress = use_state(|| GridProgress {
        axes: None,
        cells: Vec::new(),
        elapsed_ms: None,
        compute_ms: None,
    });
    {
        let progress = progress.clone();
        use_effect_with((scenario, key, active), move |(scenario, key, active)| {
            let job = match (active, heatmap_axes(scenario)) {
                (true, Ok((rows, cols))) => {
                    // A new grid starts empty: no cells of another scenario on show.
                    progress.set(GridProgress {
                        axes: Some((rows.clone(), cols.clone())),
                        cells: Vec::new(),
                        elapsed_ms: None,
                        compute_ms: None,
                    });
                    let job = Rc::new(Job {
                        evaluator: Evaluator::new(scenario),
                        rows,
                        cols,
                        key,
                        cells: RefCell::new(Vec::new()),
                        started: dom::now_ms(),
                        computing: std::cell::Cell::new(0.0),
                        published: std::cell::Cell::new(dom::now_ms()),
                        pending: RefCell::new(Vec::new()),
                        publish: progress,
                    });
                    let first = job.clone();
                    job.pending
                        .borrow_mut()
                        .push(Timeout::new(0, move || first.step()));
                    Some(job)
                }
                _ => None,
            };
            // Cancels the rows not yet computed (and breaks the job's cycle).
            move || {
                if let Some(job) = job {
                    job.pending.borrow_mut().clear();
                }
            }
        });
    }
    (*progress).clone()
}
