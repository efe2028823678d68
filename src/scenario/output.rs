//! The command line's output (`links.md`, "The command line"): JSON with stable
//! keys and string formats, and CSV of the rows. The page shows the same values.

use super::link::{write_link, Link, LinkScenario};
use crate::engine::venture::{CashRow, MonthRow, VentureOutcome};
use crate::engine::{Date, Money, YearMonth};
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
    super::values::write_fixed(value, 6)
}

/// One output value, typed until the edge that writes it: the command line's
/// JSON and CSV write [`Scalar::text`], the page formats it by its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scalar {
    /// A count, a month number, minutes.
    Int(i64),
    Bool(bool),
    /// Dollars and cents: written "1234.50".
    Money(Money),
    /// A fraction or a rate: written without trailing zeros.
    Decimal(Decimal),
    /// A rate a year from the IRR, held at its six decimals: written "9.446058".
    Irr(Decimal),
    Date(Date),
    Month(YearMonth),
    /// Words (what a date is, a clause).
    Text(String),
    Null,
}

impl Scalar {
    /// The value as JSON prints it, without quotes ("" for null).
    pub fn text(&self) -> String {
        match self {
            Scalar::Int(n) => n.to_string(),
            Scalar::Bool(b) => b.to_string(),
            Scalar::Money(amount) => amount.to_string(),
            Scalar::Decimal(value) => super::values::write_decimal(*value),
            Scalar::Irr(rate) => rate.to_string(),
            Scalar::Date(date) => date.to_string(),
            Scalar::Month(month) => month.to_string(),
            Scalar::Text(text) => text.clone(),
            Scalar::Null => String::new(),
        }
    }

    pub fn json(&self) -> Value {
        match self {
            Scalar::Int(n) => json!(n),
            Scalar::Bool(b) => json!(b),
            Scalar::Null => Value::Null,
            other => json!(other.text()),
        }
    }

    /// The amount, for a money value.
    pub fn money(&self) -> Option<Money> {
        match self {
            Scalar::Money(amount) => Some(*amount),
            _ => None,
        }
    }
}

/// An IRR as its value: six decimals, never "-0.000000".
pub fn irr(rate: f64) -> Scalar {
    six_decimals(rate)
        .parse::<Decimal>()
        .map_or(Scalar::Null, Scalar::Irr)
}

pub fn m(amount: Money) -> Scalar {
    Scalar::Money(amount)
}

pub fn f(value: Decimal) -> Scalar {
    Scalar::Decimal(value)
}

pub fn opt<T>(value: Option<T>, to: impl FnOnce(T) -> Scalar) -> Scalar {
    value.map_or(Scalar::Null, to)
}

