//! Early termination by TWW (cl. 12; `msa.md`, "Early termination"): the invoices
//! dated on or before the stop stand, and a voluntary stop adds the recurring
//! charges of every billing period starting after it; a stop for the Provider's
//! breach adds nothing. [`curve`] gives that charge for every possible stop date.

use super::inputs::{Cause, MsaInputs};
use super::schedule::{Invoice, Term};
use super::MsaError;
use crate::{Date, Money};

/// The termination charge of one stop date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Termination {
    pub stop: Date,
    pub cause: Cause,
    /// The recurring charges of the periods starting after `stop` (what a
    /// voluntary stop owes), whatever the cause.
    pub rest_of_term: Money,
    /// `rest_of_term` for a voluntary stop, 0.00 for the Provider's breach.
    pub charge: Money,
    /// When the charge is owed: the contract gives no date, so it is read as an
    /// invoice issued on the stop date, due `due` days later (cl. 6(b)). `None`
    /// when nothing is charged (`msa.md`, "Early termination").
    pub due: Option<Date>,
}

/// The recurring charges of the invoices dated after `stop`.
pub fn rest_of_term(invoices: &[Invoice], stop: Date) -> Result<Money, MsaError> {
    Ok(Money::sum(
        invoices
            .iter()
            .filter(|invoice| invoice.date > stop)
            .map(|invoice| invoice.recurring),
    )?)
}

/// The termination of the inputs, if they stop.
pub fn termination(
    inputs: &MsaInputs,
    invoices: &[Invoice],
) -> Result<Option<Termination>, MsaError> {
    let Some(stop) = inputs.stop else {
        return Ok(None);
    };
    let rest_of_term = rest_of_term(invoices, stop)?;
    let charge = match inputs.cause {
        Cause::Voluntary => rest_of_term,
        Cause::ProviderBreach => Money::ZERO,
    };
    let due = if charge == Money::ZERO {
        None
    } else {
        Some(
            stop.plus_days(i64::from(inputs.due_days))
                .ok_or(MsaError::DateOutOfRange)?,
        )
    };
    Ok(Some(Termination {
        stop,
        cause: inputs.cause,
        rest_of_term,
        charge,
        due,
    }))
}

/// The termination charge for each stop date from the day after the Acceptance
/// Date to the term's end, from one schedule: the suffix sums of the recurring
/// charges, walked once (O(days + invoices)).
pub fn curve(
    cause: Cause,
    invoices: &[Invoice],
    term: &Term,
) -> Result<Vec<(Date, Money)>, MsaError> {
    let charges: Vec<(Date, Money)> = invoices
        .iter()
        .map(|invoice| (invoice.date, invoice.recurring))
        .collect();
    curve_of_charges(cause, &charges, term)
}

/// [`curve`] from each invoice's date and recurring charge, in date order.
pub fn curve_of_charges(
    cause: Cause,
    charges: &[(Date, Money)],
    term: &Term,
) -> Result<Vec<(Date, Money)>, MsaError> {
    // suffix[i] = the recurring charges of invoices i, i + 1, …
    let mut suffix = vec![Money::ZERO; charges.len() + 1];
    for (i, (_, recurring)) in charges.iter().enumerate().rev() {
        suffix[i] = suffix[i + 1].checked_add(*recurring)?;
    }
    let days = usize::try_from(term.start.days_until(term.end)).unwrap_or(0);
    let mut points = Vec::with_capacity(days);
    // `next`: the first invoice dated after the stop.
    let mut next = 0;
    let mut stop = term.start;
    while stop < term.end {
        stop = stop.next_day().ok_or(MsaError::DateOutOfRange)?;
        while next < charges.len() && charges[next].0 <= stop {
            next += 1;
        }
        let charge = match cause {
            Cause::Voluntary => suffix[next],
            Cause::ProviderBreach => Money::ZERO,
        };
        points.push((stop, charge));
        // The charge holds until the day before the next invoice's date, or the
        // term's end: that run's days need no search.
        let to_end = stop.days_until(term.end);
        let run = charges
            .get(next)
            .map_or(to_end, |(date, _)| (stop.days_until(*date) - 1).min(to_end));
        for _ in 0..run.max(0) {
            stop = stop.next_day().ok_or(MsaError::DateOutOfRange)?;
            points.push((stop, charge));
        }
    }
    Ok(points)
}
