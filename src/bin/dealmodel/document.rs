//! The JSON documents the command line prints, serialised from structs that
//! derive `Serialize` (each command's own, in its module): the fields in the
//! order the struct declares them, pretty-printed with two spaces as
//! `serde_json` writes a value with `{:#}`. Money is a string with two
//! decimals (`links.md`), so a document's money fields are `String`s.

use crate::fail;
use serde::{Serialize, Serializer};
use std::process::ExitCode;

/// `document` pretty-printed and a line break on standard output.
pub fn print(document: &impl Serialize) -> ExitCode {
    match serde_json::to_string_pretty(document) {
        Ok(text) => crate::out::print_line(&text),
        Err(error) => fail(&[format!("json: {error}; nothing was printed.")]),
    }
}

/// An object whose keys are computed (months, a row's columns), in the order given.
pub struct Entries<V>(pub Vec<(String, V)>);

impl<V: Serialize> Serialize for Entries<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(key, value)| (key, value)))
    }
}
