//! `dealmodel seek`: the smallest (or largest) value of an input that meets a target.

use crate::fail;
use crate::request::Request;
use dealmodel::scenario::seek::{seek, Extreme};
use serde_json::{json, Map, Value};
use std::process::ExitCode;

/// `dealmodel seek LINK --vary PARAM --target KEY=VALUE`: JSON with the value,
/// or null and the reason.
pub fn command(args: &[String]) -> ExitCode {
    let largest = args.iter().any(|arg| arg == "--largest");
    let args: Vec<String> = args
        .iter()
        .filter(|arg| *arg != "--largest")
        .cloned()
        .collect();
    let extreme = if largest {
        Extreme::Largest
    } else {
        Extreme::Smallest
    };
    let request = match Request::read(&args, &["--vary", "--target"]) {
        Ok(request) => request,
        Err(messages) => return fail(&messages),
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
    let mut document = Map::new();
    document.insert("vary".into(), json!(answer.vary));
    document.insert("target".into(), json!(answer.target));
    if largest {
        document.insert("seek".into(), json!("largest"));
    }
    document.insert(
        "value".into(),
        answer.value_text().map_or(Value::Null, Value::String),
    );
    if let Some(reason) = &answer.reason {
        document.insert("reason".into(), json!(reason));
    }
    crate::out::print_line(&format!("{:#}", Value::Object(document)))
}
