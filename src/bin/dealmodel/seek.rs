//! `dealmodel seek`: the smallest (or largest) value of an input that meets a target.

use crate::request::Request;
use crate::{document, fail};
use dealmodel::scenario::seek::{seek, Extreme};
use serde::Serialize;
use std::process::ExitCode;

/// `{"vary", "target", "seek"?, "value", "reason"?}`: `seek` only for the
/// largest, `value` null with the `reason` when no value meets the target.
#[derive(Serialize)]
struct SeekDocument<'a> {
    vary: &'a str,
    target: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    seek: Option<&'static str>,
    value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
}

/// `dealmodel seek LINK --vary PARAM --target KEY=VALUE [--largest]`: JSON with
/// the value, or null and the reason.
pub fn command(args: &[String]) -> ExitCode {
    let request = match Request::read(args, &["--vary", "--target"], &["--largest"]) {
        Ok(request) => request,
        Err(stop) => return crate::stop(stop),
    };
    let largest = request.flag("--largest");
    let extreme = if largest {
        Extreme::Largest
    } else {
        Extreme::Smallest
    };
    let answer = match request.scenario().and_then(|scenario| {
        seek(
            &scenario,
            request.option("--vary"),
            request.option("--target"),
            extreme,
        )
    }) {
        Ok(answer) => answer,
        Err(messages) => return fail(&messages),
    };
    document::print(&SeekDocument {
        vary: answer.vary,
        target: &answer.target,
        seek: largest.then_some("largest"),
        value: answer.value_text(),
        reason: answer.reason.as_deref(),
    })
}
