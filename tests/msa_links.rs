//! The link format of `links.md` for the MSA: canonical writing (following
//! defaults), every bad-link rule that applies, the JSON and CSV output, the
//! form's field texts and the iCalendar file.

use dealmodel::engine::msa::{MsaInputs, Rule};
use dealmodel::engine::{Date, Money};
use dealmodel::scenario::fields::Control;
use dealmodel::scenario::link::{write_link, LinkScenario};
use dealmodel::scenario::msa::fields::FIELDS;
use dealmodel::scenario::msa::ics::calendar;
use dealmodel::scenario::msa::{field_text, PARAMS};
use dealmodel::scenario::output::{link_csv, link_json};
use dealmodel::scenario::read_link;
use serde_json::Value;

fn d(year: i32, month: u32, day: u32) -> Date {
    Date::new(year, month, day).expect("a real date")
}

fn inputs(link: &str) -> MsaInputs {
    match read_link(link) {
        Ok(read) => match read.scenario {
            LinkScenario::Msa(inputs) => inputs,
            other => panic!("{link} opened {other:?}"),
        },
        Err(messages) => panic!("{link} was refused: {messages:?}"),
    }
}

fn canonical(link: &str) -> String {
    write_link(&LinkScenario::Msa(inputs(link)))
}

fn refused(link: &str) -> Vec<String> {
    match read_link(link) {
        Ok(read) => panic!("{link} was read: {:?}", read.scenario),
        Err(messages) => messages,
    }
}

/// The single message of a refused link, which must name `param` first.
fn refused_naming(link: &str, param: &str) -> String {
    let messages = refused(link);
    assert_eq!(messages.len(), 1, "{link}: {messages:?}");
    assert!(
        messages[0].starts_with(&format!("{param}: ")),
        "{link}: {messages:?}"
    );
    messages[0].clone()
}

#[test]
fn routes_and_defaults() {
    for link in [
        "#/msa",
        "#/msa?",
        "#/msa?v=1",
        "/msa?v=1",
        "https://example.test/x/#/msa?v=1",
    ] {
        assert_eq!(inputs(link), MsaInputs::defaults(), "{link}");
    }
    assert_eq!(canonical("#/msa"), "#/msa?v=1");
}

#[test]
fn fixed_defaults_are_left_out_and_values_are_written_in_table_order() {
    assert_eq!(
        canonical("#/msa?v=1&termm=12&mrc=10000.00&bill=monthly&late=1.50&latec=daily365"),
        "#/msa?v=1"
    );
    assert_eq!(
        canonical("#/msa?notice=2003-07-01&latec=permonth&late=1.25&mrc=12500.50&termm=24&tendered=2003-06-01"),
        "#/msa?v=1&tendered=2003-06-01&termm=24&mrc=12500.5&late=1.25&latec=permonth&notice=2003-07-01"
    );
    assert_eq!(
        canonical("#/msa?lateinv=2&latedays=5&lawful=1&cause=provider-breach&stop=2003-12-31&ext=1&nrc=0&due=45&bill=quarterly"),
        "#/msa?v=1&ext=1&nrc=0&bill=quarterly&due=45&stop=2003-12-31&cause=provider-breach&lawful=1&lateinv=2&latedays=5"
    );
}

#[test]
fn following_defaults_are_written_only_when_set() {
    // Left out while following…
    assert_eq!(
        canonical("#/msa?v=1&tendered=2003-07-01"),
        "#/msa?v=1&tendered=2003-07-01"
    );
    // …written when set, even to the value they would have had.
    assert_eq!(
        canonical("#/msa?v=1&accept=2003-06-16"),
        "#/msa?v=1&accept=2003-06-16"
    );
    assert_eq!(
        canonical("#/msa?v=1&commit=120000&paid=120000.00"),
        "#/msa?v=1&commit=120000&paid=120000"
    );
    let explicit = inputs("#/msa?v=1&accept=2003-06-16");
    assert_eq!(explicit.accept, Some(d(2003, 6, 16)));
    assert_ne!(explicit, MsaInputs::defaults());
    // `tendered` moved alone: the acceptance follows it.
    let moved = inputs("#/msa?v=1&tendered=2004-02-27");
    assert_eq!(moved.acceptance(), Some(d(2004, 3, 2)));
    assert_eq!(field_text(&moved, "accept"), "2004-03-02");
}

