//! `dealmodel risk`: the risk view's figures (`risk.md`) as JSON.

use crate::{fail, USAGE};
use dealmodel::scenario::compare::is_compare;
use dealmodel::scenario::read_link;
use dealmodel::scenario::risk_output::risk_json;
use std::process::ExitCode;

/// `dealmodel risk LINK`: the risk view's figures as JSON.
pub fn command(args: &[String]) -> ExitCode {
    let [link] = args else {
        let problem = match args.first() {
            None => "LINK: missing.".to_string(),
            Some(_) => crate::out::unexpected(&args[1..].join(" ")),
        };
        return fail(&[problem, USAGE.to_string()]);
    };
    if is_compare(link) {
        return fail(&["risk: a compare link holds two scenarios; allowed: one #/venture link with at least one risk=PARAM:DIST:RANGE.".to_string()]);
    }
    let document =
        read_link(link).and_then(|read| risk_json(&read).map_err(|message| vec![message]));
    match document {
        Ok(document) => crate::out::print_line(&format!("{document:#}")),
        Err(messages) => fail(&messages),
    }
}
