//! The Note's output: results, rows and notices as [`Scalar`]s, with the keys
//! of `links.md`, for the command line's JSON and CSV and the page.

use super::out_of_model_range;
use crate::engine::note::{NoteInputs, NoteOutcome, ScheduleRow};
use crate::scenario::catalogue;
use crate::scenario::deal_form::Deal;
use crate::scenario::output::{f, m, DealOutput, Row, Scalar};

/// The keys of a row, in CSV column order (the catalogue's).
fn row_keys() -> Vec<&'static str> {
    catalogue::keys(catalogue::columns(Deal::Note, "rows"))
}

/// The results, keyed as `links.md` says.
pub fn result_scalars(outcome: &NoteOutcome) -> Row {
    let (r, p) = (&outcome.results, &outcome.payoff);
    vec![
        ("principal", m(r.principal)),
        ("rate", f(r.rate_pct)),
        ("payoff", m(p.total)),
        ("payoff_principal", m(p.principal)),
        ("payoff_overdue", m(p.overdue)),
        ("payoff_accrued", m(p.accrued)),
        ("payoff_collection", m(p.collection)),
        ("total_interest", m(r.total_interest)),
        ("act365_equivalent_rate", f(r.act365_equivalent_rate_pct)),
        ("act360_cost_vs_act365", m(r.act360_cost_vs_act365)),
    ]
}

/// One scheduled interest date.
pub fn row_scalars(row: &ScheduleRow) -> Row {
    let values = [
        Scalar::Date(row.date),
        Scalar::Int(row.accrual.days),
        m(row.accrual.principal()),
        m(row.accrual.on_principal),
        m(row.accrual.on_overdue),
        m(row.due),
        Scalar::Bool(row.paid),
        m(row.overdue_balance),
    ];
    row_keys().into_iter().zip(values).collect()
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
