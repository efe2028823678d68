//! Generated links of every route, read, written canonically, read back and
//! output (issue "Nothing lost, nothing half-accepted"): no accepted link
//! whose canonical form is refused or reads differently, no difference
//! between a link as typed and as a browser's address holds it (the page reads
//! `location.hash`, `dealmodel` its argument), and the money identities of
//! each deal in every accepted scenario.
//!
//! `./dev test` runs 20,000 links (about half a minute in a debug build); the
//! long run of README's Performance section sets the count:
//! `DEALMODEL_GENERATED_LINKS=1000000 cargo test --release --test generated_links -- --nocapture`.

use dealmodel::engine::{msa, note, venture, Money};
use dealmodel::scenario::compare::{is_compare, read_compare, write_compare};
use dealmodel::scenario::fusion::link::{is_fusion, read_fusion, write_fusion};
use dealmodel::scenario::link::{
    address_length, write_link_with_risk, LinkScenario, MAX_LINK_CHARS,
};
use dealmodel::scenario::output::{link_csv, link_json};
use dealmodel::scenario::read_link;

/// SplitMix64: small, fast and the same on every machine, so a failure repeats
/// from its seed and index.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
}

const VENTURE: &[&str] = &[
    "terms=original",
    "terms=amended",
    "start=2002-07",
    "months=1",
    "months=36",
    "months=120",
    "months=0",
    "min=4500000",
    "min=0",
    "min=1000000000000",
    "min=abc",
    "growth=2.5",
    "growth=-5",
    "sell=0.04",
    "credits=2",
    "term=0.19",
    "term=0.2",
    "term=0.15000",
    "ffee=1000",
    "sfee=0",
    "basis=perminute",
    "basis=fixed",
    "fiber=5000",
    "loops=2",
    "budget=9",
    "share=30",
    "share=50",
    "share=101",
    "contrib=100000",
    "nocap=1",
    "reading=literal",
    "reading=funded",
    "losses=carry",
    "losses=monthly",
    "losses=protect",
    "lag=2",
    "lag=",
    "disc=12",
    "disc=0",
    "end=24",
    "end=200",
    "salvage=5000",
    "cost=1000:3:pk:equip:Gate%20way",
    "cost=250000:1:us:other:",
    "cost=x:1:pk:equip:a",
    "cost=1:1:pk:equip:%F0%9F%92%B0",
    "cost=1:2:pk:other:a:b",
    "risk=min:uniform:2000000..4000000",
    "risk=term:tri:0.15..0.18..0.22",
    "risk=share:uniform:1..2",
    "draws=100",
    "seed=7",
];
const MSA: &[&str] = &[
    "tendered=2003-03-31",
    "accept=2003-04-01",
    "accept=2003-02-01",
    "termm=12",
    "termm=24",
    "termm=0",
    "ext=1",
    "mrc=20000",
    "mrc=-1",
    "mrc=15384.62",
    "nrc=500",
    "bill=quarterly",
    "bill=annual",
    "bill=weekly",
    "due=30",
    "commit=2004-03-31",
    "paid=1",
    "stop=2003-11-20",
    "stop=2099-01-01",
    "cause=breach",
    "cause=voluntary",
    "late=daily365",
    "late=permonth",
    "late=days30",
    "lawful=18",
    "latec=1.5",
    "lateinv=2",
    "lateinv=99",
    "latedays=45",
    "notice=30",
];
const NOTE: &[&str] = &[
    "amount=words",
    "amount=figures",
    "amount=250000",
    "dated=2003-03-31",
    "dated=1990-01-01",
    "rate=9",
    "rate=30",
    "usury=16",
    "basis=act360",
    "basis=act365",
    "basis=30360",
    "basis=x",
    "first=2003-06-30",
    "first=2003-06-29",
    "demand=2004-12-31",
    "demand=2003-01-01",
    "paydown=2003-06-30:1000",
    "paydown=2003-13-01:5",
    "paydown=2003-08-15:99999999",
    "missed=2003-09-30",
    "missed=2003-09-29",
    "collect=100",
    "collect=-1",
];
/// Pieces any route may carry: repeats, empties, unknown names, odd bytes.
const ODD: &[&str] = &[
    "v=1",
    "v=2",
    "v=01",
    "v",
    "zz=1",
    "min:%20=5",
    "%ZZ=1",
    "=5",
    "&&",
    "a+b=c%20d",
    "x=%C3%A9",
    "x=é",
    "x=\"<>`",
    "x=%00",
    "x=\u{7f}",
    "x=\u{1F4B0}",
    "min&min",
];

