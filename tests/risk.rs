//! `dealmodel risk LINK` against the checks of the model book's `risk.md`: a
//! point distribution is the plain scenario, uniform minutes give the odds goal
//! seek predicts, a triangular case its closed form, the same link the same
//! output, and every bad risk link is refused naming `risk`.

mod support;

use serde_json::Value;
use support::dealmodel;

const BASE: &str = "#/venture?v=1";

fn risk(link: &str) -> Value {
    let (status, stdout, stderr) = dealmodel(&["risk", link]);
    assert_eq!(status, 0, "{link}: {stderr}");
    serde_json::from_str(&stdout).expect("JSON")
}

fn share(document: &Value, month: &str) -> f64 {
    document["recoup_by"][month]
        .as_str()
        .and_then(|text| text.parse().ok())
        .expect("a share")
}

#[test]
fn a_point_distribution_reproduces_the_plain_scenario() {
    let link = format!("{BASE}&risk=min:uniform:3000000..3000000");
    let document = risk(&link);
    for month in 1..=5 {
        assert_eq!(
            document["recoup_by"][month.to_string()],
            "0.0000",
            "month {month}"
        );
    }
    for month in 6..=24 {
        assert_eq!(
            document["recoup_by"][month.to_string()],
            "1.0000",
            "month {month}"
        );
    }
    assert_eq!(document["recoup_by"].as_object().map(|o| o.len()), Some(24));
    assert_eq!(document["not_recouped"], "0.0000");
    assert_eq!(document["recoup_histogram"]["6"], 10_000);
    assert_eq!(document["recoup_histogram"]["0"], 0);
    assert_eq!(document["recoup_histogram"]["not_recouped"], 0);
    let (_, plain, _) = dealmodel(&[BASE]);
    let plain: Value = serde_json::from_str(&plain).expect("JSON");
    for figure in ["thil_npv", "fusion_net_cash"] {
        for at in ["mean", "p5", "p50", "p95"] {
            assert_eq!(
                document[figure][at], plain["results"][figure],
                "{figure} {at}"
            );
        }
    }
    assert_eq!(document["thil_npv"]["p50"], "397377.48");
    assert_eq!(document["notices"], plain["notices"]);
}

#[test]
fn the_output_has_risk_mds_keys_in_order() {
    let document = risk(&format!(
        "{BASE}&risk=min:uniform:3000000..3000000&draws=100&seed=0"
    ));
    let keys: Vec<&str> = document
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "scenario",
            "draws",
            "seed",
            "invalid",
            "recoup_by",
            "not_recouped",
            "recoup_histogram",
            "thil_npv",
            "fusion_net_cash",
            "notices"
        ]
    );
    assert_eq!(document["draws"], 100);
    assert_eq!(document["seed"], 0);
    assert_eq!(document["invalid"], 0);
    let histogram: Vec<&str> = document["recoup_histogram"]
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(histogram.first(), Some(&"0"));
    assert_eq!(histogram.last(), Some(&"not_recouped"));
    assert_eq!(histogram.len(), 26);
    assert_eq!(
        document["thil_npv"]
            .as_object()
            .map(|o| o.keys().cloned().collect::<Vec<_>>()),
        Some(vec![
            "mean".to_string(),
            "p5".into(),
            "p50".into(),
            "p95".into()
        ])
    );
}

#[test]
fn uniform_minutes_give_the_odds_goal_seek_predicts() {
    // Recouped by month 6 exactly when min ≥ 2,690,970: 1,309,031 / 2,000,001.
    let expected = 1_309_031.0 / 2_000_001.0;
    let document = risk(&format!("{BASE}&risk=min:uniform:2000000..4000000"));
    assert!(
        (share(&document, "6") - expected).abs() <= 0.02,
        "{}",
        document["recoup_by"]["6"]
    );
    // Seed 1's first 10,000 draws are 3.8 standard errors low (0.6361); more
    // draws close in on the exact share.
    let many = risk(&format!(
        "{BASE}&risk=min:uniform:2000000..4000000&draws=100000"
    ));
    assert!(
        (share(&many, "6") - expected).abs() <= 0.005,
        "{}",
        many["recoup_by"]["6"]
    );
    assert_eq!(many["draws"], 100_000);
}

