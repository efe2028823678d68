//! `dealmodel fusion`: Fusion's cash from the three deals' links, by month.

use crate::args::{self, Format, Stop};
use crate::document::{self, Entries};
use crate::fail;
use dealmodel::engine::msa::MsaInputs;
use dealmodel::engine::note::NoteInputs;
use dealmodel::engine::venture::VentureInputs;
use dealmodel::scenario::fusion::{fusion_timeline, timeline_csv};
use dealmodel::scenario::link::write_link;
use dealmodel::scenario::{read_link, LinkScenario};
use lexopt::Arg;
use serde::Serialize;
use std::process::ExitCode;

/// `dealmodel fusion [--format csv|json] VENTURE_LINK MSA_LINK NOTE_LINK`: CSV by default.
pub fn command(args: &[String]) -> ExitCode {
    let (format, links) = match read(args) {
        Ok(read) => read,
        Err(stop) => return crate::stop(stop),
    };
    let [venture, msa, note] = links;
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
        read("venture", &venture),
        read("msa", &msa),
        read("note", &note),
    );
    let (Some(LinkScenario::Venture(v)), Some(LinkScenario::Msa(m)), Some(LinkScenario::Note(n))) =
        scenarios
    else {
        return fail(&messages);
    };
    print_position(format, None, v, m, n, notices)
}

/// Fusion's position: its timeline as CSV, or the JSON document (with the
/// Fusion link's canonical `scenario` first when one was given).
pub fn print_position(
    format: Format,
    scenario: Option<String>,
    v: VentureInputs,
    m: MsaInputs,
    n: NoteInputs,
    notices: Vec<String>,
) -> ExitCode {
    let timeline = match fusion_timeline(&v, &m, &n) {
        Ok(timeline) => timeline,
        Err(message) => return fail(&[message]),
    };
    if format != Format::Json {
        return crate::out::print(&timeline_csv(&timeline));
    }
    let t = &timeline.totals;
    document::print(&FusionDocument {
        scenario,
        model: "fusion",
        scenarios: Scenarios {
            venture: write_link(&LinkScenario::Venture(v)),
            msa: write_link(&LinkScenario::Msa(m)),
            note: write_link(&LinkScenario::Note(n)),
        },
        totals: Totals {
            venture: t.venture.to_string(),
            msa: t.msa.to_string(),
            note: t.note.to_string(),
            total: t.total.to_string(),
        },
        rows: timeline
            .rows
            .iter()
            .map(|row| {
                let values = row.values().into_iter();
                Entries(
                    values
                        .map(|(key, value)| (key.to_string(), value))
                        .collect(),
                )
            })
            .collect(),
        notices,
    })
}

/// The format (CSV unless `--format json`) and the three links, in their order.
fn read(args: &[String]) -> Result<(Format, [String; 3]), Stop> {
    let mut parser = args::parser(args);
    let mut format = Format::Csv;
    let mut links = Vec::new();
    while let Some(arg) = args::next(&mut parser)? {
        match arg {
            Arg::Long("format") => {
                format = args::format(&mut parser, &[Format::Json, Format::Csv])?
            }
            Arg::Value(value) => links.push(args::text(value)?),
            other => return Err(args::refuse(other.unexpected(), &mut parser)),
        }
    }
    let links = <[String; 3]>::try_from(links).map_err(|_| {
        Stop::bad("fusion: give three links: the Venture's, the MSA's and the Note's.")
    })?;
    Ok((format, links))
}

/// `{"model": "fusion", "scenarios", "totals", "rows", "notices"}`: money as
/// strings; each row's columns as the CSV's, from the timeline's `values`.
#[derive(Serialize)]
struct FusionDocument {
    /// A Fusion link's canonical form (`links.md`: added first); absent for
    /// the three links of `dealmodel fusion`.
    #[serde(skip_serializing_if = "Option::is_none")]
    scenario: Option<String>,
    model: &'static str,
    scenarios: Scenarios,
    totals: Totals,
    rows: Vec<Entries<String>>,
    notices: Vec<String>,
}

#[derive(Serialize)]
struct Scenarios {
    venture: String,
    msa: String,
    note: String,
}

#[derive(Serialize)]
struct Totals {
    venture: String,
    msa: String,
    note: String,
    total: String,
}
