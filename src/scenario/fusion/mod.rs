//! Fusion's view: one timeline of Fusion's cash from all three deals together —
//! its Venture cash, the MSA invoices TWW pays it, and what it pays on the Note —
//! by calendar month, with each deal's part, the month's total and the running
//! total.
//!
//! Every amount is a line taken from an engine outcome (never recomputed here):
//! - Venture: the cash table's `fusion` column, in its calendar month.
//! - MSA: each invoice shown, in the month of its `due` date (TWW pays on time);
//!   the invoice paid late (`lateinv`) in the month it is paid instead, with its
//!   late interest; the termination charge in the month of `stop` + `due` days
//!   (invoiced on the stop date like any invoice); the shortfall in the month the
//!   Commitment Period ends (cl. 3: due then).
//! - Note (Fusion pays, so negative): each paid interest date's `due` in its month
//!   (missed interest is paid later inside a `due` or the payoff), each pay-down's
//!   principal in its month, and the payoff in the demand's month.
//!
//! A month's figure per deal is the sum of that deal's rounded lines in it, so
//! each column adds up to that deal's total and `cumulative` ends at the sum of
//! all three. No serde here: [`timeline_csv`] writes the CSV with the one CSV
//! writer (`output::write_csv`, no JSON either) so that this module can go into
//! the page.
//!
//! This module holds the timeline's types and puts the three deals together;
//! `lines` takes each deal's lines from its outcome, `timeline` sums them by
//! month and writes the CSV, `link` reads and writes the Fusion link.

mod lines;
pub mod link;
mod timeline;

pub use lines::{
    month_of, msa_lines, note_lines, principal_repaid, termination_collected, venture_lines,
};
pub use timeline::{timeline_csv, timeline_of};

use crate::engine::msa::MsaInputs;
use crate::engine::note::NoteInputs;
use crate::engine::venture::VentureInputs;
use crate::engine::{Date, Money, YearMonth};

/// The CSV's (and the page table's) column keys, in order.
pub const TIMELINE_KEYS: [&str; 6] = ["month", "venture", "msa", "note", "total", "cumulative"];

/// Which deal a line comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    Venture,
    Msa,
    Note,
}

/// What a line is, with what it was taken from (to explain each figure).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The Venture cash table's `fusion` for cash month `t`.
    VentureCash { t: u32 },
    /// An invoice collected on its due date.
    Invoice { number: u32, due: Date },
    /// The invoice paid `days` late, collected when paid.
    LateInvoice { number: u32, paid_on: Date },
    /// Late-payment interest on that invoice, collected with it.
    LateInterest { number: u32, paid_on: Date },
    /// The early-termination charge, invoiced on `stop`, collected `due` days later.
    TerminationCharge { stop: Date, collected: Date },
    /// The Minimum Commitment shortfall, due when the Commitment Period ends.
    Shortfall { due: Date },
    /// A paid interest date: the interest and any overdue interest paid with it.
    Interest { date: Date },
    /// Principal paid down.
    PayDown { date: Date },
    /// Everything owed on the demand date.
    Payoff { date: Date },
}

/// One amount of Fusion's cash: positive received, negative paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub source: Source,
    pub month: YearMonth,
    pub kind: LineKind,
    pub amount: Money,
}

/// One calendar month of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineRow {
    pub month: YearMonth,
    pub venture: Money,
    pub msa: Money,
    pub note: Money,
    /// venture + msa + note.
    pub total: Money,
    /// The totals of every month up to this one.
    pub cumulative: Money,
}

/// Each column's sum over the whole timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub venture: Money,
    pub msa: Money,
    pub note: Money,
    pub total: Money,
}

/// Fusion's timeline: the lines it is built from, one row per month from the
/// earliest to the latest month with a line, and the column totals.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Timeline {
    pub lines: Vec<Line>,
    pub rows: Vec<TimelineRow>,
    pub totals: Totals,
}

const OUT_OF_RANGE: &str = "fusion: a total of the three deals would exceed 10^15; allowed: amounts up to 10^15 (lower the deals' amounts).";

/// Fusion's timeline of the three scenarios, or the message of the first deal
/// whose scenario the model cannot compute (prefixed with its route).
pub fn fusion_timeline(
    venture: &VentureInputs,
    msa: &MsaInputs,
    note: &NoteInputs,
) -> Result<Timeline, String> {
    let (venture_run, msa_run, note_run) = (
        super::run::venture(venture),
        super::run::msa(msa),
        super::run::note(note),
    );
    let venture_outcome = venture_run
        .as_ref()
        .as_ref()
        .map_err(|e| format!("venture: {}", super::venture::out_of_model_range(e)))?;
    let msa_outcome = msa_run
        .as_ref()
        .as_ref()
        .map_err(|e| format!("msa: {}", super::msa::out_of_model_range(e)))?;
    let note_outcome = note_run
        .as_ref()
        .as_ref()
        .map_err(|e| format!("note: {}", super::note::out_of_model_range(e)))?;
    let mut lines = venture_lines(venture_outcome);
    lines.extend(msa_lines(msa, msa_outcome)?);
    lines.extend(note_lines(note, note_outcome)?);
    timeline_of(lines).map_err(|_| OUT_OF_RANGE.to_string())
}
