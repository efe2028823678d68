//! Every figure explains itself: the explanation's tree, evaluated as written,
//! gives the figure to the cent, and every explanation names a clause or says
//! "assumption".

mod support;

use dealmodel::engine::venture;
use dealmodel::engine::venture::VentureInputs;

#[test]
fn the_issues_example_at_the_venture_defaults() {
    let inputs = VentureInputs::defaults();
    let outcome = venture::compute(&inputs).unwrap();
    let e = venture::explain::explain(&inputs, &outcome, "rows[0].retained").unwrap();
    assert_eq!(
        e.line(),
        "retained = round(D × (S − T) / C) = round(75,200.00 × (95,000.00 − 80,000.00) / 380,000.00) = 2,968.42 — amended cl. 2(2)(1)(b); funded reading"
    );
    println!("{}", e.text(input_key));
}

use dealmodel::engine::explain::{parse_key, Key, Shown};
use dealmodel::engine::msa::MsaInputs;
use dealmodel::engine::note::NoteInputs;
use dealmodel::scenario::catalogue::input_key;
use dealmodel::scenario::explain::{explain, figure_keys};
use dealmodel::scenario::output::{link_output, DealOutput, Scalar};
use dealmodel::scenario::{Link, LinkScenario};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;

/// The keys no explanation covers yet: indexes, calendar months, words, a yes/no
/// and the IRR.
const NOT_COVERED: &[&str] = &[
    "rows.month",
    "rows.calendar_month",
    "results.recoup_calendar_month",
    "results.recoup_settles",
    "rows.number",
    "rows.paid",
    "dates.what",
    "dates.clause",
    "cash.t",
    "cash.calendar_month",
];

fn covered(key: &str) -> bool {
    let general = match parse_key(key) {
        Some(Key::Row(_, name)) => format!("rows.{name}"),
        Some(Key::Result(name)) => format!("results.{name}"),
        Some(Key::Table(table, _, name)) => format!("{table}.{name}"),
        None => return false,
    };
    !NOT_COVERED.contains(&general.as_str())
}

fn output_of(scenario: &LinkScenario) -> Option<DealOutput> {
    link_output(&Link::plain(scenario.clone(), Vec::new())).ok()
}

/// The figure as the command line's output prints it (None: not an output key, or null).
fn output_value(output: &Option<DealOutput>, key: &str) -> Option<Scalar> {
    let output = output.as_ref()?;
    let (row, name) = match parse_key(key)? {
        Key::Row(index, name) => (output.rows.get(index)?.clone(), name),
        Key::Result(name) => (output.results.clone(), name),
        Key::Table(table, index, name) => (
            output
                .tables
                .iter()
                .find(|(t, _)| *t == table)?
                .1
                .get(index)?
                .clone(),
            name,
        ),
    };
    row.into_iter()
        .find(|(k, _)| *k == name)
        .map(|(_, value)| value)
}

fn check(
    scenario: &LinkScenario,
    output: &Option<DealOutput>,
    key: &str,
) -> Result<(), TestCaseError> {
    let Ok(e) = explain(scenario, key) else {
        let printed = output_value(output, key);
        prop_assert!(
            !covered(key) || printed.is_none() || printed == Some(Scalar::Null),
            "{key} refused"
        );
        return Ok(());
    };
    prop_assert!(covered(key), "{key} explained but listed as not covered");
    let evaluated = e.evaluate();
    prop_assert!(evaluated.is_some(), "{key}: the tree does not evaluate");
    let evaluated = evaluated.unwrap_or_default();
    let tolerance = if key == "results.thil_irr" {
        // The IRR is found in f64 and printed at six decimals: its tree, (1 + m)^12 − 1
        // with m from the bisection, gives it to those decimals and f64's precision.
        Decimal::new(1, 6).max(e.value.abs() * Decimal::new(1, 12))
    } else if e.shown == Shown::Money {
        Decimal::ZERO
    } else {
        Decimal::new(1, 20)
    };
    prop_assert!(
        (evaluated - e.value).abs() <= tolerance,
        "{key}: tree {evaluated} ≠ figure {}\n{}",
        e.value,
        e.text(input_key)
    );
    let printed = output_value(output, key);
    if let Some(date @ (Scalar::Date(_) | Scalar::Month(_))) = &printed {
        prop_assert_eq!(e.shown, Shown::Date, "{} is a date", key);
        prop_assert_eq!(e.result(), date.text(), "{}", key);
    } else if let Some(value @ (Scalar::Money(_) | Scalar::Decimal(_) | Scalar::Irr(_))) = &printed
    {
        let text = value.text();
        let printed = Decimal::from_str(&text).unwrap_or_default();
        prop_assert_eq!(
            printed.normalize(),
            e.value.normalize(),
            "{}: output {} ≠ explanation {}",
            key,
            text,
            e.value
        );
    }
    if let Some(Scalar::Int(n)) = output_value(output, key) {
        prop_assert_eq!(Decimal::from(n), e.value.normalize());
    }
    prop_assert!(
        e.clause.contains("cl.")
            || e.clause.contains("assumption")
            || e.clause.starts_with("the note"),
        "{key}: no clause: {}",
        e.clause
    );
    prop_assert!(e.text(input_key).contains(&e.line()));
    Ok(())
}