#[test]
fn field_texts_show_the_value_in_force() {
    let defaults = MsaInputs::defaults();
    assert_eq!(field_text(&defaults, "tendered"), "2003-06-12");
    assert_eq!(field_text(&defaults, "accept"), "2003-06-16");
    assert_eq!(field_text(&defaults, "commit"), "120000");
    assert_eq!(field_text(&defaults, "paid"), "120000");
    assert_eq!(field_text(&defaults, "late"), "1.5");
    assert_eq!(field_text(&defaults, "bill"), "monthly");
    for optional in ["stop", "lawful", "lateinv", "notice"] {
        assert_eq!(field_text(&defaults, optional), "", "{optional}");
    }
    let quarterly = inputs("#/msa?v=1&bill=quarterly&mrc=1000&paid=5");
    assert_eq!(field_text(&quarterly, "commit"), "12000");
    assert_eq!(field_text(&quarterly, "paid"), "5");
}

#[test]
fn fields_follow_the_inputs_table() {
    let params: Vec<&str> = FIELDS.iter().map(|f| f.param).collect();
    assert_eq!(params, PARAMS);
    let control = |param: &str| FIELDS.iter().find(|f| f.param == param).map(|f| f.control);
    assert_eq!(control("tendered"), Some(Control::Date));
    assert_eq!(control("accept"), Some(Control::Date));
    assert_eq!(control("stop"), Some(Control::OptionalDate));
    assert_eq!(control("notice"), Some(Control::OptionalDate));
    assert!(matches!(control("termm"), Some(Control::Slider(_))));
    assert!(matches!(control("mrc"), Some(Control::Slider(_))));
    assert_eq!(control("lawful"), Some(Control::OptionalNumber));
    assert_eq!(control("lateinv"), Some(Control::OptionalNumber));
    assert!(matches!(control("bill"), Some(Control::Choice(words)) if words.len() == 3));
    assert!(
        matches!(control("cause"), Some(Control::Choice(words)) if words[1].0 == "provider-breach")
    );
    assert!(matches!(control("latec"), Some(Control::Choice(words)) if words[2].0 == "days30"));
    assert!(FIELDS
        .iter()
        .all(|f| !f.summary.is_empty() && !f.label.is_empty()));
}

#[test]
fn bad_values_name_the_parameter_and_what_is_allowed() {
    let m = refused_naming("#/msa?v=1&tendered=2003-02-30", "tendered");
    assert!(
        m.contains("\"2003-02-30\"") && m.contains("1990-01-01") && m.contains("2099-12-31"),
        "{m}"
    );
    refused_naming("#/msa?v=1&tendered=1989-12-31", "tendered");
    refused_naming("#/msa?v=1&tendered=2003-6-12", "tendered");
    let m = refused_naming("#/msa?v=1&termm=61", "termm");
    assert!(m.contains("12 to 60"), "{m}");
    assert!(refused_naming("#/msa?v=1&termm=12.5", "termm").contains("is not whole"));
    refused_naming("#/msa?v=1&ext=6", "ext");
    assert!(refused_naming("#/msa?v=1&mrc=1.005", "mrc").contains("more than 2 decimals"));
    refused_naming("#/msa?v=1&mrc=100000000.01", "mrc");
    refused_naming("#/msa?v=1&nrc=-1", "nrc");
    assert!(refused_naming("#/msa?v=1&bill=weekly", "bill").contains("`quarterly`"));
    refused_naming("#/msa?v=1&bill=Monthly", "bill");
    refused_naming("#/msa?v=1&due=91", "due");
    refused_naming("#/msa?v=1&commit=10000000000.01", "commit");
    refused_naming("#/msa?v=1&paid=1e3", "paid");
    refused_naming("#/msa?v=1&cause=breach", "cause");
    refused_naming("#/msa?v=1&late=10.01", "late");
    refused_naming("#/msa?v=1&late=1.505", "late");
    refused_naming("#/msa?v=1&lawful=11", "lawful");
    refused_naming("#/msa?v=1&latec=actual", "latec");
    refused_naming("#/msa?v=1&latedays=3651", "latedays");
    refused_naming("#/msa?v=1&notice=2100-01-01", "notice");
    refused_naming("#/msa?v=1&lateinv=0", "lateinv");
    refused_naming("#/msa?v=1&mrc=%G1", "mrc");
    // Precision ignores trailing zeros.
    assert_eq!(
        field_text(&inputs("#/msa?v=1&mrc=10000.1000"), "mrc"),
        "10000.1"
    );
}

