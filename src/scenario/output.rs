//! The command line's output (`links.md`, "The command line"): JSON with stable
//! keys and string formats, and CSV of the rows. The page shows the same values.

use super::link::{write_link, Link, LinkScenario};
use crate::engine::venture::{compute, CashRow, MonthRow, VentureError, VentureOutcome};
use crate::engine::Money;
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

/// Money: a string with two decimals, never "-0.00".
pub fn money(amount: Money) -> Value {
    Value::String(amount.to_string())
}

/// A fraction or rate: no trailing zeros, never "-0".
pub fn fraction(value: Decimal) -> Value {
    Value::String(super::values::write_decimal(value))
}

/// An IRR: six decimals, never "-0.000000".
pub fn six_decimals(value: f64) -> String {
    let text = format!("{value:.6}");
    if text == "-0.000000" {
        "0.000000".to_string()
    } else {
        text
    }
}

/// The keys of a Venture row, in CSV column order.
pub const VENTURE_ROW_KEYS: &[&str] = &[
    "month", "calendar_month", "minutes", "revenue", "termination", "fusion_fee",
    "subcontractor_fee", "fiber", "loops", "budget", "amortization", "net_profit",
    "distributable", "thil_entitlement", "retained", "thil_paid", "thil_amortization",
    "loan_balance",
];

pub fn venture_row(row: &MonthRow) -> Map<String, Value> {
    let values = [
        json!(row.month),
        json!(row.calendar_month.to_string()),
        json!(row.minutes.normalize().mantissa() as i64),
        money(row.revenue),
        money(row.termination),
        money(row.fusion_fee),
        money(row.subcontractor_fee),
        money(row.fiber),
        money(row.loops),
        money(row.budget),
        money(row.amortization),
        money(row.net_profit),
        money(row.distributable),
        money(row.thil_entitlement),
        money(row.retained),
        money(row.thil_paid),
        money(row.thil_amortization),
        money(row.loan_balance),
    ];
    VENTURE_ROW_KEYS
        .iter()
        .map(|key| key.to_string())
        .zip(values)
        .collect()
}

pub fn cash_row(row: &CashRow) -> Value {
    json!({
        "t": row.t,
        "calendar_month": row.calendar_month.to_string(),
        "thil": money(row.thil),
        "fusion": money(row.fusion),
        "venture": money(row.venture),
    })
}

pub fn venture_results(outcome: &VentureOutcome) -> Value {
    let r = &outcome.results;
    json!({
        "total_cost": money(r.total_cost),
        "thil_contribution": money(r.thil_contribution),
        "thil_percentage_share": fraction(r.thil_percentage_share),
        "loan": money(r.loan),
        "retention_rate": fraction(r.retention_rate),
        "recoup_month": r.recoup.map(|x| x.month),
        "recoup_calendar_month": r.recoup.map(|x| x.calendar_month.to_string()),
        "recoup_settles": r.recoup.map(|x| x.settles.to_string()),
        "loan_outstanding": money(r.loan_outstanding),
        "thil_total_received": money(r.thil_total_received),
        "thil_net": money(r.thil_net),
        "thil_payback_month": r.thil_payback_month,
        "thil_npv": money(r.thil_npv),
        "thil_irr": r.thil_irr.map(six_decimals),
        "termination_payment": r.termination_payment.map(money),
        "venture_revenue": money(r.venture_revenue),
        "venture_net_profit": money(r.venture_net_profit),
        "breakeven_minutes": r.breakeven_minutes,
        "fusion_net_cash": money(r.fusion_net_cash),
        "fusion_fee_received": money(r.fusion_fee_received),
    })
}

/// The whole JSON document for a link that was read.
pub fn link_json(link: &Link) -> Result<Value, VentureError> {
    match &link.scenario {
        LinkScenario::Venture(inputs) => {
            let outcome = compute(inputs)?;
            let mut notices: Vec<Value> = link.warnings.iter().map(|w| json!(w)).collect();
            notices.extend(outcome.notices.iter().map(|n| json!(n.text)));
            Ok(json!({
                "model": "venture",
                "scenario": write_link(&link.scenario),
                "results": venture_results(&outcome),
                "rows": outcome.rows.iter().map(venture_row).collect::<Vec<_>>(),
                "cash": outcome.cash.iter().map(cash_row).collect::<Vec<_>>(),
                "notices": notices,
            }))
        }
    }
}

/// A JSON value as a CSV field: strings unquoted unless they need quoting.
fn csv_field(value: &Value) -> String {
    let text = match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// CSV of rows: a header of `keys`, then one line per row.
pub fn rows_csv(keys: &[&str], rows: &[Map<String, Value>]) -> String {
    let mut csv = keys.join(",");
    csv.push('\n');
    for row in rows {
        let line: Vec<String> = keys
            .iter()
            .map(|key| row.get(*key).map(csv_field).unwrap_or_default())
            .collect();
        csv.push_str(&line.join(","));
        csv.push('\n');
    }
    csv
}

/// The CSV of the monthly statement for a link that was read.
pub fn link_csv(link: &Link) -> Result<String, VentureError> {
    match &link.scenario {
        LinkScenario::Venture(inputs) => {
            let outcome = compute(inputs)?;
            let rows: Vec<_> = outcome.rows.iter().map(venture_row).collect();
            Ok(rows_csv(VENTURE_ROW_KEYS, &rows))
        }
    }
}
