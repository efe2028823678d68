//! The compare link (`links.md`, "The compare link"): reading, the canonical
//! form, bad links, the command line's JSON, and the differences B − A.

mod support;

use dealmodel::scenario::compare::{
    read_compare, result_differences, row_differences, write_compare,
};
use dealmodel::scenario::output::{link_output, Scalar};
use dealmodel::scenario::query::encode;
use dealmodel::scenario::read_link;
use support::dealmodel;

const LINK: &str = "#/compare?v=1&a=%2Fventure%3Fv%3D1&b=%2Fventure%3Fv%3D1%26min%3D4500000";

/// Each side keeps its risk view (`risk=`, `draws`, `seed`): the compare link
/// that opens two Venture scenarios opens their risk views too.
#[test]
fn a_compare_links_sides_keep_their_risk_items() {
    let a = "/venture?v=1&risk=min:uniform:2000000..4000000&draws=500&seed=7";
    let b = "/venture?v=1&min=4500000&risk=term:tri:0.17..0.19..0.21";
    let link = format!("#/compare?v=1&a={}&b={}", encode(a), encode(b));
    let read = read_compare(&link).expect("reads");
    assert_eq!(read.a.risk, read_link(a).expect("a").risk);
    assert_eq!(read.b.risk, read_link(b).expect("b").risk);
    assert!(read.a.risk.is_some() && read.b.risk.is_some());
    assert_eq!(write_compare(&read.a, &read.b), link);
    // A side in another order is canonical once read; a side without one stays without.
    let loose = format!(
        "#/compare?v=1&a={}&b={}",
        encode("/venture?seed=7&draws=500&risk=min:uniform:2000000..4000000"),
        encode("/venture?v=1")
    );
    let read = read_compare(&loose).expect("reads");
    assert_eq!(
        write_compare(&read.a, &read.b),
        format!("#/compare?v=1&a={}&b=%2Fventure%3Fv%3D1", encode(a))
    );
}

#[test]
fn a_compare_link_reads_both_sides_and_writes_canonically() {
    let read = read_compare(LINK).expect("reads");
    assert_eq!(
        read.a.scenario,
        read_link("#/venture?v=1").expect("a").scenario
    );
    assert_eq!(
        read.b.scenario,
        read_link("#/venture?v=1&min=4500000").expect("b").scenario
    );
    assert_eq!(write_compare(&read.a, &read.b), LINK);
    // A side written in another order, or with defaults spelled out, is canonical once read.
    let loose = read_compare(
        "https://host/deal/#/compare?b=%2Fventure%3Fmin%3D4500000%26share%3D25&a=%2Fventure",
    )
    .expect("reads");
    assert_eq!(write_compare(&loose.a, &loose.b), LINK);
}

#[test]
fn bad_compare_links_name_the_side_and_the_parameter() {
    let messages =
        read_compare("#/compare?v=1&a=%2Fventure%3Fmin%3Dabc&b=%2Fnote%3Fdemand%3D2002-01-01")
            .expect_err("refused");
    assert!(
        messages.iter().any(|m| m.starts_with("a: min:")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.starts_with("b: demand:")),
        "{messages:?}"
    );
    let missing = read_compare("#/compare?v=1&a=%2Fventure").expect_err("refused");
    assert!(missing[0].starts_with("b: is missing"), "{missing:?}");
    let nested = read_compare("#/compare?a=%2Fcompare%3Fa%3Dx&b=%2Fventure").expect_err("refused");
    assert!(nested[0].starts_with("a:"), "{nested:?}");
    let newer = read_compare("#/compare?v=2&a=%2Fventure&b=%2Fventure").expect_err("refused");
    assert!(newer[0].contains("newer"), "{newer:?}");
    let twice =
        read_compare("#/compare?a=%2Fventure&a=%2Fventure&b=%2Fventure").expect_err("refused");
    assert!(twice[0].starts_with("a: given 2 times"), "{twice:?}");
    let unknown =
        read_compare("#/compare?a=%2Fventure&b=%2Fventure&c=1").expect("reads with a warning");
    assert!(unknown.warnings[0].starts_with("c: unknown parameter"));
}

