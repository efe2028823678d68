//! The link format of `links.md` for the Venture: canonical writing, every bad-link
//! rule, and the examples reproduced through the link and the JSON output.

use dealmodel::engine::venture::{Terms, VentureInputs};
use dealmodel::scenario::link::{write_link, write_link_with_risk, LinkScenario, MAX_LINK_CHARS};
use dealmodel::scenario::output::{link_csv, link_json};
use dealmodel::scenario::read_link;

fn inputs(link: &str) -> VentureInputs {
    match read_link(link) {
        Ok(read) => match read.scenario {
            LinkScenario::Venture(inputs) => inputs,
            other => panic!("{link} opened {other:?}, not the Venture"),
        },
        Err(messages) => panic!("{link} was refused: {messages:?}"),
    }
}

fn canonical(link: &str) -> String {
    write_link(&LinkScenario::Venture(inputs(link)))
}

fn refused(link: &str) -> Vec<String> {
    match read_link(link) {
        Ok(read) => panic!("{link} was read: {:?}", read.scenario),
        Err(messages) => messages,
    }
}

fn warnings(link: &str) -> Vec<String> {
    read_link(link).expect("read").warnings
}

#[test]
fn routes_and_defaults() {
    let defaults = VentureInputs::defaults();
    for link in [
        "",
        "https://example.test/deal/",
        "https://example.test/deal/#",
        "#/",
        "#/venture",
        "#/venture?",
        "#/venture?v=1",
        "/venture?v=1",
    ] {
        assert_eq!(inputs(link), defaults, "{link}");
    }
    assert!(refused("#/nowhere")[0].starts_with("route:"));
    assert!(refused("#venture")[0].starts_with("route:"));
}

#[test]
fn canonical_form() {
    assert_eq!(
        canonical("#/venture?v=1&share=25&min=3000000"),
        "#/venture?v=1"
    );
    assert_eq!(
        canonical("#/venture?min=4500000&term=0.1850&share=27.50"),
        "#/venture?v=1&min=4500000&term=0.185&share=27.5"
    );
    assert_eq!(canonical("#/venture?sell=0.25000"), "#/venture?v=1");
    assert_eq!(
        canonical("#/venture?terms=original&share=40"),
        "#/venture?v=1&terms=original"
    );
    assert_eq!(
        canonical("#/venture?terms=original&share=40.00"),
        "#/venture?v=1&terms=original"
    );
    // Parameters come out in the order of the Inputs table, whatever the order given.
    assert_eq!(
        canonical("#/venture?salvage=10&end=12&disc=10&lag=2&losses=carry&reading=literal&contrib=70000&share=26&budget=1&loops=2&fiber=3&basis=fixed&sfee=0.1&ffee=0.2&term=0.3&credits=1.5&sell=0.4&growth=-2.5&min=1&months=13&start=2003-01"),
        "#/venture?v=1&start=2003-01&months=13&min=1&growth=-2.5&sell=0.4&credits=1.5&term=0.3&ffee=0.2&sfee=0.1&basis=fixed&fiber=3&loops=2&budget=1&share=26&contrib=70000&reading=literal&losses=carry&lag=2&disc=10&end=12&salvage=10"
    );
}

#[test]
fn risk_items_come_last_in_the_inputs_order_with_draws_and_seed_after() {
    let read = read_link("#/venture?seed=1&risk=share:tri:25..26.50..30&draws=10000&min=3500000&risk=term:uniform:0.1700..0.21&risk=min:uniform:2000000..4000000").expect("read");
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    assert_eq!(
        write_link_with_risk(&read),
        "#/venture?v=1&min=3500000&risk=min:uniform:2000000..4000000&risk=term:uniform:0.17..0.21&risk=share:tri:25..26.5..30"
    );
    // The scenario's own value of an uncertain input is still read and written.
    assert_eq!(
        canonical("#/venture?min=3500000&risk=min:uniform:1..2"),
        "#/venture?v=1&min=3500000"
    );
    let read = read_link("#/venture?risk=min:uniform:1..2&draws=500&seed=0").expect("read");
    assert_eq!(
        write_link_with_risk(&read),
        "#/venture?v=1&risk=min:uniform:1..2&draws=500&seed=0"
    );
    // The share's range is that of the terms in force.
    assert!(read_link("#/venture?terms=original&risk=share:uniform:40..50").is_ok());
    assert!(refused("#/venture?risk=share:uniform:40..50")[0].starts_with("risk:"));
    // A bad base scenario and a bad risk item are both reported, the base first.
    let messages = refused("#/venture?min=abc&risk=min:uniform:2..1");
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].starts_with("min:") && messages[1].starts_with("risk:"));
}

