//! The link format of `links.md` for the Note: canonical writing (following
//! defaults, an explicit amount, sorted lists) and every bad-link rule that applies.

use dealmodel::engine::note::{NoteInputs, PayDown, PrincipalReading};
use dealmodel::engine::{Date, Money};
use dealmodel::scenario::link::{write_link, LinkScenario};
use dealmodel::scenario::note::field_text;
use dealmodel::scenario::read_link;
use rust_decimal::Decimal;

fn inputs(link: &str) -> NoteInputs {
    match read_link(link) {
        Ok(read) => match read.scenario {
            LinkScenario::Note(inputs) => inputs,
            other => panic!("{link} opened {other:?}, not the Note"),
        },
        Err(messages) => panic!("{link} was refused: {messages:?}"),
    }
}

fn canonical(link: &str) -> String {
    write_link(&LinkScenario::Note(inputs(link)))
}

fn refused(link: &str) -> Vec<String> {
    match read_link(link) {
        Ok(read) => panic!("{link} was read: {:?}", read.scenario),
        Err(messages) => messages,
    }
}

/// The one message of a refused link, which must name `param` first.
fn refusal(link: &str, param: &str) -> String {
    let messages = refused(link);
    assert_eq!(messages.len(), 1, "{link}: {messages:?}");
    assert!(
        messages[0].starts_with(&format!("{param}: ")),
        "{link}: {}",
        messages[0]
    );
    messages[0].clone()
}

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).unwrap()
}

#[test]
fn defaults_and_canonical_form() {
    assert_eq!(inputs("#/note"), NoteInputs::defaults());
    assert_eq!(inputs("#/note?v=1"), NoteInputs::defaults());
    assert_eq!(canonical("#/note"), "#/note?v=1");
    assert_eq!(
        canonical("#/note?rate=4.750&usury=25.00&basis=act360&collect=0&dated=2003-01-31"),
        "#/note?v=1"
    );
    // Parameters come out in table order, whatever the order given.
    assert_eq!(
        canonical("#/note?collect=5.50&missed=2003-06-30&paydown=2003-05-15:100&demand=2004-02-15&first=2003-03-31&basis=30360&usury=20&rate=5&dated=2003-01-31&amount=figures"),
        "#/note?v=1&amount=figures&rate=5&usury=20&basis=30360&first=2003-03-31&demand=2004-02-15&paydown=2003-05-15:100&missed=2003-06-30&collect=5.5"
    );
}

#[test]
fn explicit_following_inputs_and_amounts_are_written() {
    // Set explicitly to the value they would have had: still written.
    assert_eq!(
        canonical("#/note?first=2003-03-31"),
        "#/note?v=1&first=2003-03-31"
    );
    assert_eq!(
        canonical("#/note?demand=2004-01-31"),
        "#/note?v=1&demand=2004-01-31"
    );
    assert_eq!(
        inputs("#/note?first=2003-03-31").first,
        Some(date(2003, 3, 31))
    );
    assert_eq!(inputs("#/note").first, None);
    // An explicit amount is written even where it equals the words.
    assert_eq!(canonical("#/note?amount=words"), "#/note?v=1&amount=words");
    assert_eq!(
        canonical("#/note?amount=10183.10"),
        "#/note?v=1&amount=10183.1"
    );
    assert_eq!(
        inputs("#/note?amount=figures").amount,
        Some(PrincipalReading::Figures)
    );
    let amount = Money::round(Decimal::new(2_500_050, 2)).unwrap();
    assert_eq!(
        inputs("#/note?amount=25000.50").amount,
        Some(PrincipalReading::Amount(amount))
    );
}

#[test]
fn following_inputs_follow_dated_unchecked() {
    let moved = inputs("#/note?dated=2003-02-15");
    assert_eq!(
        (moved.first_date(), moved.demand_date()),
        (date(2003, 3, 31), date(2004, 2, 15))
    );
    assert_eq!(
        canonical("#/note?dated=2003-02-15"),
        "#/note?v=1&dated=2003-02-15"
    );
    // A following demand is not range-checked: it falls in 2100.
    let late = inputs("#/note?dated=2099-06-01");
    assert_eq!(late.demand_date(), date(2100, 6, 1));
    // An explicit one is.
    refusal("#/note?dated=2099-06-01&demand=2100-06-01", "demand");
}

#[test]
fn lists_are_sorted_by_date() {
    let link = "#/note?paydown=2003-08-01:500&paydown=2003-05-15:1000.00&missed=2003-09-30&missed=2003-06-30";
    let read = inputs(link);
    let dates: Vec<Date> = read.paydowns.iter().map(|p: &PayDown| p.date).collect();
    assert_eq!(dates, [date(2003, 5, 15), date(2003, 8, 1)]);
    assert_eq!(read.missed, [date(2003, 6, 30), date(2003, 9, 30)]);
    assert_eq!(canonical(link), "#/note?v=1&paydown=2003-05-15:1000&paydown=2003-08-01:500&missed=2003-06-30&missed=2003-09-30");
    assert_eq!(
        field_text(&read, "paydown"),
        "2003-05-15:1000, 2003-08-01:500"
    );
    assert_eq!(field_text(&read, "missed"), "2003-06-30, 2003-09-30");
}

