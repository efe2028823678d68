//! The Minimum Commitment shortfall (cl. 3; `msa.md`, "Minimum Commitment
//! shortfall"): the recurring charges of the Commitment Period, what TWW should
//! have paid and did pay, and the difference, due when the period ends.

use super::inputs::MsaInputs;
use super::schedule::{days_inclusive, pro_rata, Invoice, Term};
use super::MsaError;
use crate::{Date, Money};

/// The shortfall and the amounts it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Commitment {
    /// The recurring charges of the Commitment Period (NRC excluded).
    pub period_charges: Money,
    /// `commit`, or the period's charges.
    pub should_have_paid: Money,
    /// `paid`, or the period's charges.
    pub paid: Money,
    /// max(0, should − paid); 0.00 with a `stop`.
    pub shortfall: Money,
    /// The end of the Commitment Period, when the shortfall is due.
    pub due: Date,
}

/// The part of one invoice's recurring charge for days inside the Commitment
/// Period: in full when its period lies wholly inside, else pro rata by days of
/// its full period.
pub fn inside_commitment(invoice: &Invoice, term: &Term) -> Result<Money, MsaError> {
    let first = invoice.period_start.max(term.start);
    let last = invoice.period_end.min(term.commitment_end);
    if first > last {
        return Ok(Money::ZERO);
    }
    if first == invoice.period_start && last == invoice.period_end {
        return Ok(invoice.recurring);
    }
    pro_rata(
        invoice.full_charge,
        days_inclusive(first, last),
        invoice.days_in_full,
    )
}

/// The recurring charges of the Commitment Period over every invoice of the term.
pub fn period_charges(invoices: &[Invoice], term: &Term) -> Result<Money, MsaError> {
    let mut total = Money::ZERO;
    for invoice in invoices {
        total = total.checked_add(inside_commitment(invoice, term)?)?;
    }
    Ok(total)
}

/// The shortfall of the inputs, given every invoice of the term.
pub fn commitment(
    inputs: &MsaInputs,
    invoices: &[Invoice],
    term: &Term,
) -> Result<Commitment, MsaError> {
    let period_charges = period_charges(invoices, term)?;
    let should_have_paid = inputs.commit.unwrap_or(period_charges);
    let paid = inputs.paid.unwrap_or(period_charges);
    // A voluntary stop's charge covers the rest of the period; a stop for the
    // Provider's breach ends TWW's commitment: no shortfall either way.
    let shortfall = if inputs.stop.is_some() {
        Money::ZERO
    } else {
        should_have_paid.checked_sub(paid)?.max(Money::ZERO)
    };
    Ok(Commitment {
        period_charges,
        should_have_paid,
        paid,
        shortfall,
        due: term.commitment_end,
    })
}
