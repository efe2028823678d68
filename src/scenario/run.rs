//! The one door to the engine for a scenario on show: each deal's last outcome
//! is kept, so that checking a scenario (a link read back, which refuses one
//! beyond the model's range) and showing it run the engine once, and every run
//! through this door is counted (the page writes the count as
//! `data-engine-runs`; the browser tests hold it to one run per change).
//!
//! The tools that evaluate many scenarios (goal seek, the grid, the tornado)
//! call the engine directly: they would only push the scenario on show out.

use crate::engine::msa::{self, MsaError, MsaInputs, MsaOutcome};
use crate::engine::note::{self, NoteError, NoteInputs, NoteOutcome};
use crate::engine::venture::{self, VentureError, VentureInputs, VentureOutcome};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::thread::LocalKey;

/// The last few scenarios of a deal and their outcomes, the latest first: the
/// Note's page shows the payoff under both readings of the principal beside the
/// scenario on show, and none of the three pushes another out.
pub type Last<I, O> = RefCell<Vec<(I, Rc<O>)>>;

/// How many scenarios of a deal are kept.
const KEPT: usize = 3;

pub type VentureRun = Rc<Result<VentureOutcome, VentureError>>;
pub type MsaRun = Rc<Result<MsaOutcome, MsaError>>;
pub type NoteRun = Rc<Result<NoteOutcome, NoteError>>;

thread_local! {
    static RUNS: Cell<u64> = const { Cell::new(0) };
    static VENTURE: Last<VentureInputs, Result<VentureOutcome, VentureError>> = const { RefCell::new(Vec::new()) };
    static MSA: Last<MsaInputs, Result<MsaOutcome, MsaError>> = const { RefCell::new(Vec::new()) };
    static NOTE: Last<NoteInputs, Result<NoteOutcome, NoteError>> = const { RefCell::new(Vec::new()) };
}

fn kept<I: PartialEq + Clone + 'static, O: 'static>(
    last: &'static LocalKey<Last<I, O>>,
    inputs: &I,
    compute: impl FnOnce(&I) -> O,
) -> Rc<O> {
    last_few(last, KEPT, inputs, |inputs| {
        RUNS.with(|runs| runs.set(runs.get() + 1));
        compute(inputs)
    })
}

/// What `compute` gives for `key`, from the `count` last keys asked for (the
/// latest first), or computed and kept: the one cache of the page's
/// per-scenario work (the engine's runs here, the page's views in
/// `view::page`).
pub fn last_few<I: PartialEq + Clone + 'static, O: 'static>(
    last: &'static LocalKey<Last<I, O>>,
    count: usize,
    key: &I,
    compute: impl FnOnce(&I) -> O,
) -> Rc<O> {
    let hit = last.with(|cell| {
        let mut kept = cell.borrow_mut();
        let at = kept.iter().position(|(kept_key, _)| kept_key == key)?;
        let entry = kept.remove(at);
        let value = entry.1.clone();
        kept.insert(0, entry);
        Some(value)
    });
    hit.unwrap_or_else(|| {
        let value = Rc::new(compute(key));
        last.with(|cell| {
            let mut kept = cell.borrow_mut();
            kept.insert(0, (key.clone(), value.clone()));
            kept.truncate(count);
        });
        value
    })
}

/// The Venture's outcome for these inputs (computed once while they stay).
pub fn venture(inputs: &VentureInputs) -> VentureRun {
    kept(&VENTURE, inputs, venture::compute)
}

/// The MSA's outcome for these inputs.
pub fn msa(inputs: &MsaInputs) -> MsaRun {
    kept(&MSA, inputs, msa::compute)
}

/// The Note's outcome for these inputs.
pub fn note(inputs: &NoteInputs) -> NoteRun {
    kept(&NOTE, inputs, note::compute)
}

/// How many times the engine ran through this door.
pub fn runs() -> u64 {
    RUNS.with(Cell::get)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_scenario_runs_once() {
        let inputs = VentureInputs {
            months: 7,
            ..VentureInputs::defaults()
        };
        let before = runs();
        let first = venture(&inputs);
        let again = venture(&inputs.clone());
        assert!(Rc::ptr_eq(&first, &again));
        assert_eq!(runs(), before + 1);
        let other = VentureInputs {
            months: 8,
            ..inputs.clone()
        };
        let _ = venture(&other);
        assert_eq!(runs(), before + 2);
        // The first is still kept beside the second.
        let _ = venture(&inputs);
        assert_eq!(runs(), before + 2);
    }
}
