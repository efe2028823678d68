//! CSV writing: fields quoted only when they need it, rows of JSON maps or of
//! `Scalar`s. Separate from the JSON output, which it never changes.

use super::Row;
use serde_json::{Map, Value};

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
