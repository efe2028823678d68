//! `dealmodel`: evaluates a scenario link without a browser and prints its results
//! as JSON (default) or the monthly rows as CSV; `dealmodel seek` finds the
//! smallest value of an input that meets a target, `dealmodel grid` prints a
//! result over two inputs as CSV; `dealmodel explain LINK FIGURE` prints how one
//! figure was computed, as text or JSON; `dealmodel risk LINK` prints the risk
//! view's figures (`risk.md`) as JSON. Exit status 2 for a bad link or a bad command,
//! with the messages on standard error.

use dealmodel::engine::explain::{Explanation, TermSource};
use dealmodel::scenario::compare::{is_compare, read_compare, write_compare};
use dealmodel::scenario::explain::{explain, read_format, ExplainFormat};
use dealmodel::scenario::grid::{grid, read_axis, read_result_key};
use dealmodel::scenario::output::{link_csv, link_json};
use dealmodel::scenario::read_link;
use dealmodel::scenario::risk_output::risk_json;
use dealmodel::scenario::seek::{seek, Extreme};
use dealmodel::scenario::LinkScenario;
use serde_json::{json, Map, Value};
use std::process::ExitCode;

mod fusion {
    //! `dealmodel fusion`: Fusion's cash from the three deals' links, by month.

    use super::fail;
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
                "-h" | "--help" => {
                    println!("{usage}");
                    return ExitCode::SUCCESS;
                }
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
        let (
            Some(LinkScenario::Venture(v)),
            Some(LinkScenario::Msa(m)),
            Some(LinkScenario::Note(n)),
        ) = scenarios
        else {
            return fail(&messages);
        };
        let timeline = match fusion_timeline(&v, &m, &n) {
            Ok(timeline) => timeline,
            Err(message) => return fail(&[message]),
        };
        if !json_format {
            print!("{}", timeline_csv(&timeline));
            return ExitCode::SUCCESS;
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
        println!("{document:#}");
        ExitCode::SUCCESS
    }
}

const USAGE: &str = "usage: dealmodel [--format json|csv] LINK
       dealmodel seek LINK --vary PARAM --target KEY=VALUE [--largest]
       dealmodel grid LINK --rows PARAM=FROM..TO:POINTS --cols PARAM=FROM..TO:POINTS --result KEY
       dealmodel fusion [--format csv|json] VENTURE_LINK MSA_LINK NOTE_LINK
       dealmodel explain LINK FIGURE [--format text|json]
       dealmodel risk LINK
  FIGURE: rows[N].KEY or results.KEY, e.g. 'rows[0].retained', 'results.payoff'
  LINK: a full link, or the part from '#', e.g. '#/venture?v=1&min=4500000'
  risk: a Venture link with risk=PARAM:DIST:RANGE items, e.g. '#/venture?v=1&risk=min:uniform:2000000..4000000'";

enum Format {
    Json,
    Csv,
}

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
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let help = args.iter().any(|arg| arg == "-h" || arg == "--help");
    match args.first().map(String::as_str) {
        Some("seek" | "grid" | "explain" | "risk") if help => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("seek") => seek_command(&args[1..]),
        Some("grid") => grid_command(&args[1..]),
        Some("fusion") => fusion::command(&args[1..], USAGE),
        Some("explain") => explain_command(&args[1..]),
        Some("risk") => risk_command(&args[1..]),
        _ => evaluate(&args),
    }
}

/// `dealmodel [--format json|csv] LINK`.
fn evaluate(args: &[String]) -> ExitCode {
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
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
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
        "scenario": write_compare(&read.a.scenario, &read.b.scenario),
        "a": a,
        "b": b,
        "notices": read.warnings,
    });
    println!("{document:#}");
    ExitCode::SUCCESS
}