fn piece(rng: &mut Rng, deal: &str) -> String {
    let own = match deal {
        "venture" => VENTURE,
        "msa" => MSA,
        _ => NOTE,
    };
    match rng.below(10) {
        0 => rng.pick(ODD).to_string(),
        1 => {
            // A long label or value near the length limit.
            let unit = rng.pick(&["!", "é", "%C3%A9", "💰", "+", "a", "%25"]);
            let count = 1 + rng.below(120);
            let months = 1 + rng.below(24);
            format!("cost=1:{months}:pk:equip:{}", unit.repeat(count))
        }
        _ => rng.pick(own).to_string(),
    }
}

fn link(rng: &mut Rng) -> String {
    if rng.below(10) == 0 {
        // A Fusion link: up to three parts (a part of the wrong deal included).
        let mut text = String::from("#/fusion?v=1");
        for name in ["venture", "msa", "note"] {
            if rng.below(3) > 0 {
                let part = single(rng).trim_start_matches('#').replace('&', "%26");
                text.push_str(&format!("&{name}={part}"));
            }
        }
        return text;
    }
    if rng.below(6) == 0 {
        // A compare link whose sides are encoded only where they must be
        // (`&`), as a person might write one: its canonical form encodes more.
        let side = |rng: &mut Rng| single(rng).trim_start_matches('#').replace('&', "%26");
        return format!("#/compare?v=1&a={}&b={}", side(rng), side(rng));
    }
    single(rng)
}

fn single(rng: &mut Rng) -> String {
    let deal = rng.pick(&["venture", "msa", "note"]);
    let count = rng.below(8);
    let mut text = format!("#/{deal}?v=1");
    if rng.below(8) == 0 {
        // Many items: lists and repeats at the length limit.
        for _ in 0..rng.below(40) {
            text.push('&');
            text.push_str(&piece(rng, deal));
        }
    }
    for _ in 0..count {
        text.push('&');
        text.push_str(&piece(rng, deal));
    }
    if rng.below(6) == 0 {
        // An unknown parameter that takes the link to about the limit.
        let unit = rng.pick(&["é", "x", "%C3%A9", "💰", " ", "!"]);
        text.push_str("&zz=");
        text.push_str(&unit.repeat(rng.below(8_000)));
    }
    text
}