#[test]
fn the_acceptance_date_is_on_or_after_the_tender() {
    let m = refused_naming("#/msa?v=1&tendered=2003-06-12&accept=2003-06-11", "accept");
    assert!(m.contains("tendered") && m.contains("2003-06-12"), "{m}");
    assert_eq!(
        inputs("#/msa?v=1&accept=2003-06-12").accept,
        Some(d(2003, 6, 12))
    );
    refused_naming("#/msa?v=1&accept=2100-01-01", "accept");
    // A following default is not range-checked: the acceptance falls in 2100.
    assert_eq!(
        inputs("#/msa?v=1&tendered=2099-12-31").acceptance(),
        Some(d(2100, 1, 4))
    );
    // An invalid `tendered` is reported alone; `accept` is checked for its form only.
    let messages = refused("#/msa?v=1&tendered=xx&accept=1995-01-01");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].starts_with("tendered: "));
}

#[test]
fn a_stop_is_after_the_acceptance_date_within_the_term() {
    let m = refused_naming("#/msa?v=1&stop=2003-06-16", "stop");
    assert!(
        m.contains("accept") && m.contains("2003-06-16") && m.contains("2004-06-15"),
        "{m}"
    );
    refused_naming("#/msa?v=1&stop=2004-06-16", "stop");
    refused_naming("#/msa?v=1&stop=2003-01-01", "stop");
    refused_naming("#/msa?v=1&stop=2003-11-31", "stop");
    assert!(read_link("#/msa?v=1&stop=2003-06-17").is_ok());
    assert!(read_link("#/msa?v=1&stop=2004-06-15").is_ok());
    // Within a longer term.
    assert!(read_link("#/msa?v=1&termm=24&stop=2005-06-15").is_ok());
    refused_naming("#/msa?v=1&termm=24&stop=2005-06-16", "stop");
    assert!(read_link("#/msa?v=1&ext=1&stop=2005-06-15").is_ok());
    // What it depends on is invalid: only `termm` is reported.
    let messages = refused("#/msa?v=1&termm=99&stop=2030-01-01");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].starts_with("termm: "));
}

#[test]
fn the_late_invoice_is_among_the_invoices_shown() {
    assert!(read_link("#/msa?v=1&lateinv=13").is_ok());
    let m = refused_naming("#/msa?v=1&lateinv=14", "lateinv");
    assert!(m.contains("1 to 13"), "{m}");
    assert!(read_link("#/msa?v=1&stop=2003-11-20&lateinv=6").is_ok());
    let m = refused_naming("#/msa?v=1&stop=2003-11-20&lateinv=7", "lateinv");
    assert!(m.contains("1 to 6") && m.contains("stop"), "{m}");
    assert!(read_link("#/msa?v=1&bill=quarterly&lateinv=5").is_ok());
    refused_naming("#/msa?v=1&bill=quarterly&lateinv=6", "lateinv");
    refused_naming("#/msa?v=1&lateinv=1.5", "lateinv");
    // With `stop` invalid, `lateinv` is checked for its form only.
    let messages = refused("#/msa?v=1&stop=2010-01-01&lateinv=7");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].starts_with("stop: "));
}

#[test]
fn every_bad_parameter_is_reported_in_table_order() {
    let messages = refused("#/msa?v=1&notice=x&latec=x&mrc=x&tendered=x");
    let params: Vec<&str> = messages
        .iter()
        .filter_map(|m| m.split(':').next())
        .collect();
    assert_eq!(params, vec!["tendered", "mrc", "latec", "notice"]);
}

#[test]
fn repeated_empty_and_unknown_parameters() {
    let messages = refused("#/msa?v=1&termm=12&termm=13");
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("termm: ") && m.contains("2 times")),
        "{messages:?}"
    );
    let messages = refused("#/msa?v=1&mrc=");
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("mrc: ") && m.contains("empty")),
        "{messages:?}"
    );
    let messages = refused("#/msa?v=1&stop");
    assert!(
        messages.iter().any(|m| m.starts_with("stop: ")),
        "{messages:?}"
    );
    let read = read_link("#/msa?v=1&speed=fast&&").expect("read");
    assert_eq!(read.warnings.len(), 1);
    assert!(read.warnings[0].starts_with("speed: "));
    let doc = link_json(&read).expect("json");
    assert!(doc["notices"][0]
        .as_str()
        .is_some_and(|n| n.starts_with("speed: ")));
    assert!(refused("#/msa?v=2")[0].contains("newer"));
}

