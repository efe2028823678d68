//! The Venture's output: its monthly rows, cash rows and results as `Scalar`s, and
//! its whole `DealOutput`. Separate from the output shared by every deal.

use super::scalar::{f, irr, m, opt, to_map, Scalar};
use super::{DealOutput, Row};
use crate::engine::venture::{CashRow, MonthRow, VentureOutcome};
use serde_json::{Map, Value};

/// The keys of a Venture row, in CSV column order (the catalogue's).
pub(super) fn venture_row_keys() -> Vec<&'static str> {
    crate::scenario::catalogue::keys(crate::scenario::catalogue::columns(
        crate::scenario::deal_form::Deal::Venture,
        "rows",
    ))
}

pub fn venture_row_scalars(row: &MonthRow) -> Vec<(&'static str, Scalar)> {
    let values = [
        Scalar::Int(row.month as i64),
        Scalar::Month(row.calendar_month),
        Scalar::Int(i64::try_from(row.minutes.normalize().mantissa()).unwrap_or(i64::MAX)),
        m(row.revenue),
        m(row.termination),
        m(row.fusion_fee),
        m(row.subcontractor_fee),
        m(row.fiber),
        m(row.loops),
        m(row.budget),
        m(row.amortization),
        m(row.net_profit),
        m(row.distributable),
        m(row.thil_entitlement),
        m(row.retained),
        m(row.thil_paid),
        m(row.thil_amortization),
        m(row.loan_balance),
    ];
    venture_row_keys().into_iter().zip(values).collect()
}

pub fn venture_row(row: &MonthRow) -> Map<String, Value> {
    to_map(venture_row_scalars(row))
}

pub fn cash_row_scalars(row: &CashRow) -> Row {
    vec![
        ("t", Scalar::Int(i64::from(row.t))),
        ("calendar_month", Scalar::Month(row.calendar_month)),
        ("thil", m(row.thil)),
        ("fusion", m(row.fusion)),
        ("venture", m(row.venture)),
    ]
}

pub fn venture_result_scalars(outcome: &VentureOutcome) -> Vec<(&'static str, Scalar)> {
    let r = &outcome.results;
    vec![
        ("total_cost", m(r.total_cost)),
        ("thil_contribution", m(r.thil_contribution)),
        ("thil_percentage_share", f(r.thil_percentage_share)),
        ("loan", m(r.loan)),
        ("retention_rate", f(r.retention_rate)),
        (
            "recoup_month",
            opt(r.recoup, |x| Scalar::Int(x.month as i64)),
        ),
        (
            "recoup_calendar_month",
            opt(r.recoup, |x| Scalar::Month(x.calendar_month)),
        ),
        (
            "recoup_settles",
            opt(r.recoup, |x| Scalar::Month(x.settles)),
        ),
        ("loan_outstanding", m(r.loan_outstanding)),
        ("thil_total_received", m(r.thil_total_received)),
        ("thil_net", m(r.thil_net)),
        (
            "thil_payback_month",
            opt(r.thil_payback_month, |t| Scalar::Int(t as i64)),
        ),
        ("thil_npv", m(r.thil_npv)),
        ("thil_irr", opt(r.thil_irr, irr)),
        ("termination_payment", opt(r.termination_payment, m)),
        ("venture_revenue", m(r.venture_revenue)),
        ("venture_net_profit", m(r.venture_net_profit)),
        (
            "breakeven_minutes",
            opt(r.breakeven_minutes, |n| {
                Scalar::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }),
        ),
        ("fusion_net_cash", m(r.fusion_net_cash)),
        ("fusion_fee_received", m(r.fusion_fee_received)),
    ]
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

/// One of [`venture_result_scalars`] without building the others (a grid wants
/// one result of each of its 1,681 scenarios); `Null` for a key it does not give.
pub fn venture_result_scalar(outcome: &VentureOutcome, key: &str) -> Scalar {
    let r = &outcome.results;
    match key {
        "recoup_month" => opt(r.recoup, |x| Scalar::Int(i64::from(x.month))),
        "thil_npv" => m(r.thil_npv),
        "fusion_net_cash" => m(r.fusion_net_cash),
        _ => venture_result_scalars(outcome)
            .into_iter()
            .find(|(name, _)| *name == key)
            .map_or(Scalar::Null, |(_, value)| value),
    }
}
