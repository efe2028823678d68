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

/// A run of consecutive stop days with the same termination charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChargeRun {
    /// The run's first stop day.
    pub first: Date,
    /// How many stop days it holds (at least one).
    pub days: u32,
    pub charge: Money,
}

/// [`curve`] from each invoice's date and recurring charge, in date order.
pub fn curve_of_charges(
    cause: Cause,
    charges: &[(Date, Money)],
    term: &Term,
) -> Result<Vec<(Date, Money)>, MsaError> {
    let runs = runs_of_charges(cause, charges, term)?;
    let days = runs.iter().map(|run| run.days as usize).sum();
    let mut points = Vec::with_capacity(days);
    for run in &runs {
        let mut stop = run.first;
        points.push((stop, run.charge));
        for _ in 1..run.days {
            stop = stop.next_day().ok_or(MsaError::DateOutOfRange)?;
            points.push((stop, run.charge));
        }
    }
    Ok(points)
}

/// The curve as runs of days with one charge: the charge holds from a day after
/// an invoice's date to that of the next (or the term's end), so the curve is
/// one run an invoice, found without walking its days (what the page's stop
/// chart draws and picks from).
pub fn runs_of_charges(
    cause: Cause,
    charges: &[(Date, Money)],
    term: &Term,
) -> Result<Vec<ChargeRun>, MsaError> {
    // suffix[i] = the recurring charges of invoices i, i + 1, …
    let mut suffix = vec![Money::ZERO; charges.len() + 1];
    for (i, (_, recurring)) in charges.iter().enumerate().rev() {
        suffix[i] = suffix[i + 1].checked_add(*recurring)?;
    }
    let mut runs = Vec::with_capacity(charges.len() + 1);
    // `next`: the first invoice dated after the run's first day.
    let mut next = 0;
    let mut first = term.start.next_day();
    while let Some(day) = first.filter(|day| *day <= term.end) {
        while next < charges.len() && charges[next].0 <= day {
            next += 1;
        }
        let charge = match cause {
            Cause::Voluntary => suffix[next],
            Cause::ProviderBreach => Money::ZERO,
        };
        // The charge holds until the day before the next invoice's date, or the
        // term's end.
        let last = charges
            .get(next)
            .and_then(|(date, _)| date.plus_days(-1))
            .map_or(term.end, |before| before.min(term.end));
        let days = u32::try_from(day.days_until(last) + 1).map_err(|_| MsaError::DateOutOfRange)?;
        runs.push(ChargeRun {
            first: day,
            days,
            charge,
        });
        first = last.next_day();
    }
    Ok(runs)
}
