//! The heatmap's grid computed between frames so that a slider stays responsive
//! while 1,681 scenarios are evaluated: when a map is on show, a coarse 11 × 11
//! grid first (shown at once, spread over the map), then the full rows in slices
//! of a few milliseconds, published when complete. A new scenario cancels the slices
//! still pending and starts again; the map on show stays until its successor is
//! ready, so a dragged slider never blanks it. Moving the map's own two inputs
//! (minutes, the termination rate) computes nothing: only the ring moves. The times are kept for the page's
//! measurement (`data-grid-ms`, `data-compute-ms`). `slices.rs` schedules the
//! slices, as it does the risk view's draws.

use super::slices::Slices;
use crate::scenario::grid::Axis;
use crate::scenario::link::{write_link, LinkScenario};
use crate::scenario::output::Scalar;
use crate::scenario::seek::Evaluator;
use crate::scenario::sensitivity::{coarse_axis, grid_row, heatmap_axes, map_basis, spread_coarse};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The grid on show: its axes, its cells, and for which scenario.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GridProgress {
    pub axes: Option<(Axis, Axis)>,
    pub cells: Vec<Vec<Option<Scalar>>>,
    /// The link of the scenario whose full grid is on show (`None` while the
    /// cells are a coarse preview or another scenario's); inside the hook, the
    /// link of the basis it was computed for.
    pub scenario: Option<String>,
    /// Wall time from the start of the grid to the full grid (ms), once done.
    pub elapsed_ms: Option<f64>,
    /// The time spent computing (without the renders and input between slices).
    pub compute_ms: Option<f64>,
}

/// The coarse grid takes every fourth point: 11 × 11 of 41 × 41.
const COARSE_STEP: usize = 4;

struct Job {
    evaluator: Evaluator,
    rows: Axis,
    cols: Axis,
    key: &'static str,
    link: String,
    cells: RefCell<Vec<Vec<Option<Scalar>>>>,
    /// Works its whole slice (a row is a few milliseconds: it does not ask
    /// whether input waits).
    slices: Slices,
    publish: UseStateHandle<GridProgress>,
}

impl Job {
    /// The coarse grid, shown at once in place of the last map.
    fn coarse(self: Rc<Self>) {
        let (rows, cols) = (
            coarse_axis(&self.rows, COARSE_STEP),
            coarse_axis(&self.cols, COARSE_STEP),
        );
        let sampled: Vec<_> = self.slices.timed(|| {
            (0..rows.values.len())
                .map(|r| grid_row(&self.evaluator, &rows, r, &cols, self.key))
                .collect()
        });
        self.publish.set(GridProgress {
            axes: Some((self.rows.clone(), self.cols.clone())),
            cells: spread_coarse(
                &sampled,
                COARSE_STEP,
                self.rows.values.len(),
                self.cols.values.len(),
            ),
            scenario: None,
            elapsed_ms: None,
            compute_ms: None,
        });
        self.slices.later(&self, Job::fine);
    }

    /// Full rows for a slice; the whole grid is published when complete (one
    /// render of the map, not one per slice).
    fn fine(self: Rc<Self>) {
        let total = self.rows.values.len();
        let finished = self.slices.slice(|| {
            let row = self.cells.borrow().len();
            if row < total {
                let computed = grid_row(&self.evaluator, &self.rows, row, &self.cols, self.key);
                self.cells.borrow_mut().push(computed);
            }
            self.cells.borrow().len() >= total
        });
        if !finished {
            self.slices.later(&self, Job::fine);
            return;
        }
        self.publish.set(GridProgress {
            axes: Some((self.rows.clone(), self.cols.clone())),
            cells: self.cells.take(),
            scenario: Some(self.link.clone()),
            elapsed_ms: Some(self.slices.elapsed_ms()),
            compute_ms: Some(self.slices.computing_ms()),
        });
    }
}

/// The grid of `key` over the heatmap's axes for `scenario`, coarse first, then full.
#[hook]
pub fn use_chunked_grid(scenario: LinkScenario, key: &'static str, active: bool) -> GridProgress {
    let progress = use_state(GridProgress::default);
    let basis = map_basis(&scenario);
    let basis_link = write_link(&basis);
    {
        let progress = progress.clone();
        use_effect_with((basis, key, active), move |(scenario, key, active)| {
            let progress_shown = !progress.cells.is_empty();
            let Some((rows, cols)) = heatmap_axes(scenario).ok().filter(|_| *active) else {
                progress.set(GridProgress::default());
                return Slices::cancel_on_cleanup(None);
            };
            let job = Rc::new(Job {
                evaluator: Evaluator::new(scenario),
                rows,
                cols,
                key,
                link: write_link(scenario),
                cells: RefCell::new(Vec::new()),
                slices: Slices::new(None),
                publish: progress,
            });
            // With a map on show (a slider moved), a coarse preview replaces it
            // at once; opening the map, one render of the full map is sooner
            // than a preview's render followed by the full one.
            if progress_shown {
                job.slices.later(&job, Job::coarse);
            } else {
                job.slices.later(&job, Job::fine);
            }
            // Cancels the slices not yet run.
            Slices::cancel_on_cleanup(Some(job.slices.clone()))
        });
    }
    // The full map on show is this scenario's when it was computed for its basis.
    let mut shown = (*progress).clone();
    shown.scenario =
        (shown.scenario.as_deref() == Some(basis_link.as_str())).then(|| write_link(&scenario));
    shown
}