/// Every key of the further tables (the MSA's dates).
fn table_keys(scenario: &LinkScenario, output: &Option<DealOutput>) -> Vec<String> {
    let mut all = Vec::new();
    for (table, columns) in figure_keys(scenario).tables {
        let count = output
            .as_ref()
            .and_then(|o| o.tables.iter().find(|(t, _)| *t == table))
            .map_or(0, |(_, rows)| rows.len());
        for index in 0..count {
            all.extend(columns.iter().map(|k| format!("{table}[{index}].{k}")));
        }
    }
    all
}

fn all_keys(scenario: &LinkScenario, output: &Option<DealOutput>) -> Vec<String> {
    let keys = figure_keys(scenario);
    let mut all: Vec<String> = keys
        .results
        .iter()
        .map(|k| format!("results.{k}"))
        .collect();
    for index in 0..rows_of(output) {
        all.extend(keys.rows.iter().map(|k| format!("rows[{index}].{k}")));
    }
    all.extend(table_keys(scenario, output));
    all
}

fn rows_of(output: &Option<DealOutput>) -> usize {
    output.as_ref().map_or(0, |o| o.rows.len())
}

#[test]
fn every_figure_of_the_defaults_evaluates_to_itself() {
    let scenarios = [
        LinkScenario::Venture(VentureInputs::defaults()),
        LinkScenario::Msa(MsaInputs::defaults()),
        LinkScenario::Note(NoteInputs::defaults()),
    ];
    let mut explained = 0;
    for scenario in &scenarios {
        let output = output_of(scenario);
        for key in all_keys(scenario, &output) {
            check(scenario, &output, &key).unwrap();
            explained += usize::from(explain(scenario, &key).is_ok());
        }
    }
    // 24 Venture rows × 19 keys + 13 results, 12 MSA rows × 3 + 4, 4 Note rows × 6 + 9.
    assert!(
        explained >= 24 * 19 + 13 + 12 * 3 + 4 + 4 * 6 + 9,
        "{explained}"
    );
}

#[test]
fn a_sample_per_deal() {
    let msa = LinkScenario::Msa(MsaInputs::defaults());
    let e = explain(&msa, "rows[0].recurring").unwrap();
    assert_eq!(
        e.formula(),
        "round(MRC × months × days served / days in period)"
    );
    assert_eq!(e.evaluate(), Some(e.value));
    let e = explain(&msa, "rows[0].amount").unwrap();
    assert_eq!(e.formula(), "recurring + NRC");
    let note = LinkScenario::Note(NoteInputs::defaults());
    let e = explain(&note, "rows[0].interest").unwrap();
    assert_eq!(e.line(), "interest = round(P × r × days / 360) = round(10,183.10 × 4.75 % × 59 / 360) = 79.27 — the note: interest quarterly at the lesser of the stated and the lawful rate; Actual/360 (the note's)");
    let e = explain(&note, "results.payoff").unwrap();
    assert_eq!(e.formula(), "principal + O + accrued + collection");
    assert_eq!(e.evaluate(), Some(e.value));
}

