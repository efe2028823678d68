//! Explanations of the Note's figures: each scheduled period (`rows[N].interest`,
//! `overdue_interest`, `due`, `overdue_balance`, `principal`, `days`) and the
//! results (`results.payoff` and its parts, `total_interest`, the rates, the cost
//! of the 360-day basis).
//!
//! Built on demand from the outcome's own [`Accrual`]s and [`Part`]s, and from
//! [`total_interest_under`] for the comparison of bases.

//!
//! This module reads the key and adds the day-count basis as the reading;
//! `interest` holds the interest formula the figures share, `rows` explains a
//! scheduled period's figures and `results` the payoff and the totals.

mod interest;
mod results;
mod rows;

use super::daycount::DayBasis;
use super::{NoteInputs, NoteOutcome};
use crate::explain::*;
use results::result;
use rows::row_explanation;

/// The explanation of the figure `key` (`rows[1].interest`, `results.payoff`).
pub fn explain(
    inputs: &NoteInputs,
    outcome: &NoteOutcome,
    key: &str,
) -> Result<Explanation, ExplainError> {
    let mut e = match parse_key(key) {
        Some(Key::Row(index, name)) => {
            let row = outcome.rows.get(index).ok_or_else(|| {
                ExplainError::UnknownFigure(format!(
                    "rows[{index}] (the rows are rows[0] … rows[{}])",
                    outcome.rows.len().saturating_sub(1)
                ))
            })?;
            row_explanation(inputs, outcome, row, key, index, name)?
        }
        Some(Key::Result(name)) => result(inputs, outcome, key, name)?,
        Some(Key::Table(..)) | None => return Err(ExplainError::UnknownFigure(key.to_string())),
    };
    if e.reading.is_none() && e.shown != Shown::Date {
        e.reading = Some(basis_reading(inputs.basis));
        e.reading_input = Some(crate::explain::NoteInput::Basis.into());
    }
    Ok(e)
}

fn basis_reading(basis: DayBasis) -> String {
    match basis {
        DayBasis::Act360 => "Actual/360 (the note's)".to_string(),
        DayBasis::Act365 => "Actual/365 (to compare)".to_string(),
        DayBasis::Thirty360 => "30/360 Bond Basis (to compare)".to_string(),
    }
}
