//! Each rule of the Venture model checked on a scenario worked by hand, beyond the
//! model book's examples: loss treatments, the commitment, the original cap, the
//! end of the agreement, the contribution limit, break-even and IRR edge cases.

use dealmodel::engine::venture::notices::NoticeKind;
use dealmodel::engine::venture::{
    compute, CostItem, CostKind, LossTreatment, Reading, Side, Terms, VentureInputs, VentureOutcome,
};
use dealmodel::engine::Money;
use rust_decimal::Decimal;
use std::str::FromStr;

fn money(text: &str) -> Money {
    Money::round(Decimal::from_str(text).unwrap()).unwrap()
}

fn run(inputs: VentureInputs) -> VentureOutcome {
    compute(&inputs).expect("computes")
}

fn has(outcome: &VentureOutcome, kind: NoticeKind) -> bool {
    outcome.notices.iter().any(|n| n.kind == kind)
}

fn low_traffic(losses: LossTreatment) -> VentureOutcome {
    // 1,000,000 minutes: month 1–12 NP = 250,000 − 190,000 − 15,000 − 6,600 − 20,000 − 20,000 = −1,600;
    // at the committed 3,000,000 the month would have made 75,200.
    run(VentureInputs {
        minutes: Decimal::from(1_000_000),
        losses,
        ..VentureInputs::defaults()
    })
}

#[test]
fn protect_keeps_shortfall_losses_off_thil() {
    let outcome = low_traffic(LossTreatment::Protect);
    assert_eq!(outcome.rows[0].net_profit, money("-1600"));
    assert_eq!(outcome.rows[12].net_profit, money("18400"));
    assert_eq!(
        outcome.rows[12].distributable,
        money("18400"),
        "no loss carried: all of it was Fusion's shortfall"
    );
    assert!(has(&outcome, NoticeKind::BelowCommitment));
    assert!(
        outcome.notices[0].text.contains("months 1–24"),
        "{}",
        outcome.notices[0].text
    );
}

#[test]
fn carry_carries_every_loss_forward() {
    let outcome = low_traffic(LossTreatment::Carry);
    // 12 × 1,600 = 19,200 carried; month 13 makes 18,400, month 14 releases 17,600.
    assert_eq!(outcome.rows[12].distributable, Money::ZERO);
    assert_eq!(outcome.rows[13].distributable, money("17600"));
    assert_eq!(outcome.rows[14].distributable, money("18400"));
}

#[test]
fn monthly_lets_each_month_stand_alone() {
    let outcome = low_traffic(LossTreatment::Monthly);
    assert_eq!(outcome.rows[0].distributable, Money::ZERO);
    assert_eq!(outcome.rows[12].distributable, money("18400"));
}

#[test]
fn protect_still_carries_a_loss_at_committed_volume() {
    // Fiber at 100,000: even at 3,000,000 minutes month 1 loses 12,800 (NP* < 0), so
    // under protect a month below commitment carries min(loss, 12,800).
    let inputs = VentureInputs {
        minutes: Decimal::from(1_000_000),
        fiber: money("100000"),
        ..VentureInputs::defaults()
    };
    let outcome = run(inputs);
    assert_eq!(outcome.rows[0].net_profit, money("-89600"));
    let first_carried = money("12800");
    // Month 13: NP = −89,600 + 20,000 = −69,600 still; nothing distributable all along.
    assert!(outcome.rows.iter().all(|row| row.distributable.is_zero()));
    assert!(first_carried > Money::ZERO);
}

#[test]
fn the_first_quarter_commitment_is_tested_on_the_three_months_together() {
    // 2,900,000 then +5 % a month: 2.9M + 3.045M + 3.19725M = 9,142,250 ≥ 9M: months 1–3 are not below.
    let inputs = VentureInputs {
        minutes: Decimal::from(2_900_000),
        growth_pct: Decimal::from(5),
        months: 2,
        ..VentureInputs::defaults()
    };
    let outcome = run(inputs);
    assert!(
        !has(&outcome, NoticeKind::BelowCommitment),
        "month 3 counts even when only 2 are modelled"
    );
    let short = run(VentureInputs {
        minutes: Decimal::from(2_900_000),
        months: 2,
        ..VentureInputs::defaults()
    });
    assert!(has(&short, NoticeKind::BelowCommitment));
}

