//! The Venture examples of the model book (`examples.md`), to the cent, through the engine.

use dealmodel::engine::venture::{
    compute, CostItem, CostKind, Side, Terms, VentureInputs, VentureOutcome,
};
use dealmodel::engine::Money;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn money(text: &str) -> Money {
    Money::round(d(text)).unwrap()
}

fn run(inputs: &VentureInputs) -> VentureOutcome {
    compute(inputs).expect("the example computes")
}

/// Renders chosen months of the statement as text, one line a month:
/// `month entitlement retained thil_paid thil_amortization loan_balance`.
fn split_table(outcome: &VentureOutcome, months: &[u32]) -> String {
    months
        .iter()
        .map(|&m| {
            let row = &outcome.rows[m as usize - 1];
            format!(
                "{} {} {} {} {} {}",
                row.month,
                row.thil_entitlement,
                row.retained,
                row.thil_paid,
                row.thil_amortization,
                row.loan_balance
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn defaults_monthly_statement() {
    let outcome = run(&VentureInputs::defaults());
    assert_eq!(outcome.rows.len(), 24);
    for row in &outcome.rows[..12] {
        assert_eq!(row.minutes, d("3000000"));
        assert_eq!(row.revenue, money("750000"));
        assert_eq!(row.termination, money("570000"));
        assert_eq!(row.fusion_fee, money("45000"));
        assert_eq!(row.subcontractor_fee, money("19800"));
        assert_eq!(
            (row.fiber, row.loops, row.budget),
            (money("12000"), money("3000"), money("5000"))
        );
        assert_eq!(row.amortization, money("20000"));
        assert_eq!(row.net_profit, money("75200"));
    }
    for row in &outcome.rows[12..] {
        assert_eq!(row.amortization, Money::ZERO);
        assert_eq!(row.net_profit, money("95200"));
    }
    assert_eq!(outcome.rows[0].calendar_month.to_string(), "2002-10");
    assert_eq!(outcome.rows[11].calendar_month.to_string(), "2003-09");
}

#[test]
fn defaults_loan_split_table() {
    let outcome = run(&VentureInputs::defaults());
    let expected = "\
1 18800.00 2968.42 15831.58 4210.52 12031.58
2 18800.00 2968.42 15831.58 4210.52 9063.16
5 18800.00 2968.42 15831.58 4210.52 157.90
6 18800.00 157.90 18642.10 4210.52 0.00
7 18800.00 0.00 18800.00 4210.52 0.00
12 18800.00 0.00 18800.00 4210.60 0.00
13 23800.00 0.00 23800.00 0.00 0.00";
    assert_eq!(split_table(&outcome, &[1, 2, 5, 6, 7, 12, 13]), expected);
}

#[test]
fn defaults_results() {
    let r = run(&VentureInputs::defaults()).results;
    assert_eq!(r.total_cost, money("380000"));
    assert_eq!(r.thil_contribution, money("80000"));
    assert_eq!(
        r.thil_percentage_share.to_string(),
        "0.2105263157894736842105263158"
    );
    assert_eq!(r.loan, money("15000"));
    assert_eq!(
        r.retention_rate.to_string(),
        "0.0394736842105263157894736842"
    );
    let recoup = r.recoup.expect("recouped");
    assert_eq!(
        (
            recoup.month,
            recoup.calendar_month.to_string(),
            recoup.settles.to_string()
        ),
        (6, "2003-03".into(), "2003-04".into())
    );
    assert_eq!(r.loan_outstanding, Money::ZERO);
    assert_eq!(r.thil_total_received, money("546726.32"));
    assert_eq!(r.thil_net, money("466726.32"));
    assert_eq!(r.thil_payback_month, Some(5));
    assert_eq!(r.thil_npv, money("397377.48"));
    assert_eq!(r.venture_revenue, money("18000000"));
    assert_eq!(r.venture_net_profit, money("2044800"));
    assert_eq!(r.breakeven_minutes, Some(1_041_667));
    assert_eq!(r.fusion_net_cash, money("2518073.68"));
    assert_eq!(r.fusion_fee_received, money("1080000"));
    assert_eq!(r.termination_payment, None);
}

#[test]
fn defaults_cash_sums_to_the_venture() {
    let outcome = run(&VentureInputs::defaults());
    let total = |f: fn(&dealmodel::engine::venture::CashRow) -> Money| {
        Money::sum(outcome.cash.iter().map(f)).unwrap()
    };
    assert_eq!(total(|c| c.thil), money("466726.32"));
    assert_eq!(total(|c| c.fusion), money("2518073.68"));
    assert_eq!(total(|c| c.venture), money("2984800"));
    assert_eq!(outcome.cash.len(), 26);
    assert_eq!(outcome.cash[0].calendar_month.to_string(), "2002-09");
}

#[test]
fn original_terms() {
    let inputs = VentureInputs {
        terms: Terms::Original,
        share_pct: d("40"),
        ..VentureInputs::defaults()
    };
    let outcome = run(&inputs);
    let r = &outcome.results;
    assert_eq!(r.thil_contribution, money("152000"));
    assert_eq!(r.loan, Money::ZERO);
    assert_eq!(outcome.rows[0].thil_paid, money("30080"));
    assert_eq!(outcome.rows[0].thil_amortization, money("8000"));
    assert_eq!(r.thil_total_received, money("913920"));
    assert_eq!(r.thil_npv, money("648938.80"));
    assert_eq!(r.fusion_net_cash, money("2222880"));
    assert_eq!(r.recoup, None);
}

#[test]
fn a_later_cost_reopens_the_loan() {
    let mut inputs = VentureInputs::defaults();
    inputs.costs.push(CostItem {
        amount: money("120000"),
        month: 8,
        side: Side::Pakistan,
        kind: CostKind::Equipment,
        label: "Second gateway".into(),
    });
    let outcome = run(&inputs);
    assert_eq!(
        outcome.rows[5].loan_balance,
        Money::ZERO,
        "repaid in month 6"
    );
    assert_eq!(outcome.rows[6].retained, Money::ZERO);
    let month8 = &outcome.rows[7];
    assert_eq!(month8.retained, money("6768"));
    assert_eq!(month8.loan_balance, money("23232"));
    let month9 = &outcome.rows[8];
    assert_eq!(month9.net_profit, money("65200"));
    assert_eq!(month9.thil_amortization, money("5810.52"));
    assert_eq!(outcome.rows[11].loan_balance, Money::ZERO);
    assert!(!outcome.rows[11].retained.is_zero());
    assert_eq!(outcome.results.recoup.map(|r| r.month), Some(12));
    assert_eq!(outcome.results.loan, money("45000"));
}

#[test]
fn a_half_cent_tie_rounds_away_from_zero() {
    let inputs = VentureInputs {
        budget: money("4998.38"),
        ..VentureInputs::defaults()
    };
    let month1 = &run(&inputs).rows[0];
    assert_eq!(month1.net_profit, money("75201.62"));
    assert_eq!(month1.distributable, money("75201.62"));
    assert_eq!(month1.retained, money("2968.49"));
}