#[test]
fn triangular_minutes_match_the_closed_form() {
    // tri(2,000,000, 3,000,000, 4,000,000): a draw rounds to ≥ 2,690,970 when
    // x ≥ 2,690,969.5, with P = 1 − (x − lo)² / ((hi − lo)(mode − lo)).
    let below: f64 = 690_969.5_f64.powi(2) / (2_000_000.0 * 1_000_000.0);
    let expected = 1.0 - below;
    let document = risk(&format!("{BASE}&risk=min:tri:2000000..3000000..4000000"));
    assert!(
        (share(&document, "6") - expected).abs() <= 0.02,
        "{} against {expected}",
        document["recoup_by"]["6"]
    );
}

#[test]
fn the_same_link_gives_the_same_output_and_another_seed_other_figures() {
    let link = format!(
        "{BASE}&risk=min:uniform:2000000..4000000&risk=term:tri:0.17..0.19..0.21&draws=2000"
    );
    let first = dealmodel(&["risk", &link]);
    let second = dealmodel(&["risk", &link]);
    assert_eq!(first, second);
    let reseeded = risk(&format!("{link}&seed=2"));
    let first: Value = serde_json::from_str(&first.1).expect("JSON");
    assert_ne!(first["thil_npv"], reseeded["thil_npv"]);
    // Close: the same distributions.
    assert!((share(&first, "6") - share(&reseeded, "6")).abs() < 0.05);
}