#[test]
fn field_texts_show_the_values_in_force() {
    let defaults = NoteInputs::defaults();
    assert_eq!(field_text(&defaults, "amount"), "words");
    assert_eq!(field_text(&defaults, "first"), "2003-03-31");
    assert_eq!(field_text(&defaults, "demand"), "2004-01-31");
    assert_eq!(field_text(&defaults, "rate"), "4.75");
    assert_eq!(field_text(&defaults, "basis"), "act360");
    assert_eq!(field_text(&defaults, "paydown"), "");
    assert_eq!(
        field_text(&inputs("#/note?amount=figures"), "amount"),
        "figures"
    );
    assert_eq!(field_text(&inputs("#/note?amount=12.5"), "amount"), "12.5");
    assert_eq!(
        field_text(&inputs("#/note?dated=2003-03-31"), "first"),
        "2003-06-30"
    );
}

#[test]
fn a_demand_on_or_before_the_note_date() {
    for demand in ["2003-01-31", "2003-01-01"] {
        let message = refusal(&format!("#/note?demand={demand}"), "demand");
        assert!(
            message.contains(demand) && message.contains("dated (2003-01-31)"),
            "{message}"
        );
    }
    // Moving `dated` past an explicit demand names the demand, with dated in the message.
    let message = refusal("#/note?dated=2004-03-01&demand=2004-02-15", "demand");
    assert!(message.contains("2004-03-01"), "{message}");
}

#[test]
fn a_first_date_not_a_quarters_last_day_or_not_after_dated() {
    let message = refusal("#/note?first=2003-04-30", "first");
    assert!(message.contains("quarter's last day"), "{message}");
    let message = refusal("#/note?first=2002-12-31", "first");
    assert!(
        message.contains("not after the note date") && message.contains("2003-01-31"),
        "{message}"
    );
    refusal("#/note?dated=2003-03-31&first=2003-03-31", "first");
    // `first` after the demand is allowed.
    assert_eq!(
        inputs("#/note?first=2004-06-30").first,
        Some(date(2004, 6, 30))
    );
    // With `dated` invalid, `first` is checked for its form only.
    let messages = refused("#/note?dated=2003-02-30&first=2002-12-31");
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].starts_with("dated: \"2003-02-30\" is not a date"),
        "{messages:?}"
    );
}

#[test]
fn bad_paydowns() {
    for bad in [
        "2003-01-31:100",
        "2004-01-31:100",
        "2002-06-30:100",
        "2004-03-01:100",
    ] {
        let message = refusal(&format!("#/note?paydown={bad}"), "paydown");
        assert!(
            message.contains(bad) && message.contains("not strictly between"),
            "{message}"
        );
    }
    let message = refusal(
        "#/note?paydown=2003-05-15:100&paydown=2003-05-15:200",
        "paydown",
    );
    assert!(message.contains("repeats the date 2003-05-15"), "{message}");
    let message = refusal(
        "#/note?paydown=2003-05-15:10000&paydown=2003-06-15:183.11",
        "paydown",
    );
    assert!(
        message.contains("total 10183.11") && message.contains("10183.10"),
        "{message}"
    );
    // Exactly the principal is allowed; the figures allow ten cents more.
    assert!(read_link("#/note?paydown=2003-05-15:10000&paydown=2003-06-15:183.10").is_ok());
    assert!(
        read_link("#/note?amount=figures&paydown=2003-05-15:10000&paydown=2003-06-15:183.11")
            .is_ok()
    );
    assert!(refusal("#/note?paydown=2003-05-15", "paydown").contains("DATE:AMOUNT"));
    assert!(
        refusal("#/note?paydown=2003-05-15:0", "paydown").contains("amount that is out of range")
    );
    assert!(refusal("#/note?paydown=2003-05-15:1.001", "paydown").contains("more than 2 decimals"));
    assert!(refusal("#/note?paydown=2003-05-32:1", "paydown").contains("is not a date"));
    assert!(refusal("#/note?paydown=2003-05-15:1%G0", "paydown").contains("malformed"));
    // Each bad item gets its message.
    assert_eq!(refused("#/note?paydown=x&paydown=y").len(), 2);
}

#[test]
fn bad_missed_dates() {
    let message = refusal("#/note?missed=2003-05-15", "missed");
    assert!(
        message.contains("not a scheduled interest date")
            && message.contains("2003-03-31, 2003-06-30"),
        "{message}"
    );
    // The demand date itself and dates after it are not scheduled.
    refusal("#/note?demand=2003-12-31&missed=2003-12-31", "missed");
    refusal("#/note?missed=2004-03-31", "missed");
    refusal("#/note?first=2004-03-31&missed=2003-03-31", "missed");
    let message = refusal("#/note?missed=2003-06-30&missed=2003-06-30", "missed");
    assert!(message.contains("repeats the date 2003-06-30"), "{message}");
    // An explicit first moves the schedule.
    assert!(read_link("#/note?first=2003-06-30&missed=2003-06-30").is_ok());
    refusal("#/note?first=2003-06-30&missed=2003-03-31", "missed");
}

