//! The command line's output (`links.md`, "The command line"): JSON with stable
//! keys and string formats, and CSV of the rows. The page shows the same values.

mod csv;
mod scalar;
mod venture;

use super::link::{write_link_with_risk, Link, LinkScenario};
pub use csv::{rows_csv, scalars_csv, write_csv};
use scalar::to_map;
pub use scalar::{f, fraction, irr, m, money, opt, scalar_text, six_decimals, Scalar};
use serde_json::{json, Map, Value};
use venture::venture_output;
pub use venture::{
    cash_row_scalars, venture_result_scalar, venture_result_scalars, venture_results, venture_row,
    venture_row_scalars,
};

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
    /// Lines that end the `rows` table on the page and in its CSV but are not
    /// rows of the JSON: the MSA's termination charge after a voluntary stop,
    /// so that the table adds up to the total charges (`msa.md`).
    pub closing_rows: Vec<Row>,
    /// Further tables after `rows`: the Venture's `cash`, the MSA's `dates`.
    pub tables: Vec<(&'static str, Vec<Row>)>,
    /// One string per kind of notice (warnings about the link come first, added
    /// by [`link_output`]).
    pub notices: Vec<String>,
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

/// A scenario's results and notices without its tables: what the page's
/// headlines need at once (the tables follow a painted frame later), from the
/// page's one run of the engine.
pub fn scenario_results(scenario: &LinkScenario) -> Result<(Row, Vec<String>), String> {
    use crate::scenario::deal_form::Deal;
    use crate::scenario::{msa, note, run, venture};
    match scenario {
        LinkScenario::Venture(inputs) => results_of(
            Deal::Venture,
            run::venture(inputs)
                .as_ref()
                .as_ref()
                .map_err(venture::out_of_model_range),
            |o| o.notices.iter().map(|n| n.text.clone()).collect(),
        ),
        LinkScenario::Msa(inputs) => results_of(
            Deal::Msa,
            run::msa(inputs)
                .as_ref()
                .as_ref()
                .map_err(msa::out_of_model_range),
            |o| o.notices.iter().map(|n| n.text.clone()).collect(),
        ),
        LinkScenario::Note(inputs) => results_of(
            Deal::Note,
            run::note(inputs)
                .as_ref()
                .as_ref()
                .map_err(note::out_of_model_range),
            |o| o.notices.iter().map(|n| n.text.clone()).collect(),
        ),
    }
}

/// One deal's results (through the catalogue's accessors) and notices.
fn results_of<O: crate::scenario::catalogue::Readable>(
    deal: crate::scenario::deal_form::Deal,
    outcome: Result<&O, String>,
    notices: fn(&O) -> Vec<String>,
) -> Result<(Row, Vec<String>), String> {
    let outcome = outcome?;
    let results =
        crate::scenario::catalogue::row(crate::scenario::catalogue::results(deal), outcome);
    Ok((results, notices(outcome)))
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
    document.insert("scenario".into(), json!(write_link_with_risk(link)));
    document.insert("results".into(), Value::Object(to_map(output.results)));
    document.insert("rows".into(), rows_json(&output.rows));
    for (name, rows) in &output.tables {
        document.insert((*name).into(), rows_json(rows));
    }
    document.insert("notices".into(), json!(output.notices));
    Ok(Value::Object(document))
}

impl DealOutput {
    /// The rows and their closing lines: the table `--format csv` prints.
    pub fn rows_csv(&self) -> String {
        let mut rows = self.rows.clone();
        rows.extend(self.closing_rows.iter().cloned());
        scalars_csv(&self.row_keys, &rows)
    }

    /// The CSV of one of the output's tables: `rows` (what `--format csv`
    /// prints) or a further table by name (`cash`, `dates`), its columns those of
    /// its first row. `None` for a table the deal does not have.
    pub fn table_csv(&self, table: &str) -> Option<String> {
        if table == "rows" {
            return Some(self.rows_csv());
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
    Ok(link_output(link)?.rows_csv())
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
            let maps: Vec<_> = output
                .rows
                .iter()
                .chain(&output.closing_rows)
                .cloned()
                .map(to_map)
                .collect();
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