#[test]
fn literal_reading_retains_p_of_d() {
    let outcome = run(VentureInputs {
        reading: Reading::Literal,
        ..VentureInputs::defaults()
    });
    // round(75,200 × 80,000 / 380,000) = 15,831.58 retained; THIL paid 2,968.42.
    assert_eq!(
        outcome.rows[0].retained,
        money("15000"),
        "capped by the loan of 15,000"
    );
    assert_eq!(outcome.rows[0].thil_paid, money("3800"));
    assert_eq!(outcome.rows[0].loan_balance, Money::ZERO);
    assert_eq!(outcome.results.recoup.map(|r| r.month), Some(1));
    // The rate is T / C while there is a loan L > 0 (repaid or not).
    assert_eq!(
        outcome.results.retention_rate.to_string(),
        "0.2105263157894736842105263158"
    );
}

#[test]
fn the_original_cap_reduces_thils_share() {
    let mut inputs = VentureInputs {
        terms: Terms::Original,
        share_pct: Decimal::from(40),
        ..VentureInputs::defaults()
    };
    inputs.costs.push(CostItem {
        amount: money("620000"),
        month: 0,
        side: Side::Pakistan,
        kind: CostKind::Other,
        label: "More".into(),
    });
    let capped = run(inputs.clone());
    // s × C = 40 % × 1,000,000 = 400,000 > 300,000: s_eff = 0.3.
    assert_eq!(capped.results.thil_contribution, money("300000"));
    assert_eq!(
        capped.results.thil_percentage_share,
        Decimal::from_str("0.3").unwrap()
    );
    assert_eq!(
        capped.rows[0].thil_paid,
        money("22560"),
        "round(75,200 × 300,000 / 1,000,000)"
    );
    assert!(has(&capped, NoticeKind::CapBinds));
    // THIL pays round(item × 0.3) for each item and the last item takes the residue.
    assert_eq!(capped.cash[0].thil, money("-300000"));
    let uncapped = run(VentureInputs {
        exceed_cap: true,
        ..inputs
    });
    assert_eq!(uncapped.results.thil_contribution, money("400000"));
    assert_eq!(uncapped.rows[0].thil_paid, money("30080"));
}

#[test]
fn the_end_of_the_agreement_pays_thil_under_6_10() {
    let outcome = run(VentureInputs {
        end: Some(12),
        salvage: money("100000"),
        ..VentureInputs::defaults()
    });
    assert_eq!(outcome.rows.len(), 12);
    // I = 80,000 + 15,000 repaid; amortization returned 50,526.32; salvage share 25,000.
    assert_eq!(outcome.results.termination_payment, Some(money("69473.68")));
    assert_eq!(outcome.cash.len(), 14);
    let last = outcome.cash.last().unwrap();
    assert_eq!(
        last.thil,
        money("23010.60").checked_add(money("69473.68")).unwrap()
    );
    assert!(!has(&outcome, NoticeKind::TerminationPaymentPreview));
}

#[test]
fn costs_after_the_end_are_ignored_with_a_warning() {
    let mut inputs = VentureInputs {
        end: Some(6),
        ..VentureInputs::defaults()
    };
    inputs.costs.push(CostItem {
        amount: money("120000"),
        month: 8,
        side: Side::Pakistan,
        kind: CostKind::Equipment,
        label: "Late".into(),
    });
    let outcome = run(inputs);
    assert_eq!(outcome.results.total_cost, money("380000"));
    assert!(has(&outcome, NoticeKind::CostsAfterEnd));
}

