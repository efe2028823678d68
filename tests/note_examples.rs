//! The Note examples of the model book (`examples.md`), to the cent, through the
//! engine and through the link and the JSON output.

use dealmodel::engine::note::{compute, NoteInputs, NoteOutcome};
use dealmodel::engine::Date;
use dealmodel::scenario::output::link_json;
use dealmodel::scenario::read_link;
use serde_json::{json, Value};

fn run(inputs: &NoteInputs) -> NoteOutcome {
    compute(inputs).expect("the example computes")
}

/// `date days interest on_overdue due paid overdue_after`, one line a row.
fn table(outcome: &NoteOutcome) -> String {
    outcome
        .rows
        .iter()
        .map(|row| {
            format!(
                "{} {} {} {} {} {} {}",
                row.date,
                row.accrual.days,
                row.accrual.on_principal,
                row.accrual.on_overdue,
                row.due,
                row.paid,
                row.overdue_balance
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn json_of(link: &str) -> Value {
    link_json(&read_link(link).expect("the link is read")).expect("the link computes")
}

#[test]
fn defaults_through_the_engine() {
    let outcome = run(&NoteInputs::defaults());
    assert_eq!(
        table(&outcome),
        "2003-03-31 59 79.27 0.00 79.27 true 0.00\n\
         2003-06-30 91 122.27 0.00 122.27 true 0.00\n\
         2003-09-30 92 123.61 0.00 123.61 true 0.00\n\
         2003-12-31 92 123.61 0.00 123.61 true 0.00"
    );
    let payoff = &outcome.payoff;
    assert_eq!(payoff.date, Date::known(2004, 1, 31));
    assert_eq!(payoff.principal.to_string(), "10183.10");
    assert_eq!(outcome.to_demand.days, 31);
    assert_eq!(payoff.accrued.to_string(), "41.65");
    assert_eq!(payoff.total.to_string(), "10224.75");
    assert_eq!(outcome.results.total_interest.to_string(), "490.41");
    assert_eq!(outcome.results.act360_cost_vs_act365.to_string(), "6.71");
    assert_eq!(outcome.results.rate_pct.normalize().to_string(), "4.75");
}

#[test]
fn defaults_through_the_link() {
    let document = json_of("#/note?v=1");
    assert_eq!(document["model"], "note");
    assert_eq!(document["scenario"], "#/note?v=1");
    assert_eq!(
        document["results"],
        json!({
            "principal": "10183.10",
            "rate": "4.75",
            "payoff": "10224.75",
            "payoff_principal": "10183.10",
            "payoff_overdue": "0.00",
            "payoff_accrued": "41.65",
            "payoff_collection": "0.00",
            "total_interest": "490.41",
            "act365_equivalent_rate": "4.8159722222222222222222222222",
            "act360_cost_vs_act365": "6.71"
        })
    );
    let rows = document["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[0],
        json!({
            "date": "2003-03-31", "days": 59, "principal": "10183.10", "interest": "79.27",
            "overdue_interest": "0.00", "due": "79.27", "paid": true, "overdue_balance": "0.00"
        })
    );
    let interest: Vec<&str> = rows
        .iter()
        .map(|row| row["interest"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(interest, ["79.27", "122.27", "123.61", "123.61"]);
    assert!(document.get("tables").is_none() && document.as_object().map_or(0, |o| o.len()) == 5);
}

#[test]
fn two_missed_dates_through_the_engine() {
    let inputs = NoteInputs {
        demand: Some(Date::known(2004, 2, 15)),
        missed: vec![Date::known(2003, 6, 30), Date::known(2003, 9, 30)],
        ..NoteInputs::defaults()
    };
    let outcome = run(&inputs);
    assert_eq!(
        table(&outcome),
        "2003-03-31 59 79.27 0.00 79.27 true 0.00\n\
         2003-06-30 91 122.27 0.00 122.27 false 122.27\n\
         2003-09-30 92 123.61 1.48 247.36 false 247.36\n\
         2003-12-31 92 123.61 3.00 373.97 true 0.00"
    );
    assert_eq!(outcome.to_demand.days, 46);
    assert_eq!(outcome.payoff.accrued.to_string(), "61.81");
    assert_eq!(outcome.payoff.overdue.to_string(), "0.00");
    assert_eq!(outcome.payoff.total.to_string(), "10244.91");
}

#[test]
fn two_missed_dates_through_the_link() {
    let document = json_of("#/note?v=1&demand=2004-02-15&missed=2003-06-30&missed=2003-09-30");
    assert_eq!(
        document["scenario"],
        "#/note?v=1&demand=2004-02-15&missed=2003-06-30&missed=2003-09-30"
    );
    assert_eq!(document["results"]["payoff"], "10244.91");
    assert_eq!(document["results"]["payoff_accrued"], "61.81");
    let rows = document["rows"].as_array().expect("rows");
    let cells = |key: &str| {
        rows.iter()
            .map(|row| row[key].to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(
        cells("overdue_interest"),
        "\"0.00\" \"0.00\" \"1.48\" \"3.00\""
    );
    assert_eq!(cells("due"), "\"79.27\" \"122.27\" \"247.36\" \"373.97\"");
    assert_eq!(cells("paid"), "true false false true");
    assert_eq!(
        cells("overdue_balance"),
        "\"0.00\" \"122.27\" \"247.36\" \"0.00\""
    );
    // Total interest: the rows' interest and overdue interest, and the accrual to the demand.
    assert_eq!(document["results"]["total_interest"], "515.05");
}
