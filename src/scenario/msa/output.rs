//! The MSA's output: results, rows and notices as [`Scalar`]s, with the keys
//! of `links.md`, for the command line's JSON and CSV and the page.

use crate::engine::msa::{Cause, DateRow, Invoice, MsaInputs, MsaOutcome};
use crate::scenario::catalogue;
use crate::scenario::deal_form::Deal;
use crate::scenario::output::{m, opt, DealOutput, Row, Scalar};

/// The keys of a row, in CSV column order (the catalogue's).
fn row_keys() -> Vec<&'static str> {
    catalogue::keys(catalogue::columns(Deal::Msa, "rows"))
}

fn date(value: crate::engine::Date) -> Scalar {
    Scalar::Date(value)
}

/// The results, in the order of `links.md` (the catalogue's accessors).
pub fn result_scalars(outcome: &MsaOutcome) -> Row {
    catalogue::row(catalogue::results(Deal::Msa), outcome)
}

/// One invoice shown.
pub fn invoice_scalars(invoice: &Invoice) -> Row {
    catalogue::row(catalogue::columns(Deal::Msa, "rows"), invoice)
}

/// The line a voluntary stop's charge adds under the invoices (`msa.md`): no
/// number, dated the stop, for the rest of the term, its amount the charge, due
/// when the charge is, with no dispute deadline. The invoices shown and this line
/// add up to the total charges. None without a stop or for the Provider's breach.
pub fn termination_line(outcome: &MsaOutcome) -> Option<Row> {
    let termination = outcome.termination?;
    if termination.cause != Cause::Voluntary {
        return None;
    }
    let values = [
        Scalar::Null,
        date(termination.stop),
        opt(termination.stop.next_day(), date),
        date(outcome.term.end),
        m(termination.charge),
        m(crate::engine::Money::ZERO),
        m(termination.charge),
        opt(termination.due, date),
        Scalar::Null,
    ];
    Some(row_keys().into_iter().zip(values).collect())
}

/// One date that matters.
pub fn date_scalars(row: &DateRow) -> Row {
    catalogue::row(catalogue::columns(Deal::Msa, "dates"), row)
}

/// Everything the command line prints for a scenario, or the message of a
/// scenario beyond the model's range.
pub fn output(inputs: &MsaInputs) -> Result<DealOutput, String> {
    let run = crate::scenario::run::msa(inputs);
    let outcome = run.as_ref().as_ref().map_err(super::out_of_model_range)?;
    Ok(DealOutput {
        model: "msa",
        results: result_scalars(outcome),
        row_keys: row_keys(),
        rows: outcome.shown().iter().map(invoice_scalars).collect(),
        closing_rows: termination_line(outcome).into_iter().collect(),
        tables: vec![("dates", outcome.dates.iter().map(date_scalars).collect())],
        notices: outcome
            .notices
            .iter()
            .map(|notice| notice.text.clone())
            .collect(),
    })
}