#[test]
fn precision_ranges_and_choices() {
    let cases = [
        ("rate=4.755", "rate", "more than 2 decimals"),
        ("usury=-1", "usury", "out of range"),
        ("rate=100.01", "rate", "out of range"),
        ("amount=10183.105", "amount", "more than 2 decimals"),
        ("amount=0", "amount", "out of range"),
        ("amount=100000000.01", "amount", "out of range"),
        (
            "amount=Words",
            "amount",
            "is not `words`, `figures` or a number",
        ),
        ("collect=1.001", "collect", "more than 2 decimals"),
        ("collect=100000000.01", "collect", "out of range"),
        ("dated=1989-12-31", "dated", "out of range"),
        ("dated=2100-01-01", "dated", "out of range"),
        ("demand=2100-01-01", "demand", "out of range"),
        ("first=2100-03-31", "first", "out of range"),
        ("basis=act364", "basis", "not a known choice"),
        ("rate=1e2", "rate", "not a number"),
    ];
    for (query, param, problem) in cases {
        let message = refusal(&format!("#/note?{query}"), param);
        assert!(message.contains(problem), "{query}: {message}");
        assert!(message.contains("allowed:"), "{query}: {message}");
    }
    assert!(refusal("#/note?amount=x", "amount")
        .contains("allowed: `words` (10183.10), `figures` (10183.20), or a number"));
    assert!(read_link("#/note?rate=100&usury=0&amount=100000000&collect=100000000").is_ok());
}

#[test]
fn empty_repeated_and_unknown_parameters() {
    refusal("#/note?rate=", "rate");
    refusal("#/note?rate", "rate");
    assert!(refusal("#/note?rate=1&rate=2", "rate").contains("2 times"));
    let read = read_link("#/note?rate=5&colour=red").expect("read");
    assert_eq!(read.warnings.len(), 1);
    assert!(read.warnings[0].starts_with("colour:"));
    // Every message, in table order.
    let messages = refused("#/note?collect=x&missed=y&rate=z&amount=w");
    let params: Vec<&str> = messages
        .iter()
        .map(|m| m.split(':').next().unwrap_or(""))
        .collect();
    assert_eq!(params, ["amount", "rate", "missed", "collect"]);
}

#[test]
fn an_amount_beyond_ten_to_the_fifteenth_is_refused() {
    // 100 % a year on 10^8, every quarter missed for 25 years.
    let mut link =
        "#/note?amount=100000000&rate=100&usury=100&dated=1990-01-01&demand=2015-01-01".to_string();
    for year in 1990..2015 {
        for day in ["03-31", "06-30", "09-30", "12-31"] {
            link.push_str(&format!("&missed={year}-{day}"));
        }
    }
    let message = refusal(&link, "amount, rate, missed");
    assert!(message.contains("10^15"), "{message}");
    // Paid quarterly, the same note is in range.
    assert!(read_link(
        "#/note?amount=100000000&rate=100&usury=100&dated=1990-01-01&demand=2015-01-01"
    )
    .is_ok());
}

#[test]
fn fields_follow_the_inputs_table() {
    use dealmodel::scenario::fields::{Control, Source};
    use dealmodel::scenario::note::fields::FIELDS;
    use dealmodel::scenario::note::PARAMS;
    let params: Vec<&str> = FIELDS.iter().map(|field| field.param).collect();
    assert_eq!(params, PARAMS);
    let control = |param: &str| {
        FIELDS
            .iter()
            .find(|field| field.param == param)
            .map(|field| field.control)
    };
    // "Principal as written" is a choice of the words or the figures.
    assert!(
        matches!(control("amount"), Some(Control::Choice(choices)) if choices.iter().map(|c| c.0).eq(["words", "figures"]))
    );
    assert_eq!(control("dated"), Some(Control::Date));
    assert!(matches!(control("rate"), Some(Control::Slider(_))));
    assert!(matches!(control("usury"), Some(Control::Slider(_))));
    assert!(
        matches!(control("basis"), Some(Control::Choice(choices)) if choices.len() == 3 && choices[0].0 == "act360")
    );
    assert_eq!(control("paydown"), Some(Control::List));
    assert_eq!(control("missed"), Some(Control::List));
    assert_eq!(control("collect"), Some(Control::Number));
    assert!(FIELDS
        .iter()
        .all(|field| !field.summary.is_empty() && !field.label.is_empty()));
    assert!(FIELDS
        .iter()
        .any(|field| field.param == "demand" && field.source == Source::Assumption));
}
