//! Goal seek on the Venture: answers checked against the engine at the value
//! and one step beside it, "impossible in range", step functions in cents, the
//! link evaluator agreeing with the fast one, and the command line's requests.

mod support;

use dealmodel::engine::venture::{compute, VentureInputs};
use dealmodel::engine::Money;
use dealmodel::scenario::link::LinkScenario;
use dealmodel::scenario::read_link;
use dealmodel::scenario::seek::{
    read_target, seek, seek_with, varied, Evaluator, Extreme, SeekAnswer,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;
use support::dealmodel;

fn scenario(link: &str) -> LinkScenario {
    read_link(link).expect("a valid link").scenario
}

fn venture(link: &str) -> VentureInputs {
    match scenario(link) {
        LinkScenario::Venture(inputs) => inputs,
        other => panic!("not the Venture: {other:?}"),
    }
}

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).expect("a decimal")
}

fn recoup_month(inputs: &VentureInputs) -> Option<u32> {
    compute(inputs)
        .expect("computes")
        .results
        .recoup
        .map(|r| r.month)
}

fn answer(link: &str, vary: &str, target: &str) -> SeekAnswer {
    seek(&scenario(link), vary, target, Extreme::Smallest).expect("a good request")
}

#[test]
fn the_minutes_that_recoup_the_loan_by_month_6_at_the_defaults() {
    let found = answer("#/venture", "min", "recoup_month=6");
    assert_eq!(found.value_text().as_deref(), Some("2690970"));
    assert_eq!(found.reason, None);
    let at = |minutes: i64| {
        recoup_month(&VentureInputs {
            minutes: Decimal::from(minutes),
            ..VentureInputs::defaults()
        })
    };
    assert!(at(2_690_970).is_some_and(|m| m <= 6), "meets at the answer");
    assert!(
        at(2_690_969).is_none_or(|m| m > 6),
        "does not meet one minute below"
    );
}

#[test]
fn recouping_by_month_1_takes_far_more_minutes() {
    let found = answer("#/venture", "min", "recoup_month=1");
    let value = found.value.expect("possible");
    let at = |minutes: Decimal| {
        recoup_month(&VentureInputs {
            minutes,
            ..VentureInputs::defaults()
        })
    };
    assert_eq!(at(value), Some(1));
    assert_ne!(at(value - Decimal::ONE), Some(1));
}

#[test]
fn impossible_in_range_says_so_with_the_range() {
    // The share changes who gets the profit, not when the loan is recouped by month 1.
    let found = answer("#/venture", "share", "recoup_month=1");
    assert_eq!(found.value, None);
    let reason = found.reason.expect("a reason");
    assert!(
        reason.starts_with(
            "impossible in range: no value of share from 25 to 30 % meets recoup_month=1"
        ),
        "{reason}"
    );
    assert!(reason.contains("(at 30, recoup_month is "), "{reason}");

    let found = answer("#/venture", "min", "thil_npv=100000000000");
    assert_eq!(found.value, None);
    assert!(found
        .reason
        .expect("a reason")
        .contains("from 0 to 20000000 minutes"));
}

#[test]
fn a_target_met_at_the_bottom_of_the_range_gives_the_minimum() {
    let found = answer("#/venture", "share", "thil_npv=-100000000");
    assert_eq!(found.value_text().as_deref(), Some("25"));
}

#[test]
fn npv_steps_at_cents_of_salvage() {
    // THIL's NPV moves by its share of the discounted salvage: a step function in cents.
    let link = "#/venture?end=12&salvage=1000";
    let base = venture(link);
    let npv = |salvage: Decimal| {
        let inputs = VentureInputs {
            salvage: Money::round(salvage).expect("money"),
            ..base.clone()
        };
        compute(&inputs).expect("computes").results.thil_npv
    };
    let target = npv(d("1000"))
        .checked_add(Money::from_whole(1234))
        .expect("money");
    let found = answer(link, "salvage", &format!("thil_npv={target}"));
    let value = found.value.expect("possible");
    assert!(value.normalize().scale() <= 2);
    assert!(npv(value) >= target, "meets at {value}");
    assert!(
        npv(value - d("0.01")) < target,
        "does not meet one cent below {value}"
    );
}

