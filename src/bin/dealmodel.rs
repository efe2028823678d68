//! `dealmodel`: evaluates a scenario link without a browser and prints its results
//! as JSON (default) or the monthly rows as CSV. Exit status 2 for a bad link or
//! a bad command, with the messages on standard error.

use dealmodel::scenario::output::{link_csv, link_json};
use dealmodel::scenario::read_link;
use std::process::ExitCode;

const USAGE: &str = "usage: dealmodel [--format json|csv] LINK\n  LINK: a full link, or the part from '#', e.g. '#/venture?v=1&min=4500000'";

enum Format {
    Json,
    Csv,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut format = Format::Json;
    let mut link = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--format" => match rest.next().map(String::as_str) {
                Some("json") => format = Format::Json,
                Some("csv") => format = Format::Csv,
                _ => return fail(&["--format: allowed: json or csv.".to_string(), USAGE.to_string()]),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if link.is_none() => link = Some(arg.clone()),
            _ => return fail(&[format!("unexpected argument: {arg}"), USAGE.to_string()]),
        }
    }
    let Some(link) = link else {
        return fail(&[USAGE.to_string()]);
    };
    let read = match read_link(&link) {
        Ok(read) => read,
        Err(messages) => return fail(&messages),
    };
    let printed = match format {
        Format::Json => link_json(&read).map(|json| format!("{json:#}\n")),
        Format::Csv => link_csv(&read),
    };
    match printed {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => fail(&[message]),
    }
}

fn fail(messages: &[String]) -> ExitCode {
    for message in messages {
        eprintln!("{message}");
    }
    ExitCode::from(2)
}
