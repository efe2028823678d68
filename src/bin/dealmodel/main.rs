//! `dealmodel`: evaluates a scenario link without a browser and prints its results
//! as JSON (default) or the monthly rows as CSV; `dealmodel seek` finds the
//! smallest value of an input that meets a target, `dealmodel grid` prints a
//! result over two inputs as CSV; `dealmodel explain LINK FIGURE` prints how one
//! figure was computed, as text or JSON; `dealmodel risk LINK` prints the risk
//! view's figures (`risk.md`) as JSON. Exit status 2 for a bad link or a bad command,
//! with the messages on standard error.

mod args;
mod document;
mod evaluate;
mod explain;
mod fusion;
mod grid;
mod out;
mod request;
mod risk;
mod seek;

use std::process::ExitCode;

pub(crate) const USAGE: &str = "usage: dealmodel [--format json|csv] LINK
       dealmodel seek LINK --vary PARAM --target KEY=VALUE [--largest]
       dealmodel grid LINK --rows PARAM=FROM..TO:POINTS --cols PARAM=FROM..TO:POINTS --result KEY
       dealmodel fusion [--format csv|json] VENTURE_LINK MSA_LINK NOTE_LINK
       dealmodel explain LINK FIGURE [--format text|json]
       dealmodel risk LINK
  FIGURE: rows[N].KEY or results.KEY, e.g. 'rows[0].retained', 'results.payoff'
  LINK: a full link, or the part from '#', e.g. '#/venture?v=1&min=4500000'
  risk: a Venture link with risk=PARAM:DIST:RANGE items, e.g. '#/venture?v=1&risk=min:uniform:2000000..4000000'";

/// The arguments as text; an argument that is not UTF-8 is refused (exit 2)
/// with its position and its bytes shown escaped, never a panic.
fn text_arguments() -> Result<Vec<String>, String> {
    std::env::args_os()
        .skip(1)
        .enumerate()
        .map(|(index, arg)| {
            arg.into_string().map_err(|raw| {
                let shown: String = raw.to_string_lossy().escape_debug().collect();
                format!(
                    "argument {}: \"{shown}\" is not UTF-8 text; allowed: a link, a subcommand or an option in UTF-8.",
                    index + 1
                )
            })
        })
        .collect()
}

fn main() -> ExitCode {
    let args = match text_arguments() {
        Ok(args) => args,
        Err(message) => {
            out::say(&message);
            return ExitCode::from(2);
        }
    };
    // Each command reads the rest with lexopt (`args.rs`); a first argument that
    // names no subcommand is the link (or an option) of the plain evaluation.
    match args.first().map(String::as_str) {
        Some("seek") => seek::command(&args[1..]),
        Some("grid") => grid::command(&args[1..]),
        Some("fusion") => fusion::command(&args[1..]),
        Some("explain") => explain::command(&args[1..]),
        Some("risk") => risk::command(&args[1..]),
        _ => evaluate::command(&args),
    }
}

/// The answer to arguments that stopped short of a command: the usage asked
/// for (exit 0), or what is wrong and the usage (exit 2).
pub(crate) fn stop(stop: args::Stop) -> ExitCode {
    match stop {
        args::Stop::Help => out::print_line(USAGE),
        args::Stop::Bad(messages) => fail(
            &messages
                .into_iter()
                .chain([USAGE.to_string()])
                .collect::<Vec<_>>(),
        ),
    }
}

pub(crate) fn fail(messages: &[String]) -> ExitCode {
    for message in messages {
        out::say(message);
    }
    ExitCode::from(2)
}