#[test]
fn the_largest_termination_rate_that_breaks_even() {
    let found = seek(
        &scenario("#/venture"),
        "term",
        "venture_net_profit=0",
        Extreme::Largest,
    )
    .expect("a good request");
    let value = found.value.expect("possible");
    let profit = |rate: Decimal| {
        compute(&VentureInputs {
            termination_rate: rate,
            ..VentureInputs::defaults()
        })
        .expect("computes")
        .results
        .venture_net_profit
    };
    assert!(profit(value) >= Money::ZERO);
    assert!(profit(value + d("0.0001")) < Money::ZERO);
    // The smallest rate that breaks even is the range's minimum.
    assert_eq!(
        answer("#/venture", "term", "venture_net_profit=0")
            .value_text()
            .as_deref(),
        Some("0")
    );
}

#[test]
fn the_link_evaluator_agrees_with_the_fast_one() {
    for (link, vary, target) in [
        ("#/venture", "min", "recoup_month=6"),
        (
            "#/venture?months=36&growth=1",
            "term",
            "thil_payback_month=30",
        ),
        ("#/venture?terms=original", "share", "thil_npv=50000"),
        ("#/venture?end=12", "months", "fusion_net_cash=0"),
    ] {
        let scenario = scenario(link);
        let input = varied(&scenario, vary).expect("numeric");
        let goal = read_target("venture", target).expect("a target");
        let fast = seek_with(
            &Evaluator::new(&scenario),
            input,
            &goal,
            target,
            Extreme::Smallest,
        );
        let through_link = seek_with(
            &Evaluator::through_link(&scenario),
            input,
            &goal,
            target,
            Extreme::Smallest,
        );
        assert_eq!(fast, through_link, "{link} {vary} {target}");
    }
}

#[test]
fn varying_the_months_respects_end() {
    // With end=12, fewer than 12 months modelled is not a valid scenario.
    let found = answer("#/venture?end=12", "months", "venture_revenue=0");
    assert_eq!(found.value_text().as_deref(), Some("12"));
}

#[test]
fn the_command_line_prints_json() {
    let (status, out, _) = dealmodel(&[
        "seek",
        "#/venture",
        "--vary",
        "min",
        "--target",
        "recoup_month=6",
    ]);
    assert_eq!(status, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        json,
        serde_json::json!({"vary": "min", "target": "recoup_month=6", "value": "2690970"})
    );

    let (status, out, _) = dealmodel(&[
        "seek",
        "#/venture",
        "--target",
        "recoup_month=1",
        "--vary",
        "share",
    ]);
    assert_eq!(status, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["value"], serde_json::Value::Null);
    assert!(json["reason"]
        .as_str()
        .expect("a reason")
        .starts_with("impossible in range"));

    let (status, out, _) = dealmodel(&[
        "seek",
        "#/venture",
        "--vary",
        "term",
        "--target",
        "venture_net_profit=0",
        "--largest",
    ]);
    assert_eq!(status, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["seek"], "largest");
}

