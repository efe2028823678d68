//! `dealmodel fusion`: Fusion's cash from the three deals' links, by month.

use crate::fail;
use dealmodel::scenario::fusion::{fusion_timeline, timeline_csv};
use dealmodel::scenario::link::write_link;
use dealmodel::scenario::{read_link, LinkScenario};
use serde_json::{json, Map, Value};
use std::process::ExitCode;

/// `dealmodel fusion [--format csv|json] VENTURE_LINK MSA_LINK NOTE_LINK`: CSV by default.
pub fn command(args: &[String], usage: &str) -> ExitCode {
    let mut json_format = false;
    let mut links = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--format" => match rest.next().map(String::as_str) {
                Some("json") => json_format = true,
                Some("csv") => json_format = false,
                _ => {
                    return fail(&[
                        "--format: allowed: json or csv.".to_string(),
                        usage.to_string(),
                    ])
                }
            },
            "-h" | "--help" => return crate::out::print_line(usage),
            _ => links.push(arg.as_str()),
        }
    }
    let [venture, msa, note] = links.as_slice() else {
        return fail(&[
            "fusion: give three links: the Venture's, the MSA's and the Note's.".to_string(),
            usage.to_string(),
        ]);
    };
    let mut messages = Vec::new();
    let mut notices = Vec::new();
    let mut read = |route: &str, text: &str| match read_link(text) {
        Ok(link) if link.scenario.route() == route => {
            notices.extend(link.warnings.iter().map(|w| format!("{route}: {w}")));
            Some(link.scenario)
        }
        Ok(link) => {
            messages.push(format!(
                "{route}: \"{text}\" opens the {} deal; allowed: a #/{route} link.",
                link.scenario.route()
            ));
            None
        }
        Err(errors) => {
            messages.extend(errors.into_iter().map(|e| format!("{route}: {e}")));
            None
        }
    };
    let scenarios = (
        read("venture", venture),
        read("msa", msa),
        read("note", note),
    );
    let (Some(LinkScenario::Venture(v)), Some(LinkScenario::Msa(m)), Some(LinkScenario::Note(n))) =
        scenarios
    else {
        return fail(&messages);
    };
    let timeline = match fusion_timeline(&v, &m, &n) {
        Ok(timeline) => timeline,
        Err(message) => return fail(&[message]),
    };
    if !json_format {
        return crate::out::print(&timeline_csv(&timeline));
    }
    let rows: Vec<Value> = timeline
        .rows
        .iter()
        .map(|row| {
            Value::Object(
                row.values()
                    .into_iter()
                    .map(|(key, value)| (key.to_string(), json!(value)))
                    .collect::<Map<_, _>>(),
            )
        })
        .collect();
    let t = &timeline.totals;
    let document = json!({
        "model": "fusion",
        "scenarios": {
            "venture": write_link(&LinkScenario::Venture(v)),
            "msa": write_link(&LinkScenario::Msa(m)),
            "note": write_link(&LinkScenario::Note(n)),
        },
        "totals": {
            "venture": t.venture.to_string(),
            "msa": t.msa.to_string(),
            "note": t.note.to_string(),
            "total": t.total.to_string(),
        },
        "rows": rows,
        "notices": notices,
    });
    crate::out::print_line(&format!("{document:#}"))
}
