//! The arguments, read with `lexopt`: what every command answers alike. `-h` or
//! `--help` asks for the usage; an option's value, an option given twice,
//! `--format` and an argument no command takes are refused with the same words
//! whichever command reads them, each echoed argument escaped and shortened by
//! [`crate::out::unexpected`]. The arguments reach here as text: `main` refuses
//! one that is not UTF-8 first, naming its position, which lexopt cannot know.

use crate::out::unexpected;
use dealmodel::scenario::values::shorten;
use lexopt::{Arg, Error, Parser};
use std::ffi::OsString;

/// Why reading the arguments stopped short of a command to run.
pub enum Stop {
    /// `-h` or `--help`: the usage on standard output, exit 0.
    Help,
    /// A bad command line: these messages, then the usage, on standard error, exit 2.
    Bad(Vec<String>),
}

impl Stop {
    pub fn bad(message: impl Into<String>) -> Stop {
        Stop::Bad(vec![message.into()])
    }
}

/// A reader of `args`, the arguments after the subcommand's name. `-x=1` keeps
/// its `=`, so an unexpected short option is echoed as it was typed.
pub fn parser(args: &[String]) -> Parser {
    let mut parser = Parser::from_args(args);
    parser.set_short_equals(false);
    parser
}

/// The next argument; an option given a value it does not take
/// (`--largest=yes`) is refused.
pub fn next(parser: &mut Parser) -> Result<Option<Arg<'_>>, Stop> {
    parser.next().map_err(refused)
}

/// An option's value: the next argument (whatever it starts with) or the text
/// after `=`.
pub fn value(parser: &mut Parser) -> Result<String, Stop> {
    let value = parser.value().map_err(|error| refuse(error, parser))?;
    text(value)
}

/// An argument's text: always UTF-8 here, as `main` refused any other first.
pub fn text(value: OsString) -> Result<String, Stop> {
    value
        .into_string()
        .map_err(|raw| Stop::bad(unexpected(&raw.to_string_lossy())))
}

/// Stores an option's value, refusing a second one.
pub fn once(slot: &mut Option<String>, name: &str, value: String) -> Result<(), Stop> {
    if slot.is_some() {
        return Err(Stop::bad(format!("{name}: given twice; allowed: once.")));
    }
    *slot = Some(value);
    Ok(())
}

/// What an argument the command does not take means: the usage for `-h` and
/// `--help`, else the argument echoed as it was typed. Called as
/// `refuse(arg.unexpected(), &mut parser)`, so that the text after an option's
/// `=` (or a short option's cluster) is echoed too.
pub fn refuse(error: Error, parser: &mut Parser) -> Stop {
    match error {
        Error::UnexpectedOption(option) if option == "-h" || option == "--help" => Stop::Help,
        Error::UnexpectedOption(option) => {
            let shown = match parser.optional_value() {
                Some(rest) if option.starts_with("--") => {
                    format!("{option}={}", rest.to_string_lossy())
                }
                Some(rest) => format!("{option}{}", rest.to_string_lossy()),
                None => option,
            };
            Stop::bad(unexpected(&shown))
        }
        other => refused(other),
    }
}

/// The message of what lexopt refused, the argument echoed.
fn refused(error: Error) -> Stop {
    let shown = match error {
        Error::UnexpectedOption(option) => option,
        Error::UnexpectedArgument(value) | Error::NonUnicodeValue(value) => {
            value.to_string_lossy().into_owned()
        }
        Error::UnexpectedValue { option, value } => {
            format!("{option}={}", value.to_string_lossy())
        }
        Error::MissingValue { option } => {
            let option = option.unwrap_or_else(|| "an option".to_string());
            return Stop::bad(format!("{option}: has no value."));
        }
        other => other.to_string(),
    };
    Stop::bad(unexpected(&shown))
}

/// The formats a command prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Text,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Text => "text",
        }
    }
}

/// `--format`'s value, one of `allowed` (named in that order when refused): the
/// one place every command that takes `--format` reads it.
pub fn format(parser: &mut Parser, allowed: &[Format]) -> Result<Format, Stop> {
    let names: Vec<&str> = allowed.iter().map(|format| format.name()).collect();
    let allowed_text = names.join(" or ");
    let raw = match parser.value() {
        Ok(raw) => raw,
        Err(Error::MissingValue { .. }) => {
            return Err(Stop::bad(format!(
                "--format: has no value; allowed: {allowed_text}."
            )))
        }
        Err(error) => return Err(refuse(error, parser)),
    };
    let raw = text(raw)?;
    allowed
        .iter()
        .copied()
        .find(|format| format.name() == raw)
        .ok_or_else(|| {
            Stop::bad(format!(
                "--format: \"{}\" is not a format; allowed: {allowed_text}.",
                shorten(&raw)
            ))
        })
}