#[test]
fn bad_requests_exit_2_naming_what_is_wrong() {
    for (args, says) in [
        (
            &[
                "seek",
                "#/venture",
                "--vary",
                "terms",
                "--target",
                "recoup_month=6",
            ][..],
            "--vary: terms is not a numeric input",
        ),
        (
            &[
                "seek",
                "#/venture",
                "--vary",
                "nope",
                "--target",
                "recoup_month=6",
            ][..],
            "allowed: months, min,",
        ),
        (
            &[
                "seek",
                "#/venture?terms=original",
                "--vary",
                "contrib",
                "--target",
                "thil_npv=0",
            ][..],
            "contrib does not apply",
        ),
        (
            &[
                "seek",
                "#/venture",
                "--vary",
                "min",
                "--target",
                "breakeven_minutes=6",
            ][..],
            "breakeven_minutes is not a result a target",
        ),
        (
            &["seek", "#/venture", "--vary", "min", "--target", "nope=6"][..],
            "nope is not a result of the deal",
        ),
        (
            &[
                "seek",
                "#/venture",
                "--vary",
                "min",
                "--target",
                "recoup_month=six",
            ][..],
            "is not a month",
        ),
        (
            &[
                "seek",
                "#/venture",
                "--vary",
                "min",
                "--target",
                "thil_npv=1.001",
            ][..],
            "is not an amount",
        ),
        (
            &[
                "seek",
                "#/venture",
                "--vary",
                "min",
                "--target",
                "recoup_month",
            ][..],
            "is not KEY=VALUE",
        ),
        (
            &["seek", "#/venture", "--vary", "min"][..],
            "--target: missing",
        ),
        (
            &["seek", "--vary", "min", "--target", "recoup_month=6"][..],
            "LINK: missing",
        ),
        (
            &[
                "seek",
                "#/venture?min=abc",
                "--vary",
                "min",
                "--target",
                "recoup_month=6",
            ][..],
            "min: \"abc\" is not a number",
        ),
        (
            &[
                "seek",
                "#/venture",
                "--vary",
                "min",
                "--vary",
                "min",
                "--target",
                "recoup_month=6",
            ][..],
            "--vary: given twice",
        ),
        (
            &[
                "seek",
                "#/venture",
                "--vary",
                "min",
                "--target",
                "recoup_month=6",
                "--what",
            ][..],
            "unexpected argument: --what",
        ),
    ] {
        let (status, out, err) = dealmodel(args);
        assert_eq!(status, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn the_answer_meets_and_one_step_below_does_not(
        link in prop::sample::select(vec!["#/venture", "#/venture?months=36&growth=2", "#/venture?terms=original&lag=0", "#/venture?losses=carry&disc=8"]),
        vary in prop::sample::select(vec!["min", "sell", "share", "growth", "disc"]),
        goal in prop_oneof![
            (1u32..30).prop_map(|n| format!("recoup_month={n}")),
            (-200_000i64..400_000).prop_map(|x| format!("thil_npv={}", Decimal::new(x * 100 + 37, 2))),
            (-500_000i64..3_000_000).prop_map(|x| format!("fusion_net_cash={x}")),
        ],
    ) {
        let scenario = scenario(link);
        let input = varied(&scenario, vary).expect("numeric");
        let target = read_target("venture", &goal).expect("a target");
        let evaluator = Evaluator::new(&scenario);
        let meets = |value: Decimal| evaluator.result(&[(input.param, value)], target.key).is_some_and(|r| target.met_by(&r));
        let found = seek(&scenario, vary, &goal, Extreme::Smallest).expect("a good request");
        match found.value {
            Some(value) => {
                prop_assert!(meets(value), "{link} {vary} {goal}: {value} does not meet");
                if value > input.spec.min {
                    prop_assert!(!meets(value - input.step()), "{link} {vary} {goal}: one step below {value} meets");
                }
            }
            None => {
                prop_assert!(!meets(input.spec.max), "{link} {vary} {goal}: the maximum meets");
                prop_assert!(found.reason.is_some_and(|r| r.starts_with("impossible in range")));
            }
        }
        // The largest value: it meets and the value one step above does not.
        let largest = seek(&scenario, vary, &goal, Extreme::Largest).expect("a good request");
        match largest.value {
            Some(value) => {
                prop_assert!(meets(value), "{link} {vary} {goal}: largest {value} does not meet");
                if value < input.spec.max {
                    prop_assert!(!meets(value + input.step()), "{link} {vary} {goal}: one step above {value} meets");
                }
            }
            None => prop_assert!(!meets(input.spec.min), "{link} {vary} {goal}: the minimum meets"),
        }
    }
}

/// The payoff or charge of a link, by the command line's JSON.
fn result_of(link: &str, key: &str) -> String {
    let (status, out, err) = dealmodel(&[link]);
    assert_eq!(status, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    json["results"][key]
        .as_str()
        .expect("a money string")
        .to_string()
}

#[test]
fn the_msa_and_the_note_seek_through_their_links() {
    // The MRC whose termination charge after a stop on 2003-11-20 (6.5 months of
    // recurring charges left) first reaches 100,000.00.
    let (status, out, _) = dealmodel(&[
        "seek",
        "#/msa?v=1&stop=2003-11-20",
        "--vary",
        "mrc",
        "--target",
        "termination_charge=100000",
    ]);
    assert_eq!(status, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["value"], "15384.62");
    assert_eq!(
        result_of(
            "#/msa?v=1&stop=2003-11-20&mrc=15384.62",
            "termination_charge"
        ),
        "100000.03"
    );
    assert_eq!(
        result_of(
            "#/msa?v=1&stop=2003-11-20&mrc=15384.61",
            "termination_charge"
        ),
        "99999.97"
    );

    let (status, out, _) = dealmodel(&[
        "seek",
        "#/note?v=1",
        "--vary",
        "rate",
        "--target",
        "payoff=10300",
    ]);
    assert_eq!(status, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let rate = json["value"].as_str().expect("a rate").to_string();
    let at = |r: &str| {
        result_of(&format!("#/note?v=1&rate={r}"), "payoff")
            .parse::<Decimal>()
            .expect("money")
    };
    assert!(at(&rate) >= d("10300"));
    let below = (rate.parse::<Decimal>().expect("rate") - d("0.01")).to_string();
    assert!(at(&below) < d("10300"), "{below} already meets");
}
