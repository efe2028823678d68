//! Fusion's view: the timeline of Fusion's cash from the three deals — the
//! defaults' first months checked by hand, each column adding up to its deal's
//! totals, and the same for random scenarios (proptest).

mod support;

use dealmodel::engine::msa::{self, MsaInputs};
use dealmodel::engine::note::{self, NoteInputs};
use dealmodel::engine::venture::{self, VentureInputs};
use dealmodel::engine::{Date, Money};
use dealmodel::scenario::fusion::*;
use proptest::prelude::*;

fn money(text: &str) -> Money {
    Money::from_cents_exact(text.parse().unwrap()).unwrap()
}

fn d(year: i32, month: u32, day: u32) -> Date {
    Date::new(year, month, day).unwrap()
}

/// What each deal's own outcome says Fusion gets (negative: pays) in all.
fn deal_totals(v: &VentureInputs, m: &MsaInputs, n: &NoteInputs) -> Option<(Money, Money, Money)> {
    let venture = venture::compute(v).ok()?;
    let msa = msa::compute(m).ok()?;
    let note = note::compute(n).ok()?;
    let venture_total = Money::sum(venture.cash.iter().map(|row| row.fusion)).ok()?;
    let msa_total = Money::sum([
        msa.total_charges,
        msa.commitment.shortfall,
        msa.late_interest(),
    ])
    .ok()?;
    let interest_paid =
        Money::sum(note.rows.iter().filter(|row| row.paid).map(|row| row.due)).ok()?;
    let paid_down = n.principal().checked_sub(note.payoff.principal).ok()?;
    let note_total = Money::sum([interest_paid, paid_down, note.payoff.total])
        .ok()?
        .negate();
    Some((venture_total, msa_total, note_total))
}

fn defaults() -> (VentureInputs, MsaInputs, NoteInputs) {
    (
        VentureInputs::defaults(),
        MsaInputs::defaults(),
        NoteInputs::defaults(),
    )
}

#[test]
fn the_defaults_first_months_by_hand() {
    let (v, m, n) = defaults();
    let timeline = fusion_timeline(&v, &m, &n).unwrap();
    let csv = timeline_csv(&timeline);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "month,venture,msa,note,total,cumulative");
    // 2002-09 (t = 0): Fusion's share of the project costs.
    assert_eq!(
        lines[1],
        "2002-09,-300000.00,0.00,0.00,-300000.00,-300000.00"
    );
    assert_eq!(lines[2], "2002-10,0.00,0.00,0.00,0.00,-300000.00");
    // The Note's first interest date, 2003-03-31: 10,183.10 × 4.75 % × 59/360 = 79.27.
    assert_eq!(
        lines[7],
        "2003-03,120157.90,0.00,-79.27,120078.63,300710.23"
    );
    // The MSA's first invoice (7,500.00 with the NRC, due 2003-07-16) and the
    // second (10,000.00, due 2003-07-31) are both collected in July.
    assert_eq!(
        lines[11],
        "2003-07,117189.48,17500.00,0.00,134689.48,787003.78"
    );
    // Invoice 4 (dated 2003-09-01) is due 2003-10-01: nothing from TWW in September.
    assert_eq!(
        lines[13],
        "2003-09,117189.48,0.00,-123.61,117065.87,1031259.13"
    );
    // The demand, 2004-01-31: the payoff 10,224.75 (principal 10,183.10 + 41.65 accrued).
    assert_eq!(
        lines[17],
        "2004-01,116400.00,10000.00,-10224.75,116175.25,1537300.17"
    );
}

#[test]
fn the_defaults_columns_add_up_to_each_deals_totals() {
    let (v, m, n) = defaults();
    let timeline = fusion_timeline(&v, &m, &n).unwrap();
    let (venture, msa, note) = deal_totals(&v, &m, &n).unwrap();
    assert_eq!(timeline.totals.venture, venture);
    assert_eq!(timeline.totals.msa, money("122500.00"));
    assert_eq!(timeline.totals.msa, msa);
    // Interest 79.27 + 122.27 + 123.61 + 123.61 and the payoff 10,224.75.
    assert_eq!(timeline.totals.note, money("-10673.51"));
    assert_eq!(timeline.totals.note, note);
    assert_eq!(
        timeline.rows.last().unwrap().cumulative,
        timeline.totals.total
    );
}

#[test]
fn a_late_invoice_a_stop_and_a_shortfall_land_when_paid() {
    let (v, mut m, n) = defaults();
    m.late_invoice = Some(2);
    m.late_days = 45;
    let timeline = fusion_timeline(&v, &m, &n).unwrap();
    let outcome = msa::compute(&m).unwrap();
    let late = outcome.late.unwrap();
    assert_eq!(late.paid_on, d(2003, 9, 14));
    let lines: Vec<&Line> = timeline
        .lines
        .iter()
        .filter(|l| {
            matches!(
                l.kind,
                LineKind::LateInvoice { .. } | LineKind::LateInterest { .. }
            )
        })
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines.iter().all(|l| l.month.to_string() == "2003-09"));
    assert_eq!(timeline.totals.msa, deal_totals(&v, &m, &n).unwrap().1);

    let (_, mut m, _) = defaults();
    m.stop = Some(d(2003, 12, 15));
    let timeline = fusion_timeline(&v, &m, &n).unwrap();
    let outcome = msa::compute(&m).unwrap();
    let charge = outcome.termination_charge();
    assert!(!charge.is_zero());
    let line = timeline
        .lines
        .iter()
        .find(|l| matches!(l.kind, LineKind::TerminationCharge { .. }))
        .unwrap();
    // Invoiced on the stop, collected 30 days later (the default `due`).
    assert_eq!(
        line.kind,
        LineKind::TerminationCharge {
            stop: d(2003, 12, 15),
            collected: d(2004, 1, 14)
        }
    );
    assert_eq!(line.amount, charge);
    assert_eq!(timeline.totals.msa, outcome.total_charges);

    let (_, mut m, _) = defaults();
    m.paid = Some(money("100000.00"));
    let timeline = fusion_timeline(&v, &m, &n).unwrap();
    let line = timeline
        .lines
        .iter()
        .find(|l| matches!(l.kind, LineKind::Shortfall { .. }))
        .unwrap();
    assert_eq!(line.month.to_string(), "2004-06");
    assert_eq!(timeline.totals.msa, deal_totals(&v, &m, &n).unwrap().1);
}