#[test]
fn refusals_name_the_key_and_the_forms() {
    let venture = LinkScenario::Venture(VentureInputs::defaults());
    let message = explain(&venture, "rows[24].retained")
        .unwrap_err()
        .join("\n");
    assert!(
        message.contains("rows[24].retained") && message.contains("N from 0 to 23"),
        "{message}"
    );
    let message = explain(&venture, "results.nope").unwrap_err().join("\n");
    assert!(message.contains("results.KEY"), "{message}");
    let message = explain(&venture, "results.termination_payment")
        .unwrap_err()
        .join("\n");
    assert!(message.contains("null"), "{message}");
}

/// Every result key, and every key of one random row and of the last row.
fn check_random(scenario: LinkScenario, pick: usize) -> Result<(), TestCaseError> {
    let output = output_of(&scenario);
    let rows = rows_of(&output);
    let keys = figure_keys(&scenario);
    let mut chosen: Vec<String> = keys
        .results
        .iter()
        .map(|k| format!("results.{k}"))
        .collect();
    if rows > 0 {
        for index in [pick % rows, rows - 1] {
            chosen.extend(keys.rows.iter().map(|k| format!("rows[{index}].{k}")));
        }
    }
    // A seventh of the further tables' keys (the Venture's cash months are many).
    chosen.extend(
        table_keys(&scenario, &output)
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % 7 == pick % 7)
            .map(|(_, k)| k),
    );
    for key in chosen {
        check(&scenario, &output, &key)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn venture_explanations_evaluate_to_their_figures(inputs in support::venture_inputs(), pick in any::<usize>()) {
        check_random(LinkScenario::Venture(inputs), pick)?;
    }

    #[test]
    fn msa_explanations_evaluate_to_their_figures(inputs in support::msa_inputs(), pick in any::<usize>()) {
        check_random(LinkScenario::Msa(inputs), pick)?;
    }

    #[test]
    fn note_explanations_evaluate_to_their_figures(inputs in support::note_inputs(), pick in any::<usize>()) {
        check_random(LinkScenario::Note(inputs), pick)?;
    }
}

fn dealmodel(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dealmodel"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_command_line_explains_as_text_and_json() {
    let (code, text, _) = dealmodel(&["explain", "#/venture", "rows[0].retained"]);
    assert_eq!(code, 0);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("rows[0].retained (retained by Fusion to repay the loan): 2,968.42")
    );
    assert_eq!(
        lines.next(),
        Some("retained = round(D × (S − T) / C) = round(75,200.00 × (95,000.00 − 80,000.00) / 380,000.00) = 2,968.42 — amended cl. 2(2)(1)(b); funded reading")
    );
    assert!(text.contains("  D = 75,200.00: figure rows[0].distributable"));

    let (code, json, _) = dealmodel(&[
        "explain",
        "#/msa?v=1&stop=2003-11-20",
        "results.termination_charge",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["result"], "65,000.00");
    assert_eq!(json["clause"], "cl. 12");
    assert_eq!(json["terms"][0]["symbol"], "recurring(7)");

    let (code, _, _) = dealmodel(&["explain", "#/note", "rows[1].interest", "--format", "text"]);
    assert_eq!(code, 0);
}

#[test]
fn the_command_line_refuses_with_exit_2() {
    let (code, _, err) = dealmodel(&["explain", "#/venture?min=abc", "rows[0].retained"]);
    assert_eq!(code, 2);
    assert!(err.contains("min"), "{err}");
    let (code, _, err) = dealmodel(&["explain", "#/venture", "rows[0].nope"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("rows[N].KEY") && err.contains("results.KEY"),
        "{err}"
    );
    let (code, _, err) = dealmodel(&["explain", "#/venture"]);
    assert_eq!(code, 2);
    assert!(err.contains("FIGURE"), "{err}");
    let (code, _, err) = dealmodel(&["explain", "#/venture", "results.loan", "--format", "csv"]);
    assert_eq!(code, 2);
    assert!(err.contains("text or json"), "{err}");
    let (code, out, _) = dealmodel(&["#/venture"]);
    assert_eq!(code, 0);
    assert!(out.contains("\"retained\": \"2968.42\""));
}