#[test]
fn the_command_line_prints_both_outputs() {
    let (status, out, err) = dealmodel(&[LINK]);
    assert_eq!(status, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["model"], "compare");
    assert_eq!(json["scenario"], LINK);
    assert_eq!(json["a"]["results"]["recoup_month"], 6);
    assert_eq!(json["b"]["scenario"], "#/venture?v=1&min=4500000");
    let (status, _, err) = dealmodel(&["#/compare?v=1&a=%2Fventure&b=%2Fmsa%3Fstop%3D2002-01-01"]);
    assert_eq!(status, 2);
    assert!(err.starts_with("b: stop:"), "{err}");
    let (status, _, _) = dealmodel(&["--format", "csv", LINK]);
    assert_eq!(status, 2);
}

#[test]
fn differences_are_b_minus_a_to_the_cent() {
    let out = |link: &str| link_output(&read_link(link).expect("reads")).expect("computes");
    let (a, b) = (out("#/msa?v=1"), out("#/msa?v=1&mrc=12000"));
    let changes = result_differences(&a, &b);
    let total = changes
        .iter()
        .find(|d| d.key == "total_charges")
        .expect("total");
    assert_eq!(total.a.text(), "122500.00");
    assert!(matches!(total.a, Scalar::Money(_)), "money stays money");
    assert_eq!(
        total.change.as_ref().map(Scalar::text).as_deref(),
        Some("24000.00"),
        "12 months × 2,000 more"
    );
    let end = changes
        .iter()
        .find(|d| d.key == "term_end")
        .expect("term end");
    assert_eq!(end.change, None, "a date has no difference");
    let rows = row_differences(&a, &b).expect("the invoices line up");
    assert_eq!(rows[0][0], ("number", Scalar::Int(1)));
    assert!(
        rows[0]
            .iter()
            .any(|(key, value)| *key == "recurring" && value.text() == "1000.00"),
        "half of June: {:?}",
        rows[0]
    );
    // Different invoice schedules do not line up.
    assert!(row_differences(&a, &out("#/msa?v=1&bill=quarterly")).is_none());
    // The Venture under the original and the amended terms: months line up.
    let original = out("#/venture?v=1&terms=original");
    let amended = out("#/venture?v=1");
    let by_month = row_differences(&original, &amended).expect("months line up");
    assert_eq!(by_month.len(), 24);
}

#[test]
fn cash_curves_add_up_each_side() {
    use dealmodel::scenario::compare::cash_curve;
    let out = |link: &str| link_output(&read_link(link).expect("reads")).expect("computes");
    let (_, msa) = cash_curve(&out("#/msa?v=1&stop=2003-11-20")).expect("a curve");
    assert_eq!(
        msa.last().expect("points").1.to_string(),
        "122500.00",
        "57,500 invoiced + 65,000 charge"
    );
    let (_, note) = cash_curve(&out("#/note?v=1")).expect("a curve");
    assert_eq!(
        note.last().expect("points").1.to_string(),
        "10673.51",
        "448.76 of interest, then the payoff 10,224.75"
    );
    let venture = out("#/venture?v=1");
    let (_, thil) = cash_curve(&venture).expect("a curve");
    let total = venture
        .results
        .iter()
        .find(|(k, _)| *k == "thil_net")
        .expect("thil_net")
        .1
        .text();
    assert_eq!(thil.last().expect("points").1.to_string(), total);
}

#[test]
fn the_note_curve_counts_pay_downs() {
    use dealmodel::scenario::compare::cash_curve;
    let out = |link: &str| link_output(&read_link(link).expect("reads")).expect("computes");
    let total = |link: &str| {
        cash_curve(&out(link))
            .expect("a curve")
            .1
            .last()
            .expect("points")
            .1
    };
    let plain = total("#/note?v=1");
    let paid_down = total("#/note?v=1&paydown=2003-05-01:5000");
    // Paying 5,000 early saves interest: the total paid falls, but by interest only.
    assert!(paid_down < plain);
    assert!(
        plain.checked_sub(paid_down).expect("difference").amount()
            < rust_decimal::Decimal::from(200)
    );
}