/// A subcommand's link and options, each option given once.
struct Request {
    link: String,
    options: Vec<(&'static str, String)>,
}

impl Request {
    fn read(args: &[String], names: &[&'static str]) -> Result<Request, Vec<String>> {
        let mut link = None;
        let mut options: Vec<(&'static str, String)> = Vec::new();
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            if let Some(&name) = names.iter().find(|name| **name == arg) {
                let Some(value) = rest.next() else {
                    return Err(vec![format!("{name}: has no value."), USAGE.to_string()]);
                };
                if options.iter().any(|(given, _)| *given == name) {
                    return Err(vec![
                        format!("{name}: given twice; allowed: once."),
                        USAGE.to_string(),
                    ]);
                }
                options.push((name, value.clone()));
            } else if arg.starts_with("--") || link.is_some() {
                return Err(vec![
                    format!("unexpected argument: {arg}"),
                    USAGE.to_string(),
                ]);
            } else {
                link = Some(arg.clone());
            }
        }
        let missing: Vec<String> = names
            .iter()
            .filter(|name| !options.iter().any(|(given, _)| given == *name))
            .map(|name| format!("{name}: missing; it is required."))
            .collect();
        let Some(link) = link else {
            return Err(vec!["LINK: missing.".to_string(), USAGE.to_string()]);
        };
        if !missing.is_empty() {
            return Err(missing.into_iter().chain([USAGE.to_string()]).collect());
        }
        Ok(Request { link, options })
    }

    fn option(&self, name: &str) -> &str {
        self.options
            .iter()
            .find(|(given, _)| *given == name)
            .map_or("", |(_, value)| value.as_str())
    }

    fn scenario(&self) -> Result<LinkScenario, Vec<String>> {
        read_link(&self.link).map(|read| read.scenario)
    }
}

/// `dealmodel seek LINK --vary PARAM --target KEY=VALUE`: JSON with the value,
/// or null and the reason.
fn seek_command(args: &[String]) -> ExitCode {
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
    println!("{:#}", Value::Object(document));
    ExitCode::SUCCESS
}

/// `dealmodel grid LINK --rows … --cols … --result KEY`: the grid as CSV.
fn grid_command(args: &[String]) -> ExitCode {
    let request = match Request::read(args, &["--rows", "--cols", "--result"]) {
        Ok(request) => request,
        Err(messages) => return fail(&messages),
    };
    let scenario = match request.scenario() {
        Ok(scenario) => scenario,
        Err(messages) => return fail(&messages),
    };
    let rows = read_axis(&scenario, "--rows", request.option("--rows"));
    let cols = read_axis(&scenario, "--cols", request.option("--cols"));
    let key = read_result_key(&scenario, request.option("--result"));
    let (rows, cols, key) = match (rows, cols, key) {
        (Ok(rows), Ok(cols), Ok(key)) => (rows, cols, key),
        (rows, cols, key) => {
            let messages: Vec<String> = rows
                .err()
                .into_iter()
                .chain(cols.err())
                .chain(key.err())
                .collect();
            return fail(&messages);
        }
    };
    match grid(&scenario, rows, cols, key) {
        Ok(grid) => {
            print!("{}", grid.csv());
            ExitCode::SUCCESS
        }
        Err(message) => fail(&[message]),
    }
}

/// `dealmodel explain LINK FIGURE [--format text|json]`.
fn explain_command(args: &[String]) -> ExitCode {
    let mut format = ExplainFormat::Text;
    let mut positional = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--format" {
            match rest.next().map(|raw| read_format(raw)) {
                Some(Ok(read)) => format = read,
                Some(Err(message)) => return fail(&[message, USAGE.to_string()]),
                None => {
                    return fail(&[
                        "--format: has no value; allowed: text or json.".to_string(),
                        USAGE.to_string(),
                    ])
                }
            }
        } else if arg.starts_with("--") || positional.len() == 2 {
            return fail(&[format!("unexpected argument: {arg}"), USAGE.to_string()]);
        } else {
            positional.push(arg.clone());
        }
    }
    let [link, figure] = positional.as_slice() else {
        let missing = if positional.is_empty() {
            "LINK and FIGURE: missing."
        } else {
            "FIGURE: missing; allowed: rows[N].KEY or results.KEY."
        };
        return fail(&[missing.to_string(), USAGE.to_string()]);
    };
    let explained = read_link(link).and_then(|read| explain(&read.scenario, figure));
    match explained {
        Ok(explanation) => {
            match format {
                ExplainFormat::Text => print!("{}", explanation.text()),
                ExplainFormat::Json => println!("{:#}", explanation_json(&explanation)),
            }
            ExitCode::SUCCESS
        }
        Err(messages) => fail(&messages),
    }
}

/// An explanation as JSON: every part, the terms with where they come from.
fn explanation_json(e: &Explanation) -> Value {
    let terms: Vec<Value> = e
        .terms()
        .iter()
        .map(|term| {
            let source = match &term.source {
                TermSource::Input(param) => json!({ "input": param }),
                TermSource::Figure(key) => json!({ "figure": key }),
                TermSource::Constant(clause) => json!({ "constant": clause }),
                TermSource::Derived(what) => json!({ "derived": what }),
            };
            json!({ "symbol": term.symbol, "value": term.text(), "source": source })
        })
        .collect();
    json!({
        "figure": e.figure,
        "label": e.label,
        "symbol": e.symbol,
        "formula": e.formula(),
        "substituted": e.substituted(),
        "result": e.result(),
        "terms": terms,
        "rounding": e.rounding(),
        "clause": e.clause,
        "reading": e.reading,
        "notes": e.notes,
        "text": e.line(),
    })
}

/// `dealmodel risk LINK`: the risk view's figures as JSON.
fn risk_command(args: &[String]) -> ExitCode {
    let [link] = args else {
        let problem = match args.first() {
            None => "LINK: missing.".to_string(),
            Some(_) => format!("unexpected argument: {}", args[1..].join(" ")),
        };
        return fail(&[problem, USAGE.to_string()]);
    };
    if is_compare(link) {
        return fail(&["risk: a compare link holds two scenarios; allowed: one #/venture link with at least one risk=PARAM:DIST:RANGE.".to_string()]);
    }
    let document =
        read_link(link).and_then(|read| risk_json(&read).map_err(|message| vec![message]));
    match document {
        Ok(document) => {
            println!("{document:#}");
            ExitCode::SUCCESS
        }
        Err(messages) => fail(&messages),
    }
}

fn fail(messages: &[String]) -> ExitCode {
    for message in messages {
        eprintln!("{message}");
    }
    ExitCode::from(2)
}