#[test]
fn the_contribution_is_limited_to_pakistan_costs_of_month_zero() {
    let mut inputs = VentureInputs::defaults();
    inputs.costs = vec![
        CostItem {
            amount: money("50000"),
            month: 0,
            side: Side::Pakistan,
            kind: CostKind::Other,
            label: "PK".into(),
        },
        CostItem {
            amount: money("300000"),
            month: 0,
            side: Side::Us,
            kind: CostKind::Equipment,
            label: "US".into(),
        },
    ];
    let outcome = run(inputs);
    assert_eq!(outcome.results.thil_contribution, money("50000"));
    assert!(has(&outcome, NoticeKind::ContributionLimited));
    // S = 25 % × 350,000 = 87,500: a loan of 37,500.
    assert_eq!(outcome.results.loan, money("37500"));
}

#[test]
fn no_break_even_and_no_irr_where_they_do_not_exist() {
    let outcome = run(VentureInputs {
        termination_rate: Decimal::from_str("0.25").unwrap(),
        ..VentureInputs::defaults()
    });
    assert_eq!(
        outcome.results.breakeven_minutes, None,
        "the margin per minute is negative"
    );
    // No profit at all: THIL gets back only its amortization, 50,526.32 of 80,000.
    assert_eq!(outcome.results.thil_total_received, money("50526.32"));
    assert!(outcome.results.thil_irr.is_some_and(|irr| irr < 0.0));
    assert_eq!(
        outcome.results.thil_payback_month, None,
        "THIL ends below zero"
    );
    let nothing_paid = run(VentureInputs {
        contribution: Money::ZERO,
        ..VentureInputs::defaults()
    });
    assert_eq!(
        nothing_paid.results.thil_irr, None,
        "all of THIL's cash has one sign"
    );
    assert_eq!(
        nothing_paid.results.thil_payback_month, None,
        "THIL paid nothing"
    );
    let free = run(VentureInputs {
        fiber: Money::ZERO,
        loops: Money::ZERO,
        budget: Money::ZERO,
        costs: vec![CostItem {
            amount: Money::ZERO,
            month: 0,
            side: Side::Us,
            kind: CostKind::Other,
            label: String::new(),
        }],
        ..VentureInputs::defaults()
    });
    assert_eq!(free.results.breakeven_minutes, Some(0));
    assert_eq!(free.results.recoup, None, "no loan");
    assert_eq!(free.results.thil_percentage_share, Decimal::ZERO);
}

#[test]
fn an_approval_is_needed_above_25_percent() {
    let outcome = run(VentureInputs {
        share_pct: Decimal::from(26),
        ..VentureInputs::defaults()
    });
    assert!(has(&outcome, NoticeKind::ShareNeedsApproval));
    assert!(!has(
        &run(VentureInputs::defaults()),
        NoticeKind::ShareNeedsApproval
    ));
}

#[test]
fn thils_cash_when_the_loan_is_recouped_sums_its_cash_through_the_settlement() {
    use dealmodel::engine::venture::{compute, VentureInputs};
    let outcome = compute(&VentureInputs::defaults()).expect("the defaults compute");
    let recoup = outcome.results.recoup.expect("recouped in month 6");
    let through: Vec<_> = outcome
        .cash
        .iter()
        .filter(|row| row.calendar_month <= recoup.settles)
        .map(|row| row.thil)
        .collect();
    // Cash months 0 to 7: the -80,000.00 THIL pays in, then its cash to 2003-04.
    assert_eq!(through.len(), 8);
    assert_eq!(
        outcome.results.thil_cash_at_recoup.map(|m| m.to_string()),
        Some("43063.12".to_string())
    );
    let mut original = VentureInputs::defaults();
    original.terms = dealmodel::engine::venture::Terms::Original;
    original.share_pct = rust_decimal::Decimal::from(30);
    let none = compute(&original).expect("computes");
    assert_eq!(none.results.recoup, None);
    assert_eq!(none.results.thil_cash_at_recoup, None);
}
