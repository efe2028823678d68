//! The one CSV writer: every table and download writes its text through
//! [`write_csv`] (`--format csv`, the page's table downloads, Fusion's timeline,
//! `dealmodel grid`, the risk view's draws), so `push_field` is the only place
//! that quotes a field. RFC 4180 quoting, "\n" line ends. Below it, the rows of
//! JSON maps or of `Scalar`s as fields; separate from the JSON output, which it
//! never changes.
//!
//! Hand-written rather than the `csv` crate: the same writer runs in the page's
//! wasm, where the crate added 19.8 KB gzip and these few lines 0.3 KB over the
//! writers they replaced (ARCHITECTURE.md, "Deliberately absent"); and only
//! writing is needed.

use super::Row;
use serde_json::{Map, Value};

/// CSV text: a line of `header`, then one line per row of `rows`, each line
/// ended by "\n".
pub fn write_csv<H, R, F>(header: impl IntoIterator<Item = H>, rows: R) -> String
where
    H: AsRef<str>,
    R: IntoIterator,
    R::Item: IntoIterator<Item = F>,
    F: AsRef<str>,
{
    let mut csv = String::new();
    push_line(&mut csv, header);
    for row in rows {
        push_line(&mut csv, row);
    }
    csv
}

/// One line: the fields separated by commas, then "\n".
fn push_line<F: AsRef<str>>(csv: &mut String, fields: impl IntoIterator<Item = F>) {
    for (index, field) in fields.into_iter().enumerate() {
        if index > 0 {
            csv.push(',');
        }
        push_field(csv, field.as_ref());
    }
    csv.push('\n');
}

/// One field, quoted only when it must be (it holds a comma, a double quote, CR
/// or LF), its quotes doubled: so plain figures and dates stay bare.
fn push_field(csv: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        csv.push('"');
        csv.push_str(&field.replace('"', "\"\""));
        csv.push('"');
    } else {
        csv.push_str(field);
    }
}

/// A JSON value as a field's text: strings without JSON's quotes, null empty.
fn json_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// CSV of rows: a header of `keys`, then one line per row.
pub fn rows_csv(keys: &[&str], rows: &[Map<String, Value>]) -> String {
    write_csv(
        keys,
        rows.iter().map(|row| {
            keys.iter()
                .map(|key| row.get(*key).map(json_text).unwrap_or_default())
        }),
    )
}

/// CSV of rows of scalars: a header of `keys`, then one line per row (a key a
/// row lacks is an empty field). Written from the scalars directly, so that the
/// page's downloads link no JSON library into the wasm; the command line prints
/// the same text.
pub fn scalars_csv(keys: &[&str], rows: &[Row]) -> String {
    write_csv(
        keys,
        rows.iter().map(|row| {
            keys.iter().map(|key| {
                row.iter()
                    .find(|(name, _)| name == key)
                    .map(|(_, value)| value.text())
                    .unwrap_or_default()
            })
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        let mut csv = String::new();
        push_field(&mut csv, text);
        csv
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(field("2968.42"), "2968.42");
        assert_eq!(field(""), "");
        assert_eq!(field("   "), "   ");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("a\"b"), "\"a\"\"b\"");
        assert_eq!(field("\""), "\"\"\"\"");
        assert_eq!(field("a\rb"), "\"a\rb\"");
        assert_eq!(field("a\nb"), "\"a\nb\"");
        assert_eq!(field("a,\"b\"\r\n"), "\"a,\"\"b\"\"\r\n\"");
    }

    #[test]
    fn a_header_then_a_line_per_row_each_ended_by_a_newline() {
        let rows = [vec!["1", "", "x,y"], vec!["", "", ""], vec![" ", "z", "\""]];
        assert_eq!(
            write_csv(["a", "b", "c"], &rows),
            "a,b,c\n1,,\"x,y\"\n,,\n ,z,\"\"\"\"\n"
        );
        assert_eq!(write_csv(["a", "b"], Vec::<Vec<&str>>::new()), "a,b\n");
        assert_eq!(write_csv(["a,b"], [["c"]]), "\"a,b\"\nc\n");
    }
}
