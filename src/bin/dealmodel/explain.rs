//! `dealmodel explain`: how one figure was computed, as text or JSON.

use crate::args::{self, Format, Stop};
use crate::{document, fail};
use dealmodel::engine::explain::{Explanation, TermSource};
use dealmodel::scenario::catalogue::input_key;
use dealmodel::scenario::explain::explain;
use dealmodel::scenario::read_link;
use lexopt::Arg;
use serde::Serialize;
use std::process::ExitCode;

/// `dealmodel explain LINK FIGURE [--format text|json]`.
pub fn command(args: &[String]) -> ExitCode {
    let (format, link, figure) = match read(args) {
        Ok(read) => read,
        Err(stop) => return crate::stop(stop),
    };
    let explained = read_link(&link).and_then(|read| explain(&read.scenario, &figure));
    match explained {
        Ok(explanation) => match format {
            Format::Json => document::print(&ExplanationDocument::of(&explanation)),
            _ => crate::out::print(&explanation.text(input_key)),
        },
        Err(messages) => fail(&messages),
    }
}

/// The format (text unless `--format json`), the link and the figure.
fn read(args: &[String]) -> Result<(Format, String, String), Stop> {
    let mut parser = args::parser(args);
    let mut format = Format::Text;
    let mut positional = Vec::new();
    while let Some(arg) = args::next(&mut parser)? {
        match arg {
            Arg::Long("format") => {
                format = args::format(&mut parser, &[Format::Text, Format::Json])?
            }
            Arg::Value(value) if positional.len() < 2 => positional.push(args::text(value)?),
            other => return Err(args::refuse(other.unexpected(), &mut parser)),
        }
    }
    let mut positional = positional.into_iter();
    match (positional.next(), positional.next()) {
        (Some(link), Some(figure)) => Ok((format, link, figure)),
        (None, _) => Err(Stop::bad("LINK and FIGURE: missing.")),
        (Some(_), None) => Err(Stop::bad(
            "FIGURE: missing; allowed: rows[N].KEY or results.KEY.",
        )),
    }
}

/// An explanation as JSON: every part, the terms with where they come from.
#[derive(Serialize)]
struct ExplanationDocument<'a> {
    figure: &'a str,
    label: &'a str,
    symbol: &'a str,
    formula: String,
    substituted: String,
    result: String,
    terms: Vec<TermDocument>,
    rounding: Option<String>,
    clause: &'a str,
    reading: Option<&'a str>,
    notes: &'a [String],
    text: String,
}

/// `{"symbol", "value", "source": {"input" | "figure" | "constant" | "derived": …}}`.
#[derive(Serialize)]
struct TermDocument {
    symbol: String,
    value: String,
    source: Source,
}

/// Where a term comes from: an object of one key, the kind.
#[derive(Serialize)]
#[serde(rename_all = "lowercase")]
enum Source {
    Input(&'static str),
    Figure(String),
    Constant(&'static str),
    Derived(String),
}

impl<'a> ExplanationDocument<'a> {
    fn of(e: &'a Explanation) -> ExplanationDocument<'a> {
        let terms = e
            .terms()
            .into_iter()
            .map(|term| TermDocument {
                value: term.text(),
                source: match term.source {
                    TermSource::Input(id) => Source::Input(input_key(id)),
                    TermSource::Figure(key) => Source::Figure(key),
                    TermSource::Constant(clause) => Source::Constant(clause),
                    TermSource::Derived(what) => Source::Derived(what),
                },
                symbol: term.symbol,
            })
            .collect();
        ExplanationDocument {
            figure: &e.figure,
            label: &e.label,
            symbol: &e.symbol,
            formula: e.formula(),
            substituted: e.substituted(),
            result: e.result(),
            terms,
            rounding: e.rounding(),
            clause: &e.clause,
            reading: e.reading.as_deref(),
            notes: &e.notes,
            text: e.line(),
        }
    }
}
