//! `dealmodel explain`: how one figure was computed, as text or JSON.

use crate::{fail, USAGE};
use dealmodel::engine::explain::{Explanation, TermSource};
use dealmodel::scenario::catalogue::input_key;
use dealmodel::scenario::explain::{explain, read_format, ExplainFormat};
use dealmodel::scenario::read_link;
use serde_json::{json, Value};
use std::process::ExitCode;

/// `dealmodel explain LINK FIGURE [--format text|json]`.
pub fn command(args: &[String]) -> ExitCode {
    let mut format = ExplainFormat::Text;
    let mut positional = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--format" {
            match rest.next().map(|raw| read_format(raw)) {
                Some(Ok(read)) => format = read,
                Some(Err(message)) => return fail(&[message, USAGE.to_string()]),
                None => {
                    return fail(&[
                        "--format: has no value; allowed: text or json.".to_string(),
                        USAGE.to_string(),
                    ])
                }
            }
        } else if arg.starts_with("--") || positional.len() == 2 {
            return fail(&[crate::out::unexpected(arg), USAGE.to_string()]);
        } else {
            positional.push(arg.clone());
        }
    }
    let [link, figure] = positional.as_slice() else {
        let missing = if positional.is_empty() {
            "LINK and FIGURE: missing."
        } else {
            "FIGURE: missing; allowed: rows[N].KEY or results.KEY."
        };
        return fail(&[missing.to_string(), USAGE.to_string()]);
    };
    let explained = read_link(link).and_then(|read| explain(&read.scenario, figure));
    match explained {
        Ok(explanation) => match format {
            ExplainFormat::Text => crate::out::print(&explanation.text(input_key)),
            ExplainFormat::Json => {
                crate::out::print_line(&format!("{:#}", explanation_json(&explanation)))
            }
        },
        Err(messages) => fail(&messages),
    }
}

/// An explanation as JSON: every part, the terms with where they come from.
fn explanation_json(e: &Explanation) -> Value {
    let terms: Vec<Value> = e
        .terms()
        .iter()
        .map(|term| {
            let source = match &term.source {
                TermSource::Input(id) => json!({ "input": input_key(*id) }),
                TermSource::Figure(key) => json!({ "figure": key }),
                TermSource::Constant(clause) => json!({ "constant": clause }),
                TermSource::Derived(what) => json!({ "derived": what }),
            };
            json!({ "symbol": term.symbol, "value": term.text(), "source": source })
        })
        .collect();
    json!({
        "figure": e.figure,
        "label": e.label,
        "symbol": e.symbol,
        "formula": e.formula(),
        "substituted": e.substituted(),
        "result": e.result(),
        "terms": terms,
        "rounding": e.rounding(),
        "clause": e.clause,
        "reading": e.reading,
        "notes": e.notes,
        "text": e.line(),
    })
}
