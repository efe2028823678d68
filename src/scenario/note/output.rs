//! The Note's output: results, rows and notices as `Scalar`s, with the keys
//! of `links.md`, for the command line's JSON and CSV and the page.

use super::out_of_model_range;
use crate::engine::note::{NoteInputs, NoteOutcome, ScheduleRow};
use crate::scenario::catalogue;
use crate::scenario::deal_form::Deal;
use crate::scenario::output::{DealOutput, Row};

/// The keys of a row, in CSV column order (the catalogue's).
fn row_keys() -> Vec<&'static str> {
    catalogue::keys(catalogue::columns(Deal::Note, "rows"))
}

/// The results, keyed as `links.md` says (the catalogue's accessors).
pub fn result_scalars(outcome: &NoteOutcome) -> Row {
    catalogue::row(catalogue::results(Deal::Note), outcome)
}

/// One scheduled interest date.
pub fn row_scalars(row: &ScheduleRow) -> Row {
    catalogue::row(catalogue::columns(Deal::Note, "rows"), row)
}

/// Everything the command line prints for a scenario, or the message of a
/// scenario beyond the model's range.
pub fn output(inputs: &NoteInputs) -> Result<DealOutput, String> {
    let run = crate::scenario::run::note(inputs);
    let outcome = run.as_ref().as_ref().map_err(out_of_model_range)?;
    Ok(DealOutput {
        model: "note",
        results: result_scalars(outcome),
        row_keys: row_keys(),
        rows: outcome.rows.iter().map(row_scalars).collect(),
        closing_rows: Vec::new(),
        tables: Vec::new(),
        notices: outcome
            .notices
            .iter()
            .map(|notice| notice.text.clone())
            .collect(),
    })
}
