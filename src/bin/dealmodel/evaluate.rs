//! `dealmodel [--format json|csv] LINK`: one link's results as JSON or its rows as
//! CSV, and a compare link's two sides as JSON. Separate from the subcommands,
//! which each read their own options.

use crate::args::{self, Format, Stop};
use crate::out::print;
use crate::{document, fail};
use dealmodel::scenario::compare::{is_compare, read_compare, write_compare};
use dealmodel::scenario::fusion::link::{is_fusion, read_fusion, write_fusion};
use dealmodel::scenario::output::{link_csv, link_json};
use dealmodel::scenario::read_link;
use dealmodel::scenario::LinkScenario;
use lexopt::Arg;
use serde::Serialize;
use serde_json::Value;
use std::process::ExitCode;

/// `dealmodel [--format json|csv] LINK`.
pub fn command(args: &[String]) -> ExitCode {
    let (format, link) = match read(args) {
        Ok(read) => read,
        Err(stop) => return crate::stop(stop),
    };
    if is_fusion(&link) {
        return fusion(format, &link);
    }
    if is_compare(&link) {
        return match format {
            Format::Csv => fail(&["--format csv: a compare link holds two scenarios; run dealmodel on its a or b link for their rows.".to_string()]),
            _ => compare(&link),
        };
    }
    let read = match read_link(&link) {
        Ok(read) => read,
        Err(messages) => return fail(&messages),
    };
    let printed = match format {
        Format::Csv => link_csv(&read),
        _ => link_json(&read).map(|json| format!("{json:#}\n")),
    };
    match printed {
        Ok(text) => print(&text),
        Err(message) => fail(&[message]),
    }
}

/// The format (JSON unless `--format csv`) and the link; no link is the usage alone.
fn read(args: &[String]) -> Result<(Format, String), Stop> {
    let mut parser = args::parser(args);
    let mut format = Format::Json;
    let mut link = None;
    while let Some(arg) = args::next(&mut parser)? {
        match arg {
            Arg::Long("format") => {
                format = args::format(&mut parser, &[Format::Json, Format::Csv])?
            }
            Arg::Value(value) if link.is_none() => link = Some(args::text(value)?),
            other => return Err(args::refuse(other.unexpected(), &mut parser)),
        }
    }
    link.map(|link| (format, link)).ok_or(Stop::Bad(Vec::new()))
}

/// A Fusion link: what `dealmodel fusion` prints for its three parts, with the
/// link's canonical form first in the JSON (`links.md`).
fn fusion(format: Format, link: &str) -> ExitCode {
    let read = match read_fusion(link) {
        Ok(read) => read,
        Err(messages) => return fail(&messages),
    };
    let scenario = write_fusion(&read.venture, &read.msa, &read.note);
    let (LinkScenario::Venture(v), LinkScenario::Msa(m), LinkScenario::Note(n)) =
        (read.venture, read.msa, read.note)
    else {
        return fail(&["fusion: a part is not its deal's.".to_string()]);
    };
    let scenario = (format == Format::Json).then_some(scenario);
    crate::fusion::print_position(format, scenario, v, m, n, read.warnings)
}

/// `{"model": "compare", "scenario", "a", "b", "notices"}`: each side's whole output.
#[derive(Serialize)]
struct CompareDocument<'a> {
    model: &'static str,
    scenario: String,
    a: Value,
    b: Value,
    notices: &'a [String],
}

fn compare(link: &str) -> ExitCode {
    let read = match read_compare(link) {
        Ok(read) => read,
        Err(messages) => return fail(&messages),
    };
    let (a, b) = match (link_json(&read.a), link_json(&read.b)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(message), _) => return fail(&[format!("a: {message}")]),
        (_, Err(message)) => return fail(&[format!("b: {message}")]),
    };
    document::print(&CompareDocument {
        model: "compare",
        scenario: write_compare(&read.a, &read.b),
        a,
        b,
        notices: &read.warnings,
    })
}
