//! The model book's examples of the three deals run in wasm (under node): the shipped
//! arithmetic, not only the native one, reproduces them to the cent.

#![cfg(target_arch = "wasm32")]

use dealmodel::scenario::output::{
    link_output, scalar_text, venture_result_scalars, venture_row_scalars, DealOutput,
};
use dealmodel::scenario::{read_link, LinkScenario};
use wasm_bindgen_test::wasm_bindgen_test;

fn outcome(link: &str) -> dealmodel::engine::venture::VentureOutcome {
    let Ok(read) = read_link(link) else {
        panic!("{link} refused")
    };
    let LinkScenario::Venture(inputs) = read.scenario else {
        panic!("{link} is not the Venture's")
    };
    dealmodel::engine::venture::compute(&inputs).expect("computes")
}

#[wasm_bindgen_test]
fn defaults_in_wasm() {
    let outcome = outcome("#/venture?v=1");
    let results = venture_result_scalars(&outcome);
    assert_eq!(scalar_text(&results, "recoup_month"), "6");
    assert_eq!(scalar_text(&results, "thil_total_received"), "546726.32");
    assert_eq!(scalar_text(&results, "thil_npv"), "397377.48");
    assert_eq!(scalar_text(&results, "breakeven_minutes"), "1041667");
    assert_eq!(scalar_text(&results, "fusion_net_cash"), "2518073.68");
    assert_eq!(
        scalar_text(&venture_row_scalars(&outcome.rows[5]), "retained"),
        "157.90"
    );
}

#[wasm_bindgen_test]
fn original_terms_reopened_loan_and_tie_in_wasm() {
    let original = venture_result_scalars(&outcome("#/venture?v=1&terms=original"));
    assert_eq!(scalar_text(&original, "thil_npv"), "648938.80");
    let reopened = outcome("#/venture?v=1&cost=100000:0:pk:other:Deposits&cost=180000:0:pk:equip:Gateway&cost=60000:0:us:equip:NY&cost=40000:0:pk:other:Customs&cost=120000:8:pk:equip:Second%20gateway");
    assert_eq!(
        scalar_text(&venture_result_scalars(&reopened), "recoup_month"),
        "12"
    );
    let tie = outcome("#/venture?v=1&budget=4998.38");
    assert_eq!(
        scalar_text(&venture_row_scalars(&tie.rows[0]), "retained"),
        "2968.49"
    );
}

#[wasm_bindgen_test]
fn a_bad_link_is_refused_in_wasm() {
    let Err(messages) = read_link("#/venture?v=1&min=abc") else {
        panic!("read")
    };
    assert!(messages[0].starts_with("min:"));
}

fn output(link: &str) -> DealOutput {
    let Ok(read) = read_link(link) else {
        panic!("{link} refused")
    };
    link_output(&read).expect("computes")
}

#[wasm_bindgen_test]
fn msa_examples_in_wasm() {
    let defaults = output("#/msa?v=1");
    assert_eq!(scalar_text(&defaults.results, "total_charges"), "122500.00");
    assert_eq!(scalar_text(&defaults.rows[0], "amount"), "7500.00");
    assert_eq!(scalar_text(&defaults.rows[0], "dispute_by"), "2003-06-26");
    let stopped = output("#/msa?v=1&stop=2003-11-20");
    assert_eq!(
        scalar_text(&stopped.results, "termination_charge"),
        "65000.00"
    );
    assert_eq!(stopped.rows.len(), 6);
    let from_31st = output("#/msa?v=1&tendered=2003-03-28&accept=2003-03-31&termm=23");
    assert_eq!(scalar_text(&from_31st.results, "term_end"), "2005-02-28");
    assert_eq!(scalar_text(&from_31st.rows[0], "recurring"), "322.58");
}

#[wasm_bindgen_test]
fn note_examples_in_wasm() {
    let defaults = output("#/note?v=1");
    assert_eq!(scalar_text(&defaults.results, "payoff"), "10224.75");
    assert_eq!(scalar_text(&defaults.results, "total_interest"), "490.41");
    assert_eq!(
        scalar_text(&defaults.results, "act360_cost_vs_act365"),
        "6.71"
    );
    let missed = output("#/note?v=1&demand=2004-02-15&missed=2003-06-30&missed=2003-09-30");
    assert_eq!(scalar_text(&missed.rows[2], "overdue_interest"), "1.48");
    assert_eq!(scalar_text(&missed.rows[3], "overdue_interest"), "3.00");
    assert_eq!(scalar_text(&missed.results, "payoff"), "10244.91");
}
