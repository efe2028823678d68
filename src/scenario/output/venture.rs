//! The Venture's output: its monthly rows, cash rows and results as `Scalar`s
//! read through the catalogue's accessors, and its whole `DealOutput`.

use super::scalar::{to_map, Scalar};
use super::{DealOutput, Row};
use crate::engine::venture::{CashRow, MonthRow, VentureOutcome};
use crate::scenario::catalogue::{self, columns, results, row};
use crate::scenario::deal_form::Deal;
use serde_json::{Map, Value};

/// The keys of a Venture row, in CSV column order (the catalogue's).
pub(super) fn venture_row_keys() -> Vec<&'static str> {
    catalogue::keys(columns(Deal::Venture, "rows"))
}

pub fn venture_row_scalars(row_of: &MonthRow) -> Row {
    row(columns(Deal::Venture, "rows"), row_of)
}

pub fn venture_row(row_of: &MonthRow) -> Map<String, Value> {
    to_map(venture_row_scalars(row_of))
}

pub fn cash_row_scalars(row_of: &CashRow) -> Row {
    row(columns(Deal::Venture, "cash"), row_of)
}

pub fn venture_result_scalars(outcome: &VentureOutcome) -> Row {
    row(results(Deal::Venture), outcome)
}

pub fn venture_results(outcome: &VentureOutcome) -> Value {
    Value::Object(to_map(venture_result_scalars(outcome)))
}

pub(super) fn venture_output(
    inputs: &crate::engine::venture::VentureInputs,
) -> Result<DealOutput, String> {
    let run = crate::scenario::run::venture(inputs);
    let outcome = run
        .as_ref()
        .as_ref()
        .map_err(crate::scenario::venture::out_of_model_range)?;
    Ok(DealOutput {
        model: "venture",
        results: venture_result_scalars(outcome),
        row_keys: venture_row_keys(),
        rows: outcome.rows.iter().map(venture_row_scalars).collect(),
        closing_rows: Vec::new(),
        tables: vec![("cash", outcome.cash.iter().map(cash_row_scalars).collect())],
        notices: outcome.notices.iter().map(|n| n.text.clone()).collect(),
    })
}

/// One result without building the others (a grid wants one result of each of
/// its 1,681 scenarios); `Null` for a key the Venture does not have.
pub fn venture_result_scalar(outcome: &VentureOutcome, key: &str) -> Scalar {
    catalogue::result(Deal::Venture, key)
        .map_or(Scalar::Null, |figure| catalogue::value(figure, outcome))
}
