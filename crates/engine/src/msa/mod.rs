//! The MSA model (`msa.md`): one Service Order's invoices, Minimum Commitment
//! shortfall, early-termination charge, late-payment interest and the dates
//! that matter.
//!
//! [`compute`] runs the steps in order, each in its own module: [`schedule`]
//! (term, billing periods, invoices), [`commitment`] (cl. 3), [`termination`]
//! (cl. 12), [`late`] (cl. 6(c)), [`dates`] and [`notices`].

pub mod commitment;
pub mod dates;
pub mod explain;
pub mod inputs;
pub mod late;
pub mod notices;
pub mod schedule;
pub mod termination;

pub use commitment::Commitment;
pub use dates::{DateRow, Rule};
pub use inputs::*;
pub use late::LateInterest;
pub use notices::{Notice, NoticeKind};
pub use schedule::{Invoice, Term};
pub use termination::Termination;

use crate::{Date, Money, Overflow};

/// Why a scenario cannot be computed. `scenario` refuses the inputs that cause
/// the last two before computing; they are errors here so that no input panics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MsaError {
    /// An amount would exceed 10^15.
    AmountTooLarge,
    /// A date would leave the calendar (years 1–9999).
    DateOutOfRange,
    /// `stop` is not after the Acceptance Date or not within the Service Term.
    StopOutsideTerm,
    /// `lateinv` is not among the invoices shown.
    LateInvoiceNotShown { number: u32, shown: u32 },
}

impl From<Overflow> for MsaError {
    fn from(_: Overflow) -> MsaError {
        MsaError::AmountTooLarge
    }
}

/// Everything the model computes for one Service Order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MsaOutcome {
    pub term: Term,
    /// Every invoice of the Service Term.
    pub invoices: Vec<Invoice>,
    /// How many of them are shown: all, or with a `stop` those dated on or before it.
    pub shown_count: usize,
    /// The sum of the invoices shown.
    pub invoiced: Money,
    pub commitment: Commitment,
    pub termination: Option<Termination>,
    pub late: Option<LateInterest>,
    /// The invoices shown plus any termination charge.
    pub total_charges: Money,
    /// The total charges of the whole term without a stop (cl. 5).
    pub max_deposit: Money,
    pub dates: Vec<DateRow>,
    pub notices: Vec<Notice>,
}

impl MsaOutcome {
    /// The invoices shown.
    pub fn shown(&self) -> &[Invoice] {
        self.invoices
            .get(..self.shown_count)
            .unwrap_or(&self.invoices)
    }

    /// The termination charge, 0.00 without a stop.
    pub fn termination_charge(&self) -> Money {
        self.termination.map_or(Money::ZERO, |t| t.charge)
    }

    /// The late interest, 0.00 without an invoice paid late.
    pub fn late_interest(&self) -> Money {
        self.late.map_or(Money::ZERO, |late| late.interest)
    }
}

/// Checks that a `stop` is after the Acceptance Date and within the term.
fn check_stop(stop: Option<Date>, term: &Term) -> Result<(), MsaError> {
    match stop {
        Some(stop) if stop <= term.start || stop > term.end => Err(MsaError::StopOutsideTerm),
        _ => Ok(()),
    }
}

/// The term and every invoice of it (the schedule without a stop).
pub fn schedule(inputs: &MsaInputs) -> Result<(Term, Vec<Invoice>), MsaError> {
    let term = schedule::term(inputs)?;
    let invoices = schedule::invoices(inputs, &term)?;
    Ok((term, invoices))
}

/// How many invoices are shown: all, or with a `stop` those dated on or before it.
pub fn invoices_shown(inputs: &MsaInputs) -> Result<u32, MsaError> {
    let (term, invoices) = schedule(inputs)?;
    check_stop(inputs.stop, &term)?;
    Ok(u32::try_from(schedule::shown(&invoices, inputs.stop).len()).unwrap_or(u32::MAX))
}

/// The whole model for one Service Order.
pub fn compute(inputs: &MsaInputs) -> Result<MsaOutcome, MsaError> {
    let (term, invoices) = schedule(inputs)?;
    check_stop(inputs.stop, &term)?;
    let shown = schedule::shown(&invoices, inputs.stop);
    let shown_count = shown.len();
    let invoiced = Money::sum(shown.iter().map(|invoice| invoice.amount))?;
    let max_deposit = Money::sum(invoices.iter().map(|invoice| invoice.amount))?;
    let commitment = commitment::commitment(inputs, &invoices, &term)?;
    let termination = termination::termination(inputs, &invoices)?;
    let total_charges = invoiced.checked_add(termination.map_or(Money::ZERO, |t| t.charge))?;
    let late = late::late_interest(inputs, shown)?;
    let dates = dates::dates(inputs, &term, shown, termination.as_ref())?;
    let notices = notices::notices(
        inputs,
        max_deposit,
        &commitment,
        termination.as_ref(),
        late.as_ref(),
    );
    Ok(MsaOutcome {
        term,
        shown_count,
        invoiced,
        commitment,
        termination,
        late,
        total_charges,
        max_deposit,
        dates,
        notices,
        invoices,
    })
}

/// The termination charge for every possible stop date (each day after the
/// Acceptance Date through the term's end), for the chart: from one schedule,
/// agreeing with [`compute`] for each stop under the inputs' `cause`.
pub fn termination_curve(inputs: &MsaInputs) -> Result<Vec<(Date, Money)>, MsaError> {
    let term = schedule::term(inputs)?;
    termination::curve_of_charges(inputs.cause, &period_charges(inputs, &term)?, &term)
}

/// [`termination_curve`] as runs of stop days with one charge (one run an
/// invoice): what the page's stop chart draws and picks from.
pub fn termination_runs(inputs: &MsaInputs) -> Result<Vec<termination::ChargeRun>, MsaError> {
    let term = schedule::term(inputs)?;
    termination::runs_of_charges(inputs.cause, &period_charges(inputs, &term)?, &term)
}

/// Each period's date and recurring charge (what the curve needs of an invoice).
fn period_charges(
    inputs: &MsaInputs,
    term: &schedule::Term,
) -> Result<Vec<(Date, Money)>, MsaError> {
    Ok(schedule::periods(inputs, term)?
        .iter()
        .map(|period| (period.start, period.recurring))
        .collect())
}