#[test]
fn pay_downs_are_paid_when_made() {
    let (v, m, mut n) = defaults();
    n.paydowns = vec![note::PayDown {
        date: d(2003, 5, 15),
        amount: money("3000.00"),
    }];
    let timeline = fusion_timeline(&v, &m, &n).unwrap();
    let line = timeline
        .lines
        .iter()
        .find(|l| matches!(l.kind, LineKind::PayDown { .. }))
        .unwrap();
    assert_eq!(
        (line.month.to_string(), line.amount),
        ("2003-05".to_string(), money("-3000.00"))
    );
    assert_eq!(timeline.totals.note, deal_totals(&v, &m, &n).unwrap().2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn every_column_adds_up_to_its_deals_total(
        v in support::venture_inputs(),
        m in support::msa_inputs(),
        n in support::note_inputs(),
    ) {
        let timeline = fusion_timeline(&v, &m, &n);
        let Some((venture, msa, note)) = deal_totals(&v, &m, &n) else {
            // A deal beyond the model's range: the timeline says so, naming it.
            let message = timeline.err().unwrap_or_default();
            prop_assert!(message.starts_with("venture:") || message.starts_with("msa:") || message.starts_with("note:") || message.starts_with("fusion:"), "{}", message);
            return Ok(());
        };
        let Ok(timeline) = timeline else {
            // Only the sum of the three deals can leave the range.
            return Ok(());
        };
        prop_assert_eq!(timeline.totals.venture, venture);
        prop_assert_eq!(timeline.totals.msa, msa);
        prop_assert_eq!(timeline.totals.note, note);
        let all = Money::sum([venture, msa, note]).unwrap();
        prop_assert_eq!(timeline.totals.total, all);
        prop_assert_eq!(timeline.rows.last().map(|r| r.cumulative), Some(all));
        for pair in timeline.rows.windows(2) {
            prop_assert_eq!(pair[0].month.plus_months(1), pair[1].month);
        }
        for row in &timeline.rows {
            prop_assert_eq!(Money::sum([row.venture, row.msa, row.note]).unwrap(), row.total);
        }
        prop_assert_eq!(timeline_csv(&timeline).lines().count(), timeline.rows.len() + 1);
    }

    #[test]
    fn the_view_draws_every_month_without_panicking(
        v in support::venture_inputs(),
        m in support::msa_inputs(),
        n in support::note_inputs(),
    ) {
        let Ok(timeline) = fusion_timeline(&v, &m, &n) else { return Ok(()); };
        let view = dealmodel::view::fusion::fusion_view(&v, &m, &n).unwrap();
        prop_assert_eq!(view.table.table.rows.len(), timeline.rows.len());
        prop_assert!(view.chart.frame.month_ticks.len() <= 10);
        prop_assert!(view.chart.bars.iter().all(|b| b.height.is_finite() && b.height >= 0.0));
    }
}

/// `links.md`, "The Fusion link": `dealmodel` given one prints what `dealmodel
/// fusion` prints for its three parts, with its canonical form first in JSON.
#[test]
fn a_fusion_link_prints_what_dealmodel_fusion_prints_for_its_parts() {
    let link = "https://host/deals/#/fusion?msa=%2Fmsa%3Fv%3D1%26stop%3D2003-11-20&v=1&note=%2Fnote%3Fv%3D1%26missed%3D2003-09-30";
    let parts = [
        "#/venture?v=1",
        "#/msa?v=1&stop=2003-11-20",
        "#/note?v=1&missed=2003-09-30",
    ];
    let (code, json, err) = support::dealmodel(&[link]);
    assert_eq!(code, 0, "{err}");
    let mut fusion_args = vec!["fusion", "--format", "json"];
    fusion_args.extend(parts);
    let (_, plain, _) = support::dealmodel(&fusion_args);
    let canonical = "#/fusion?v=1&msa=%2Fmsa%3Fv%3D1%26stop%3D2003-11-20&note=%2Fnote%3Fv%3D1%26missed%3D2003-09-30";
    assert_eq!(
        json,
        format!("{{\n  \"scenario\": \"{canonical}\",{}", &plain[1..])
    );
    let (_, csv, _) = support::dealmodel(&["--format", "csv", link]);
    let mut csv_args = vec!["fusion"];
    csv_args.extend(parts);
    assert_eq!(csv, support::dealmodel(&csv_args).1);
    // The canonical link reads back to the same document.
    assert_eq!(support::dealmodel(&[canonical]).1, json);
    // A bad part: its deal's name, exit 2.
    let (code, out, err) = support::dealmodel(&["#/fusion?v=1&note=%2Fnote%3Fmissed%3D2003-09-29"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.starts_with("note: missed:"), "{err}");
}