#[test]
fn cost_lists_replace_the_defaults_and_sort_by_month() {
    let link = "#/venture?cost=5:3:us:other:Late&cost=100000:0:pk:other:Deposits&cost=7:3:pk:equip:a%3Ab+c%20d";
    let read = inputs(link);
    let labels: Vec<&str> = read.costs.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Deposits", "Late", "a:b c d"]);
    assert_eq!(
        canonical(link),
        "#/venture?v=1&cost=100000:0:pk:other:Deposits&cost=5:3:us:other:Late&cost=7:3:pk:equip:a%3Ab%20c%20d"
    );
    // The default items written out are the default list: left out.
    let defaults = "#/venture?cost=100000:0:pk:other:PTCL%20tender%20money%2C%20deposits%20and%20licence%20fees&cost=180000:0:pk:equip:Islamabad%20VoIP%20gateway%2C%20installed&cost=60000:0:us:equip:New%20York%20compression%20and%20routing%20equipment&cost=40000:0:pk:other:customs%20duties%20and%20Pakistan%20connectivity%20set-up";
    assert_eq!(canonical(defaults), "#/venture?v=1");
    // A label may hold colons (split at the first four) and be empty.
    assert_eq!(
        inputs("#/venture?cost=1:0:pk:other:a:b:c").costs[0].label,
        "a:b:c"
    );
    assert_eq!(inputs("#/venture?cost=1:0:pk:other:").costs[0].label, "");
}

#[test]
fn version_rules() {
    assert!(read_link("#/venture?v=1").is_ok());
    let newer = refused("#/venture?v=2&min=1");
    assert_eq!(newer.len(), 1);
    assert!(newer[0].contains("newer"), "{newer:?}");
    assert!(refused("#/venture?v=99999999999999999999")[0].contains("newer"));
    for bad in [
        "v=0", "v=01", "v=1.0", "v=abc", "v=", "v", "v=-1", "v=1&v=1",
    ] {
        let messages = refused(&format!("#/venture?{bad}"));
        assert!(messages[0].starts_with("v:"), "{bad}: {messages:?}");
        assert!(!messages[0].contains("newer"), "{bad}");
    }
}

#[test]
fn every_bad_value_is_named_with_what_is_allowed() {
    let cases = [
        ("min=abc", "min:"),
        ("min=1e6", "min:"),
        ("min=+5", "min:"),
        ("min=1_000", "min:"),
        ("min=%201", "min:"),
        ("min=1.5", "min:"),
        ("min=20000001", "min:"),
        ("fiber=12000.005", "fiber:"),
        ("term=2.0001", "term:"),
        ("growth=-50.01", "growth:"),
        ("share=24.99", "share:"),
        ("share=30.01", "share:"),
        ("terms=original&share=39", "share:"),
        ("terms=Amended", "terms:"),
        ("basis=PerMinute", "basis:"),
        ("start=2002-13", "start:"),
        ("start=1989-12", "start:"),
        ("start=2100-01", "start:"),
        ("months=0", "months:"),
        ("months=121", "months:"),
        ("end=0", "end:"),
        ("months=12&end=13", "end:"),
        ("lag=4", "lag:"),
        ("disc=100.001", "disc:"),
        ("nocap=2&terms=original", "nocap:"),
        ("contrib=80000.01", "contrib:"),
        ("salvage=%G1", "salvage:"),
        ("reading=%", "reading:"),
        ("min=", "min:"),
        ("min", "min:"),
        ("min=1&min=2", "min:"),
        ("cost=1:0:pk:other", "cost:"),
        ("cost=1:0:xx:other:x", "cost:"),
        ("cost=1:0:pk:gear:x", "cost:"),
        ("cost=1.001:0:pk:other:x", "cost:"),
        ("cost=100000001:0:pk:other:x", "cost:"),
        ("months=12&cost=1:13:pk:other:x", "cost:"),
        ("cost=1:0:pk:other:%ZZ", "cost:"),
    ];
    for (query, named) in cases {
        let messages = refused(&format!("#/venture?v=1&{query}"));
        assert_eq!(messages.len(), 1, "{query}: {messages:?}");
        assert!(messages[0].starts_with(named), "{query}: {messages:?}");
        assert!(messages[0].contains("allowed"), "{query}: {messages:?}");
    }
    let long_label = "x".repeat(101);
    assert!(refused(&format!("#/venture?cost=1:0:pk:other:{long_label}"))[0].starts_with("cost:"));
    let items = "&cost=1:0:pk:other:x".repeat(21);
    assert!(refused(&format!("#/venture?{items}"))[0].starts_with("cost:"));
    assert!(read_link(&format!("#/venture?{}", "&cost=1:0:pk:other:x".repeat(20))).is_ok());
}