fn is_money(value: &Value) -> bool {
    value.as_str().is_some_and(|text| {
        let (whole, cents) = text.split_once('.').unwrap_or(("", ""));
        !text.starts_with("-0.00")
            && !whole.is_empty()
            && cents.len() == 2
            && text
                .replace(['.', '-'], "")
                .bytes()
                .all(|b| b.is_ascii_digit())
    })
}

fn is_iso_date(value: &Value) -> bool {
    value.as_str().is_some_and(|text| {
        let parts: Vec<&str> = text.split('-').collect();
        parts.len() == 3 && parts[0].len() == 4 && parts[1].len() == 2 && parts[2].len() == 2
    })
}

#[test]
fn json_keys_and_formats() {
    let doc = link_json(
        &read_link("#/msa?v=1&bill=quarterly&lateinv=2&latedays=40&notice=2003-09-01")
            .expect("read"),
    )
    .expect("json");
    let keys: Vec<&String> = doc.as_object().expect("object").keys().collect();
    assert_eq!(
        keys,
        vec!["model", "scenario", "results", "rows", "dates", "notices"]
    );
    let results = doc["results"].as_object().expect("results");
    let result_keys: Vec<&str> = results.keys().map(String::as_str).collect();
    assert_eq!(
        result_keys,
        vec![
            "term_start",
            "term_end",
            "commitment_end",
            "total_charges",
            "shortfall",
            "termination_charge",
            "termination_due",
            "late_interest",
            "max_deposit"
        ]
    );
    for key in ["term_start", "term_end", "commitment_end"] {
        assert!(is_iso_date(&results[key]), "{key}");
    }
    for key in ["total_charges", "shortfall", "late_interest", "max_deposit"] {
        assert!(is_money(&results[key]), "{key}: {}", results[key]);
    }
    assert_eq!(results["termination_charge"], Value::Null);
    assert_eq!(results["termination_due"], Value::Null);
    // 30,000.00 × 1.5 % × 12 × 40 / 365 = 591.78.
    assert_eq!(results["late_interest"], "591.78");
    for row in doc["rows"].as_array().expect("rows") {
        let keys: Vec<&str> = row
            .as_object()
            .expect("row")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            vec![
                "number",
                "date",
                "period_start",
                "period_end",
                "recurring",
                "nrc",
                "amount",
                "due",
                "dispute_by"
            ]
        );
        assert!(row["number"].is_u64());
        for key in ["recurring", "nrc", "amount"] {
            assert!(is_money(&row[key]), "{key}");
        }
        for key in ["date", "period_start", "period_end", "due", "dispute_by"] {
            assert!(is_iso_date(&row[key]), "{key}");
        }
    }
    let dates = doc["dates"].as_array().expect("dates");
    assert!(dates.iter().all(|row| is_iso_date(&row["date"])
        && row["what"].is_string()
        && row["clause"]
            .as_str()
            .is_some_and(|c| c.starts_with("cl. "))));
    let listed: Vec<&str> = dates
        .iter()
        .filter_map(|row| row["date"].as_str())
        .collect();
    assert!(listed.windows(2).all(|w| w[0] <= w[1]));
    assert!(dates
        .iter()
        .any(|row| row["clause"] == "cl. 12(a)" && row["date"] == "2003-09-06"));
    let with_stop =
        link_json(&read_link("#/msa?v=1&stop=2004-06-15").expect("read")).expect("json");
    assert_eq!(with_stop["results"]["termination_charge"], "0.00");
    // Nothing charged, nothing due; the scheduled end stays `term_end`.
    assert_eq!(with_stop["results"]["termination_due"], Value::Null);
    assert_eq!(with_stop["results"]["term_end"], "2004-06-15");
    let stopped = link_json(&read_link("#/msa?v=1&stop=2003-11-20").expect("read")).expect("json");
    assert_eq!(stopped["results"]["termination_due"], "2003-12-20");
    assert_eq!(stopped["results"]["term_end"], "2004-06-15");
    // The rows stay the invoices: the charge is a result, not a row.
    assert_eq!(stopped["rows"].as_array().map(Vec::len), Some(6));
    let stopped_dates = stopped["dates"].as_array().expect("dates");
    assert!(stopped_dates.iter().any(|row| row["date"] == "2003-12-20"
        && row["what"] == "the termination charge is due: 65,000.00"
        && row["clause"] == "cl. 12"));
    assert!(!stopped_dates.iter().any(|row| row["what"]
        .as_str()
        .is_some_and(|w| w.contains("intent to extend"))));
}