#[test]
fn a_link_without_a_risk_view_is_refused_naming_risk() {
    for link in [
        BASE,
        "#/msa?v=1",
        "#/note?v=1",
        "#/compare?v=1&a=%2Fventure%3Fv%3D1&b=%2Fventure%3Fv%3D1",
    ] {
        let (status, stdout, stderr) = dealmodel(&["risk", link]);
        assert_eq!(status, 2, "{link}");
        assert!(stdout.is_empty());
        assert!(stderr.starts_with("risk:"), "{link}: {stderr}");
    }
    let (status, _, stderr) = dealmodel(&["risk"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("LINK"));
}

#[test]
fn a_risk_view_without_a_valid_draw_is_refused_naming_risk() {
    // 3,000,000 minutes growing 40 % a month stay below 10^12 through month 36
    // (3.9 × 10^11); at 45 % or more they pass it (1.3 × 10^12) in every draw.
    let link =
        format!("{BASE}&months=36&growth=40&min=3000000&risk=growth:uniform:45..50&draws=100");
    let (status, _, stderr) = dealmodel(&[&link]);
    assert_eq!(status, 0, "the base scenario is valid: {stderr}");
    let (status, _, stderr) = dealmodel(&["risk", &link]);
    assert_eq!(status, 2, "{stderr}");
    assert!(
        stderr.starts_with("risk: none of the 100 draws"),
        "{stderr}"
    );
}

#[test]
fn every_bad_risk_link_is_refused_naming_risk_and_the_input() {
    let cases: &[(&str, &str)] = &[
        ("risk=foo:uniform:1..2", "risk:"),
        ("risk=min:normal:1..2", "for min"),
        ("risk=min:uniform:1", "1 bound for min"),
        ("risk=min:uniform:1..2..3", "3 bounds for min"),
        ("risk=min:tri:1..2", "2 bounds for min"),
        ("risk=min:uniform", "2 fields"),
        ("risk=min:uniform:1..2:3", "4 fields"),
        ("risk=min%3Auniform:1..2", "2 fields"),
        (
            "risk=term:uniform:0.17..0.19001",
            "HI for term that has more than 4 decimals",
        ),
        (
            "risk=min:uniform:1..30000000",
            "HI for min that is out of range",
        ),
        (
            "risk=share:uniform:20..30",
            "LO for share that is out of range",
        ),
        (
            "terms=original&risk=share:uniform:25..30",
            "LO for share that is out of range",
        ),
        (
            "risk=growth:uniform:x..2",
            "LO for growth that is not a number",
        ),
        ("risk=min:uniform:9..7", "LO above HI for min"),
        ("risk=min:tri:5..3..7", "LO above MODE for min"),
        ("risk=min:tri:1..8..7", "MODE above HI for min"),
        (
            "risk=min:uniform:1..2&risk=min:tri:1..2..3",
            "min is given more than one",
        ),
        ("risk=min:uniform:1..%2", "malformed escape"),
    ];
    for (params, named) in cases {
        let link = format!("{BASE}&{params}");
        for args in [vec!["risk", link.as_str()], vec![link.as_str()]] {
            let (status, stdout, stderr) = dealmodel(&args);
            assert_eq!(status, 2, "{link}");
            assert!(stdout.is_empty());
            assert!(stderr.starts_with("risk:"), "{link}: {stderr}");
            assert!(stderr.contains(named), "{link}: {stderr}");
            assert!(stderr.contains("allowed:"), "{link}: {stderr}");
        }
    }
    let counts: &[(&str, &str)] = &[
        (
            "risk=min:uniform:1..2&draws=99",
            "draws: \"99\" is out of range",
        ),
        (
            "risk=min:uniform:1..2&draws=100001",
            "draws: \"100001\" is out of range",
        ),
        (
            "risk=min:uniform:1..2&draws=1.5",
            "draws: \"1.5\" is not whole",
        ),
        (
            "risk=min:uniform:1..2&seed=4294967296",
            "seed: \"4294967296\" is out of range",
        ),
        (
            "risk=min:uniform:1..2&seed=-1",
            "seed: \"-1\" is out of range",
        ),
        ("draws=500", "draws: given without a risk item"),
        ("seed=3", "seed: given without a risk item"),
        ("risk=min:uniform:1..2&seed=1&seed=2", "seed: given 2 times"),
    ];
    for (params, message) in counts {
        let link = format!("{BASE}&{params}");
        let (status, _, stderr) = dealmodel(&[&link]);
        assert_eq!(status, 2, "{link}");
        assert!(stderr.starts_with(message), "{link}: {stderr}");
    }
}

#[test]
fn the_plain_output_keeps_the_risk_items_and_ignores_them() {
    let link = format!("{BASE}&min=3500000&risk=term:tri:0.17..0.19..0.21&risk=min:uniform:2000000..4000000&draws=500&seed=0");
    let (status, stdout, stderr) = dealmodel(&[&link]);
    assert_eq!(status, 0, "{stderr}");
    let document: Value = serde_json::from_str(&stdout).expect("JSON");
    // Canonical: the items in the inputs' order, then draws and seed.
    assert_eq!(
        document["scenario"],
        "#/venture?v=1&min=3500000&risk=min:uniform:2000000..4000000&risk=term:tri:0.17..0.19..0.21&draws=500&seed=0"
    );
    let (_, plain, _) = dealmodel(&[&format!("{BASE}&min=3500000")]);
    let plain: Value = serde_json::from_str(&plain).expect("JSON");
    assert_eq!(document["results"], plain["results"]);
    // Defaults are not written; trailing zeros are not written.
    let (_, stdout, _) = dealmodel(&[&format!(
        "{BASE}&risk=sell:uniform:0.2500..0.30&draws=10000&seed=1"
    )]);
    let document: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(
        document["scenario"],
        "#/venture?v=1&risk=sell:uniform:0.25..0.3"
    );
}

#[test]
fn a_compare_links_sides_may_carry_risk_items() {
    let side = "%2Fventure%3Fv%3D1%26risk%3Dmin%3Auniform%3A2000000..4000000";
    let link = format!("#/compare?v=1&a={side}&b=%2Fventure%3Fv%3D1%26min%3D3500000");
    let (status, stdout, stderr) = dealmodel(&[&link]);
    assert_eq!(status, 0, "{stderr}");
    let document: Value = serde_json::from_str(&stdout).expect("JSON");
    let (_, plain, _) = dealmodel(&[BASE]);
    let plain: Value = serde_json::from_str(&plain).expect("JSON");
    assert_eq!(document["a"]["results"], plain["results"]);
}

#[test]
fn invalid_draws_are_counted_and_left_out() {
    // Growth from 40 % to 50 %: the draws above about 43 % pass 10^12 minutes.
    let link =
        format!("{BASE}&months=36&growth=40&min=3000000&risk=growth:uniform:40..50&draws=400");
    let document = risk(&link);
    let invalid = document["invalid"].as_u64().expect("a count");
    assert!(invalid > 0 && invalid < 400, "{invalid}");
    let counted: u64 = document["recoup_histogram"]
        .as_object()
        .expect("an object")
        .values()
        .filter_map(Value::as_u64)
        .sum();
    assert_eq!(counted + invalid, 400);
}