#[test]
fn all_bad_parameters_are_reported_in_table_order() {
    let messages = refused("#/venture?share=99&min=abc&months=0&term=x");
    let named: Vec<&str> = messages
        .iter()
        .map(|m| m.split(':').next().unwrap_or(""))
        .collect();
    assert_eq!(named, ["months", "min", "term", "share"]);
}

#[test]
fn a_range_that_depends_on_an_invalid_input_is_not_checked() {
    // `terms` is invalid: `share` is checked for its form only.
    let messages = refused("#/venture?terms=new&share=45");
    assert_eq!(messages.len(), 1);
    assert!(messages[0].starts_with("terms:"));
    // `months` is invalid: `end` and cost months are not range-checked against it.
    let messages = refused("#/venture?months=200&end=100&cost=1:100:pk:other:x");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].starts_with("months:"));
}

#[test]
fn unknown_and_other_terms_parameters_are_warnings() {
    let w = warnings("#/venture?v=1&colour=blue&min=3000000");
    assert_eq!(w.len(), 1);
    assert!(w[0].starts_with("colour:"));
    // Not even checked under the other terms, and not written.
    let link = "#/venture?terms=original&contrib=oops";
    assert!(warnings(link)[0].starts_with("contrib:"));
    assert_eq!(canonical(link), "#/venture?v=1&terms=original");
    let link = "#/venture?nocap=7";
    assert!(warnings(link)[0].starts_with("nocap:"));
    assert_eq!(canonical(link), "#/venture?v=1");
    assert_eq!(
        canonical("#/venture?terms=original&nocap=1"),
        "#/venture?v=1&terms=original&nocap=1"
    );
    assert_eq!(inputs("#/venture?terms=original").terms, Terms::Original);
}

#[test]
fn link_length_limit() {
    let base = "#/venture?v=1&";
    let padded = |total: usize| format!("{base}{}", "&".repeat(total - base.len()));
    assert!(read_link(&padded(MAX_LINK_CHARS)).is_ok());
    assert!(refused(&padded(MAX_LINK_CHARS + 1))[0].starts_with("link:"));
}

#[test]
fn minutes_beyond_the_model_are_refused_naming_their_drivers() {
    let messages = refused("#/venture?min=20000000&growth=50&months=120");
    assert_eq!(messages.len(), 1);
    assert!(
        messages[0].starts_with("min, growth, months:"),
        "{messages:?}"
    );
    // The same growth over fewer months stays in range.
    assert!(read_link("#/venture?min=20000000&growth=50&months=24").is_ok());
}

#[test]
fn growth_compounds_before_rounding() {
    let json = link_json(&read_link("#/venture?min=1000003&growth=50").unwrap()).unwrap();
    assert_eq!(json["rows"][1]["minutes"], 1_500_005);
}

fn results(link: &str) -> serde_json::Value {
    link_json(&read_link(link).expect("read")).expect("computed")["results"].clone()
}

#[test]
fn examples_through_the_link_and_json() {
    let r = results("#/venture?v=1");
    assert_eq!(r["recoup_month"], 6);
    assert_eq!(r["recoup_calendar_month"], "2003-03");
    assert_eq!(r["recoup_settles"], "2003-04");
    assert_eq!(r["thil_total_received"], "546726.32");
    assert_eq!(r["thil_npv"], "397377.48");
    assert_eq!(r["breakeven_minutes"], 1_041_667);
    assert_eq!(r["loan"], "15000.00");
    assert_eq!(r["retention_rate"], "0.0394736842105263157894736842");
    assert_eq!(r["termination_payment"], serde_json::Value::Null);

    let r = results("#/venture?v=1&terms=original");
    assert_eq!(
        (r["thil_contribution"].as_str(), r["thil_npv"].as_str()),
        (Some("152000.00"), Some("648938.80"))
    );
    assert_eq!(r["fusion_net_cash"], "2222880.00");
    assert_eq!(r["thil_percentage_share"], "0.4");
    assert_eq!(r["recoup_month"], serde_json::Value::Null);

    let r = results("#/venture?v=1&cost=100000:0:pk:other:Deposits&cost=180000:0:pk:equip:Gateway&cost=60000:0:us:equip:NY&cost=40000:0:pk:other:Customs&cost=120000:8:pk:equip:Second%20gateway");
    assert_eq!(r["recoup_month"], 12);

    let json = link_json(&read_link("#/venture?v=1&budget=4998.38").unwrap()).unwrap();
    assert_eq!(json["rows"][0]["retained"], "2968.49");
}

#[test]
fn csv_has_the_row_keys_and_one_line_a_month() {
    let csv = link_csv(&read_link("#/venture?months=36").unwrap()).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 37);
    assert!(lines[0].starts_with("month,calendar_month,minutes,revenue,"));
    assert!(lines[1].starts_with("1,2002-10,3000000,750000.00,570000.00,"));
}