#[test]
fn csv_prints_the_invoices() {
    let csv = link_csv(&read_link("#/msa?v=1&stop=2003-11-20").expect("read")).expect("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "number,date,period_start,period_end,recurring,nrc,amount,due,dispute_by"
    );
    assert_eq!(
        lines[1],
        "1,2003-06-16,2003-06-16,2003-06-30,5000.00,2500.00,7500.00,2003-07-16,2003-06-26"
    );
    // Six invoices, then the charge's line: no number, dated the stop, for the
    // rest of the term, due 30 days on, no dispute deadline.
    assert_eq!(lines.len(), 8);
    assert_eq!(
        lines[7],
        ",2003-11-20,2003-11-21,2004-06-15,65000.00,0.00,65000.00,2003-12-20,"
    );
    // The amounts add up to the total charges (122,500.00).
    let total: i64 = lines[1..]
        .iter()
        .map(|line| {
            let amount = line.split(',').nth(6).expect("amount");
            amount.replace('.', "").parse::<i64>().expect("cents")
        })
        .sum();
    assert_eq!(total, 12_250_000);
    // A stop for the Provider's breach charges nothing and adds no line.
    let breach =
        link_csv(&read_link("#/msa?v=1&stop=2003-11-20&cause=provider-breach").expect("read"))
            .expect("csv");
    assert_eq!(breach.lines().count(), 7);
    // A voluntary stop that charges 0.00 still has its line, due nowhere.
    let late = link_csv(&read_link("#/msa?v=1&stop=2004-06-15").expect("read")).expect("csv");
    assert_eq!(
        late.lines().last(),
        Some(",2004-06-15,2004-06-16,2004-06-15,0.00,0.00,0.00,,")
    );
}

#[test]
fn the_calendar_parses() {
    let scenario = inputs("#/msa?v=1&notice=2003-07-04&ext=1");
    let ics = calendar(&scenario, "20261121T120000Z").expect("a calendar");
    assert!(ics.ends_with("\r\n"));
    let physical: Vec<&str> = ics.split("\r\n").collect();
    assert_eq!(physical.last(), Some(&""));
    for line in &physical {
        assert!(line.len() <= 75, "{line}");
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    // Unfold continuation lines.
    let unfolded = ics.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
    assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0"));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    let mut depth = 0i32;
    for line in &lines {
        if line.starts_with("BEGIN:") {
            depth += 1;
        } else if line.starts_with("END:") {
            depth -= 1;
            assert!(depth >= 0);
        }
    }
    assert_eq!(depth, 0);
    let outcome = dealmodel::engine::msa::compute(&scenario).expect("computes");
    let events = lines.iter().filter(|l| **l == "BEGIN:VEVENT").count();
    assert_eq!(events, outcome.dates.len());
    let uids: Vec<&str> = lines
        .iter()
        .filter(|l| l.starts_with("UID:"))
        .copied()
        .collect();
    let mut unique = uids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), uids.len());
    assert!(uids.contains(&"UID:20030716-due-1@dealmodel"));
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20030716"));
    assert!(lines.contains(&"DTEND;VALUE=DATE:20030717"));
    assert_eq!(
        lines
            .iter()
            .filter(|l| **l == "DTSTAMP:20261121T120000Z")
            .count(),
        events
    );
    // A comma in a summary is escaped; the clause is in it.
    assert!(lines
        .iter()
        .any(|l| l.starts_with("SUMMARY:") && l.contains("(cl. 6(b))")));
    assert!(lines
        .iter()
        .filter(|l| l.starts_with("SUMMARY:"))
        .all(|l| !l.replace("\\,", "").contains(',')));
    assert!(outcome
        .dates
        .iter()
        .any(|row| row.rule == Rule::TwwTermination));
    // The same scenario downloaded again gives the same UIDs; no clock is read.
    assert_eq!(calendar(&scenario, "20261121T120000Z"), Ok(ics));
    assert!(calendar(&scenario, "yesterday").is_err());
}

#[test]
fn money_in_messages_is_never_half_applied() {
    // A refused link leaves nothing behind: reading again the defaults gives the defaults.
    assert!(read_link("#/msa?v=1&mrc=5&termm=0").is_err());
    assert_eq!(inputs("#/msa?v=1").mrc, Money::from_whole(10_000));
}