/// The value of `key` in a list of scalars, as text ("" where absent or null).
pub fn scalar_text(scalars: &[(&'static str, Scalar)], key: &str) -> String {
    scalars
        .iter()
        .find(|(name, _)| *name == key)
        .map(|(_, value)| value.text())
        .unwrap_or_default()
}

fn to_map(scalars: Vec<(&'static str, Scalar)>) -> Map<String, Value> {
    scalars
        .into_iter()
        .map(|(key, value)| (key.to_string(), value.json()))
        .collect()
}

/// The keys of a Venture row, in CSV column order (the catalogue's).
fn venture_row_keys() -> Vec<&'static str> {
    super::catalogue::keys(super::catalogue::columns(
        super::deal_form::Deal::Venture,
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

/// One of [`venture_result_scalars`] without building the others (a grid wants
/// one result of each of its 1,681 scenarios); `Null` for a key it does not give.
pub fn venture_result_scalar(outcome: &VentureOutcome, key: &str) -> Scalar {
    let r = &outcome.results;
    match key {
        "recoup_month" => opt(r.recoup, |x| Scalar::Int(x.month as i64)),
        "thil_npv" => m(r.thil_npv),
        "fusion_net_cash" => m(r.fusion_net_cash),
        _ => venture_result_scalars(outcome)
            .into_iter()
            .find(|(name, _)| *name == key)
            .map_or(Scalar::Null, |(_, value)| value),
    }
}

pub fn venture_results(outcome: &VentureOutcome) -> Value {
    Value::Object(to_map(venture_result_scalars(outcome)))
}

/// One row of a table: keys in column order with their values.
pub type Row = Vec<(&'static str, Scalar)>;

/// What the command line prints for any deal (`links.md`): the page shows the
/// same values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DealOutput {
    /// `venture`, `msa` or `note`.
    pub model: &'static str,
    pub results: Row,
    /// The table `--format csv` prints, with its column keys (the catalogue's).
    pub row_keys: Vec<&'static str>,
    pub rows: Vec<Row>,
    /// Further tables after `rows`: the Venture's `cash`, the MSA's `dates`.
    pub tables: Vec<(&'static str, Vec<Row>)>,
    /// One string per kind of notice (warnings about the link come first, added
    /// by [`link_output`]).
    pub notices: Vec<String>,
}

fn venture_output(inputs: &crate::engine::venture::VentureInputs) -> Result<DealOutput, String> {
    let run = super::run::venture(inputs);
    let outcome = run
        .as_ref()
        .as_ref()
        .map_err(super::venture::out_of_model_range)?;
    Ok(DealOutput {
        model: "venture",
        results: venture_result_scalars(outcome),
        row_keys: venture_row_keys(),
        rows: outcome.rows.iter().map(venture_row_scalars).collect(),
        tables: vec![("cash", outcome.cash.iter().map(cash_row_scalars).collect())],
        notices: outcome.notices.iter().map(|n| n.text.clone()).collect(),
    })
}

/// The output of a link that was read, its warnings first among the notices; or
/// the message of a scenario beyond the model's range.
pub fn link_output(link: &Link) -> Result<DealOutput, String> {
    let mut output = match &link.scenario {
        LinkScenario::Venture(inputs) => venture_output(inputs)?,
        LinkScenario::Msa(inputs) => super::msa::output::output(inputs)?,
        LinkScenario::Note(inputs) => super::note::output::output(inputs)?,
    };
    let mut notices = link.warnings.clone();
    notices.append(&mut output.notices);
    output.notices = notices;
    Ok(output)
}

fn rows_json(rows: &[Row]) -> Value {
    Value::Array(
        rows.iter()
            .map(|row| Value::Object(to_map(row.clone())))
            .collect(),
    )
}

/// The whole JSON document for a link that was read.
pub fn link_json(link: &Link) -> Result<Value, String> {
    let output = link_output(link)?;
    let mut document = Map::new();
    document.insert("model".into(), json!(output.model));
    document.insert("scenario".into(), json!(write_link(&link.scenario)));
    document.insert("results".into(), Value::Object(to_map(output.results)));
    document.insert("rows".into(), rows_json(&output.rows));
    for (name, rows) in &output.tables {
        document.insert((*name).into(), rows_json(rows));
    }
    document.insert("notices".into(), json!(output.notices));
    Ok(Value::Object(document))
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

/// A text as a CSV field: quoted only when it holds a comma, a quote or a line break.
fn csv_text(text: String) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// CSV of rows of scalars: a header of `keys`, then one line per row (a key a
/// row lacks is an empty field). Written from the scalars directly, so that the
/// page's downloads link no JSON library into the wasm; the command line prints
/// the same text.
pub fn scalars_csv(keys: &[&str], rows: &[Row]) -> String {
    let mut csv = keys.join(",");
    csv.push('\n');
    for row in rows {
        let line: Vec<String> = keys
            .iter()
            .map(|key| {
                csv_text(
                    row.iter()
                        .find(|(name, _)| name == key)
                        .map(|(_, value)| value.text())
                        .unwrap_or_default(),
                )
            })
            .collect();
        csv.push_str(&line.join(","));
        csv.push('\n');
    }
    csv
}

impl DealOutput {
    /// The CSV of one of the output's tables: `rows` (what `--format csv`
    /// prints) or a further table by name (`cash`, `dates`), its columns those of
    /// its first row. `None` for a table the deal does not have.
    pub fn table_csv(&self, table: &str) -> Option<String> {
        if table == "rows" {
            return Some(scalars_csv(&self.row_keys, &self.rows));
        }
        let (_, rows) = self.tables.iter().find(|(name, _)| *name == table)?;
        let keys: Vec<&str> = rows
            .first()
            .map(|row| row.iter().map(|(key, _)| *key).collect())
            .unwrap_or_default();
        Some(scalars_csv(&keys, rows))
    }
}

/// The CSV of the rows for a link that was read.
pub fn link_csv(link: &Link) -> Result<String, String> {
    let output = link_output(link)?;
    Ok(scalars_csv(&output.row_keys, &output.rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_print_as_json_does_without_quotes() {
        assert_eq!(Scalar::Null.text(), "");
        assert_eq!(Scalar::Int(6).text(), "6");
        assert_eq!(Scalar::Text("2968.42".into()).json(), json!("2968.42"));
        assert_eq!(Scalar::Null.json(), Value::Null);
        assert_eq!(six_decimals(-0.0000001), "0.000000");
    }

    #[test]
    fn scalar_csv_agrees_with_the_json_values_csv() {
        let rows: Vec<Row> = vec![
            vec![
                ("a", Scalar::Int(-3)),
                ("b", Scalar::Text("x,\"y\"".into())),
                ("c", Scalar::Null),
                ("d", Scalar::Bool(true)),
            ],
            vec![
                ("a", Scalar::Int(4)),
                ("b", Scalar::Text("2003-11-20".into())),
            ],
        ];
        let keys = ["a", "b", "c", "d"];
        let maps: Vec<_> = rows.iter().cloned().map(to_map).collect();
        assert_eq!(scalars_csv(&keys, &rows), rows_csv(&keys, &maps));
        assert_eq!(
            scalars_csv(&keys, &rows),
            "a,b,c,d\n-3,\"x,\"\"y\"\"\",,true\n4,2003-11-20,,\n"
        );
    }

    #[test]
    fn every_deals_tables_agree_with_the_json_csv() {
        for text in ["#/venture?v=1", "#/msa?v=1&stop=2003-11-20", "#/note?v=1"] {
            let Ok(link) = super::super::read_link(text) else {
                panic!("{text}")
            };
            let Ok(output) = link_output(&link) else {
                panic!("{text}")
            };
            let maps: Vec<_> = output.rows.iter().cloned().map(to_map).collect();
            assert_eq!(
                output.table_csv("rows"),
                Some(rows_csv(&output.row_keys, &maps)),
                "{text}"
            );
            for (name, rows) in &output.tables {
                let keys: Vec<&str> = rows[0].iter().map(|(k, _)| *k).collect();
                let maps: Vec<_> = rows.iter().cloned().map(to_map).collect();
                assert_eq!(
                    output.table_csv(name),
                    Some(rows_csv(&keys, &maps)),
                    "{text} {name}"
                );
            }
            assert_eq!(output.table_csv("nothing"), None);
        }
    }
}
