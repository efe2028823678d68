//! Explanations of the MSA's figures: each invoice's charges (`rows[N].recurring`,
//! `nrc`, `amount`) and the money results (`results.total_charges`, `shortfall`,
//! `termination_charge`, `termination_due`, `late_interest`, `max_deposit`).
//!
//! Built on demand from the outcome's own invoices, commitment, termination and
//! late interest (and `inside_commitment`, the function the shortfall uses).
//!
//! This module reads the key and hands it on: `invoices` explains the rows,
//! `results` the money results, `dates` the dates that matter and the term's
//! dates, `termination` the charge for a stop and when it is due.

mod dates;
mod invoices;
mod results;
mod termination;

use super::{MsaInputs, MsaOutcome};
use crate::explain::*;
use dates::date_row;
use invoices::row;
use results::result;

/// The explanation of the figure `key` (`rows[2].amount`, `results.shortfall`).
pub fn explain(
    inputs: &MsaInputs,
    outcome: &MsaOutcome,
    key: &str,
) -> Result<Explanation, ExplainError> {
    match parse_key(key) {
        Some(Key::Row(index, name)) => {
            let shown = outcome.shown();
            let invoice = shown.get(index).ok_or_else(|| {
                ExplainError::UnknownFigure(format!(
                    "rows[{index}] (the rows are rows[0] … rows[{}])",
                    shown.len().saturating_sub(1)
                ))
            })?;
            let previous = index.checked_sub(1).and_then(|i| shown.get(i));
            row(inputs, invoice, previous, key, index, name)
        }
        Some(Key::Result(name)) => result(inputs, outcome, key, name),
        Some(Key::Table("dates", index, "date")) => {
            let row = outcome.dates.get(index).ok_or_else(|| {
                ExplainError::UnknownFigure(format!(
                    "dates[{index}] (the dates are dates[0] … dates[{}])",
                    outcome.dates.len().saturating_sub(1)
                ))
            })?;
            Ok(date_row(inputs, outcome, row, key))
        }
        Some(Key::Table("dates", _, "what" | "clause")) => {
            Err(ExplainError::NotCovered(key.to_string()))
        }
        Some(Key::Table(..)) | None => Err(ExplainError::UnknownFigure(key.to_string())),
    }
}