/// The address as a browser holds it: the fragment set percent-encoded.
fn as_address(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !c.is_ascii() || c.is_ascii_control() || matches!(c, ' ' | '"' | '<' | '>' | '`') {
            let mut bytes = [0u8; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn identities(scenario: &LinkScenario) -> Result<(), String> {
    let sum = |a: Money, b: Money| a.checked_add(b).map_err(|_| "overflow".to_string());
    match scenario {
        LinkScenario::Venture(inputs) => {
            let Ok(outcome) = venture::compute(inputs) else {
                return Err("an accepted Venture link does not compute".into());
            };
            for row in &outcome.cash {
                if sum(row.thil, row.fusion)? != row.venture {
                    return Err(format!("cash month {}: THIL + Fusion ≠ the Venture", row.t));
                }
            }
            for row in &outcome.rows {
                if sum(row.thil_paid, row.retained)? != row.thil_entitlement {
                    return Err("paid + retained ≠ THIL's entitlement".into());
                }
            }
        }
        LinkScenario::Msa(inputs) => {
            let Ok(outcome) = msa::compute(inputs) else {
                return Err("an accepted MSA link does not compute".into());
            };
            for invoice in &outcome.invoices {
                if sum(invoice.recurring, invoice.nrc)? != invoice.amount {
                    return Err(format!(
                        "invoice {}: recurring + NRC ≠ amount",
                        invoice.number
                    ));
                }
            }
        }
        LinkScenario::Note(inputs) => {
            let Ok(outcome) = note::compute(inputs) else {
                return Err("an accepted Note link does not compute".into());
            };
            for row in &outcome.rows {
                let parts = sum(
                    sum(row.accrual.on_principal, row.accrual.on_overdue)?,
                    row.accrual.overdue_at_start,
                )?;
                if parts != row.due {
                    return Err(format!("{}: the interest's parts ≠ what is due", row.date));
                }
            }
        }
    }
    Ok(())
}

/// `read` of a link as typed, once the same link as a browser's address holds
/// it (`location.hash`, which the page reads) is accepted alike.
fn alike<T, E>(read: fn(&str) -> Result<T, E>, text: &str) -> Result<Result<T, E>, String> {
    let typed = read(text);
    let held = read(&as_address(text));
    if typed.is_ok() != held.is_ok() {
        return Err(format!(
            "typed {:?} but as an address {:?}",
            typed.is_ok(),
            held.is_ok()
        ));
    }
    Ok(typed)
}

/// A compare link through every step.
fn check_compare(text: &str) -> Result<bool, String> {
    let typed = alike(read_compare, text)?;
    let Ok(pair) = typed else { return Ok(false) };
    let canonical = write_compare(&pair.a, &pair.b);
    let again =
        read_compare(&canonical).map_err(|m| format!("compare canonical refused: {m:?}"))?;
    if (again.a.scenario != pair.a.scenario) || (again.b.scenario != pair.b.scenario) {
        return Err("compare canonical reads differently".into());
    }
    identities(&pair.a.scenario)?;
    identities(&pair.b.scenario)?;
    Ok(true)
}

/// A Fusion link through every step.
fn check_fusion(text: &str) -> Result<bool, String> {
    let typed = alike(read_fusion, text)?;
    let Ok(read) = typed else { return Ok(false) };
    let canonical = write_fusion(&read.venture, &read.msa, &read.note);
    let again = read_fusion(&canonical).map_err(|m| format!("fusion canonical refused: {m:?}"))?;
    if (&again.venture, &again.msa, &again.note) != (&read.venture, &read.msa, &read.note) {
        return Err("fusion canonical reads differently".into());
    }
    for scenario in [&read.venture, &read.msa, &read.note] {
        identities(scenario)?;
    }
    Ok(true)
}

/// One link through every step; `Err` says what failed.
fn check(text: &str) -> Result<bool, String> {
    if is_fusion(text) {
        return check_fusion(text);
    }
    if is_compare(text) {
        return check_compare(text);
    }
    let typed = alike(read_link, text)?;
    let Ok(read) = typed else { return Ok(false) };
    let canonical = write_link_with_risk(&read);
    if address_length(&canonical) > MAX_LINK_CHARS {
        return Err(format!(
            "accepted, canonical form {} characters",
            address_length(&canonical)
        ));
    }
    let again =
        read_link(&canonical).map_err(|m| format!("canonical {canonical} refused: {m:?}"))?;
    if again.scenario != read.scenario || again.risk != read.risk {
        return Err(format!("canonical {canonical} reads differently"));
    }
    if write_link_with_risk(&again) != canonical {
        return Err(format!(
            "canonical {canonical} is not written back the same"
        ));
    }
    link_json(&read).map_err(|m| format!("JSON: {m}"))?;
    link_csv(&read).map_err(|m| format!("CSV: {m}"))?;
    identities(&read.scenario)?;
    Ok(true)
}

#[test]
fn generated_links_read_write_and_read_back() {
    let count: usize = std::env::var("DEALMODEL_GENERATED_LINKS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000);
    let seed = 0x2026_1208;
    let mut rng = Rng(seed);
    let mut accepted = 0usize;
    let mut failures = Vec::new();
    for index in 0..count {
        let text = link(&mut rng);
        match check(&text) {
            Ok(true) => accepted += 1,
            Ok(false) => {}
            Err(why) if failures.len() < 10 => {
                let shown: String = text.chars().take(300).collect();
                failures.push(format!("#{index} {shown}…: {why}"))
            }
            Err(_) => {}
        }
    }
    println!("{count} generated links (seed {seed:#x}): {accepted} accepted");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The generator reaches both sides.
    assert!(
        accepted > count / 10 && accepted < count,
        "{accepted} of {count} accepted"
    );
}
