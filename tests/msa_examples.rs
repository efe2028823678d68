//! The MSA examples of the model book (`examples.md`), to the cent: through the
//! engine and through the link and the command line's JSON keys.

use dealmodel::engine::msa::{compute, Cause, MsaInputs, MsaOutcome};
use dealmodel::engine::{Date, Money};
use dealmodel::scenario::link::LinkScenario;
use dealmodel::scenario::output::link_json;
use dealmodel::scenario::read_link;
use serde_json::Value;

fn d(year: i32, month: u32, day: u32) -> Date {
    Date::new(year, month, day).expect("a real date")
}

fn money(text: &str) -> Money {
    Money::round(text.parse().expect("a decimal")).expect("in range")
}

fn outcome(inputs: &MsaInputs) -> MsaOutcome {
    compute(inputs).expect("computes")
}

fn inputs_of(link: &str) -> MsaInputs {
    match read_link(link).expect("a valid link").scenario {
        LinkScenario::Msa(inputs) => inputs,
        other => panic!("{link} opened {other:?}"),
    }
}

fn json(link: &str) -> Value {
    link_json(&read_link(link).expect("a valid link")).expect("computes")
}

#[test]
fn defaults_engine() {
    let out = outcome(&MsaInputs::defaults());
    assert_eq!(out.term.start, d(2003, 6, 16));
    assert_eq!(out.term.end, d(2004, 6, 15));
    assert_eq!(out.invoices.len(), 13);
    let first = &out.invoices[0];
    assert_eq!(
        (first.date, first.period_start, first.period_end),
        (d(2003, 6, 16), d(2003, 6, 16), d(2003, 6, 30))
    );
    assert_eq!(
        (first.recurring, first.nrc, first.amount),
        (money("5000"), money("2500"), money("7500"))
    );
    assert_eq!(
        (first.due, first.dispute_by),
        (d(2003, 7, 16), d(2003, 6, 26))
    );
    let second = &out.invoices[1];
    assert_eq!(
        (second.date, second.period_end),
        (d(2003, 7, 1), d(2003, 7, 31))
    );
    assert_eq!(
        (second.recurring, second.nrc, second.amount),
        (money("10000"), Money::ZERO, money("10000"))
    );
    assert_eq!(
        (second.due, second.dispute_by),
        (d(2003, 7, 31), d(2003, 7, 11))
    );
    let last = &out.invoices[12];
    assert_eq!(
        (last.number, last.date, last.period_end),
        (13, d(2004, 6, 1), d(2004, 6, 15))
    );
    assert_eq!(
        (last.recurring, last.amount),
        (money("5000"), money("5000"))
    );
    assert_eq!((last.due, last.dispute_by), (d(2004, 7, 1), d(2004, 6, 11)));
    assert_eq!(out.total_charges, money("122500"));
    assert_eq!(out.commitment.shortfall, Money::ZERO);
    assert!(out.termination.is_none());
}

#[test]
fn defaults_json() {
    let doc = json("#/msa?v=1");
    assert_eq!(doc["model"], "msa");
    assert_eq!(doc["scenario"], "#/msa?v=1");
    let r = &doc["results"];
    assert_eq!(r["term_start"], "2003-06-16");
    assert_eq!(r["term_end"], "2004-06-15");
    assert_eq!(r["commitment_end"], "2004-06-15");
    assert_eq!(r["total_charges"], "122500.00");
    assert_eq!(r["shortfall"], "0.00");
    assert_eq!(r["termination_charge"], Value::Null);
    assert_eq!(r["late_interest"], "0.00");
    assert_eq!(r["max_deposit"], "122500.00");
    let rows = doc["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 13);
    assert_eq!(rows[0]["number"], 1);
    assert_eq!(rows[0]["date"], "2003-06-16");
    assert_eq!(rows[0]["period_start"], "2003-06-16");
    assert_eq!(rows[0]["period_end"], "2003-06-30");
    assert_eq!(rows[0]["recurring"], "5000.00");
    assert_eq!(rows[0]["nrc"], "2500.00");
    assert_eq!(rows[0]["amount"], "7500.00");
    assert_eq!(rows[0]["due"], "2003-07-16");
    assert_eq!(rows[0]["dispute_by"], "2003-06-26");
    assert_eq!(rows[1]["nrc"], "0.00");
    assert_eq!(rows[1]["due"], "2003-07-31");
    assert_eq!(rows[12]["period_start"], "2004-06-01");
    assert_eq!(rows[12]["amount"], "5000.00");
    assert_eq!(rows[12]["dispute_by"], "2004-06-11");
    assert!(doc["dates"]
        .as_array()
        .is_some_and(|dates| !dates.is_empty()));
}

#[test]
fn terminated_engine_and_json() {
    let inputs = inputs_of("#/msa?v=1&stop=2003-11-20");
    let out = outcome(&inputs);
    assert_eq!(out.shown().len(), 6);
    assert_eq!(out.shown()[5].date, d(2003, 11, 1));
    assert_eq!(out.invoiced, money("57500"));
    assert_eq!(out.termination_charge(), money("65000"));
    assert_eq!(out.total_charges, money("122500"));
    assert_eq!(out.commitment.shortfall, Money::ZERO);

    let doc = json("#/msa?v=1&stop=2003-11-20");
    assert_eq!(doc["rows"].as_array().map(Vec::len), Some(6));
    assert_eq!(doc["rows"][5]["date"], "2003-11-01");
    assert_eq!(doc["results"]["termination_charge"], "65000.00");
    assert_eq!(doc["results"]["total_charges"], "122500.00");
    assert_eq!(doc["results"]["shortfall"], "0.00");
    assert_eq!(doc["results"]["term_end"], "2004-06-15");
    assert_eq!(doc["results"]["commitment_end"], "2004-06-15");
}

#[test]
fn terminated_for_provider_breach() {
    let inputs = inputs_of("#/msa?v=1&stop=2003-11-20&cause=provider-breach");
    assert_eq!(inputs.cause, Cause::ProviderBreach);
    let out = outcome(&inputs);
    assert_eq!(out.termination_charge(), Money::ZERO);
    assert_eq!(out.total_charges, money("57500"));
    let doc = json("#/msa?v=1&stop=2003-11-20&cause=provider-breach");
    assert_eq!(doc["results"]["termination_charge"], "0.00");
    assert_eq!(doc["results"]["total_charges"], "57500.00");
}

#[test]
fn a_term_from_the_31st() {
    let link = "#/msa?v=1&tendered=2003-03-28&accept=2003-03-31&termm=23";
    let out = outcome(&inputs_of(link));
    assert_eq!(out.term.end, d(2005, 2, 28));
    assert_eq!(out.term.commitment_end, d(2004, 3, 30));
    let first = &out.invoices[0];
    assert_eq!(
        (first.period_start, first.period_end),
        (d(2003, 3, 31), d(2003, 3, 31))
    );
    assert_eq!(first.recurring, money("322.58"));
    assert_eq!(first.amount, money("2822.58"));

    let doc = json(link);
    assert_eq!(doc["scenario"], link);
    assert_eq!(doc["results"]["term_end"], "2005-02-28");
    assert_eq!(doc["results"]["commitment_end"], "2004-03-30");
    assert_eq!(doc["rows"][0]["recurring"], "322.58");
    assert_eq!(doc["rows"][0]["amount"], "2822.58");
}
