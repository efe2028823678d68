//! `dealmodel [--format json|csv] LINK`: one link's results as JSON or its rows as
//! CSV, and a compare link's two sides as JSON. Separate from the subcommands,
//! which each read their own options.

use crate::out::{print, print_line, unexpected};
use crate::{fail, USAGE};
use dealmodel::scenario::compare::{is_compare, read_compare, write_compare};
use dealmodel::scenario::output::{link_csv, link_json};
use dealmodel::scenario::read_link;
use serde_json::json;
use std::process::ExitCode;

enum Format {
    Json,
    Csv,
}

/// `dealmodel [--format json|csv] LINK`.
pub fn command(args: &[String]) -> ExitCode {
    let mut format = Format::Json;
    let mut link = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--format" => match rest.next().map(String::as_str) {
                Some("json") => format = Format::Json,
                Some("csv") => format = Format::Csv,
                _ => {
                    return fail(&[
                        "--format: allowed: json or csv.".to_string(),
                        USAGE.to_string(),
                    ])
                }
            },
            "-h" | "--help" => return print_line(USAGE),
            _ if link.is_none() => link = Some(arg.clone()),
            _ => return fail(&[unexpected(arg), USAGE.to_string()]),
        }
    }
    let Some(link) = link else {
        return fail(&[USAGE.to_string()]);
    };
    if is_compare(&link) {
        return match format {
            Format::Json => compare(&link),
            Format::Csv => fail(&["--format csv: a compare link holds two scenarios; run dealmodel on its a or b link for their rows.".to_string()]),
        };
    }
    let read = match read_link(&link) {
        Ok(read) => read,
        Err(messages) => return fail(&messages),
    };
    let printed = match format {
        Format::Json => link_json(&read).map(|json| format!("{json:#}\n")),
        Format::Csv => link_csv(&read),
    };
    match printed {
        Ok(text) => print(&text),
        Err(message) => fail(&[message]),
    }
}

/// `{"model": "compare", "scenario", "a", "b"}`: each side's whole output.
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
    let document = json!({
        "model": "compare",
        "scenario": write_compare(&read.a, &read.b),
        "a": a,
        "b": b,
        "notices": read.warnings,
    });
    print_line(&format!("{document:#}"))
}
