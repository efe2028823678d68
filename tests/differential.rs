//! The fast engine against the decimal one it replaced (issue 12): on random
//! scenarios of each deal, every amount the fast engine gives is the oracle's to
//! the cent, every other figure the same, and each refuses the same inputs.
//!
//! `tests/oracle` holds the decimal computation as it was; `support` the
//! generators of valid inputs the property tests share. The runs are large (the
//! brief: at least 10,000 scenarios per deal per run), so each case compares
//! whole outcomes at once rather than one property at a time.

mod oracle;
mod support;

use dealmodel::engine::{msa, note, venture, Money};
use oracle::money::Money as OracleMoney;
use proptest::prelude::*;

/// Scenarios per deal per run.
const CASES: u32 = 10_000;

/// The same amount, to the cent.
fn same(fast: Money, decimal: OracleMoney) -> bool {
    fast.amount() == decimal.amount()
}

fn check_money(what: &str, fast: Money, decimal: OracleMoney) -> Result<(), TestCaseError> {
    prop_assert!(
        same(fast, decimal),
        "{}: fast {} against decimal {}",
        what,
        fast,
        decimal
    );
    Ok(())
}

fn check_venture(inputs: &venture::VentureInputs) -> Result<(), TestCaseError> {
    let (fast, decimal) = match (venture::compute(inputs), oracle::venture::compute(inputs)) {
        (Ok(fast), Ok(decimal)) => (fast, decimal),
        (Err(fast), Err(decimal)) => {
            prop_assert_eq!(format!("{fast:?}"), format!("{decimal:?}"));
            return Ok(());
        }
        (fast, decimal) => {
            return Err(TestCaseError::fail(format!(
                "one refuses: fast {:?}, decimal {:?}",
                fast.err(),
                decimal.err()
            )))
        }
    };
    prop_assert_eq!(fast.rows.len(), decimal.rows.len());
    for (f, d) in fast.rows.iter().zip(&decimal.rows) {
        let month = f.month;
        prop_assert_eq!(month, d.month);
        prop_assert_eq!(f.calendar_month, d.calendar_month);
        prop_assert_eq!(f.minutes, d.minutes);
        for (what, fast, decimal) in [
            ("revenue", f.revenue, d.revenue),
            ("termination", f.termination, d.termination),
            ("fusion_fee", f.fusion_fee, d.fusion_fee),
            (
                "subcontractor_fee",
                f.subcontractor_fee,
                d.subcontractor_fee,
            ),
            ("fiber", f.fiber, d.fiber),
            ("loops", f.loops, d.loops),
            ("budget", f.budget, d.budget),
            ("amortization", f.amortization, d.amortization),
            ("net_profit", f.net_profit, d.net_profit),
            ("distributable", f.distributable, d.distributable),
            ("thil_entitlement", f.thil_entitlement, d.thil_entitlement),
            ("retained", f.retained, d.retained),
            ("thil_paid", f.thil_paid, d.thil_paid),
            (
                "thil_amortization",
                f.thil_amortization,
                d.thil_amortization,
            ),
            ("loan_balance", f.loan_balance, d.loan_balance),
        ] {
            check_money(&format!("month {month} {what}"), fast, decimal)?;
        }
    }
    prop_assert_eq!(fast.cash.len(), decimal.cash.len());
    for (f, d) in fast.cash.iter().zip(&decimal.cash) {
        prop_assert_eq!(f.t, d.t);
        prop_assert_eq!(f.calendar_month, d.calendar_month);
        check_money(&format!("cash {} thil", f.t), f.thil, d.thil)?;
        check_money(&format!("cash {} fusion", f.t), f.fusion, d.fusion)?;
        check_money(&format!("cash {} venture", f.t), f.venture, d.venture)?;
    }
    let (f, d) = (&fast.results, &decimal.results);
    for (what, fast, decimal) in [
        ("total_cost", f.total_cost, d.total_cost),
        (
            "thil_contribution",
            f.thil_contribution,
            d.thil_contribution,
        ),
        ("loan", f.loan, d.loan),
        ("loan_outstanding", f.loan_outstanding, d.loan_outstanding),
        (
            "thil_total_received",
            f.thil_total_received,
            d.thil_total_received,
        ),
        ("thil_net", f.thil_net, d.thil_net),
        ("thil_npv", f.thil_npv, d.thil_npv),
        ("venture_revenue", f.venture_revenue, d.venture_revenue),
        (
            "venture_net_profit",
            f.venture_net_profit,
            d.venture_net_profit,
        ),
        ("fusion_net_cash", f.fusion_net_cash, d.fusion_net_cash),
        (
            "fusion_fee_received",
            f.fusion_fee_received,
            d.fusion_fee_received,
        ),
    ] {
        check_money(what, fast, decimal)?;
    }
    prop_assert_eq!(
        f.termination_payment.map(|m| m.amount()),
        d.termination_payment.map(|m| m.amount())
    );
    prop_assert_eq!(f.thil_percentage_share, d.thil_percentage_share);
    prop_assert_eq!(f.retention_rate, d.retention_rate);
    prop_assert_eq!(
        f.recoup.map(|r| (r.month, r.calendar_month, r.settles)),
        d.recoup.map(|r| (r.month, r.calendar_month, r.settles))
    );
    prop_assert_eq!(f.thil_payback_month, d.thil_payback_month);
    // The IRR is f64 by the model book: the same bisection gives the same bits.
    prop_assert_eq!(f.thil_irr.map(f64::to_bits), d.thil_irr.map(f64::to_bits));
    prop_assert_eq!(f.breakeven_minutes, d.breakeven_minutes);
    Ok(())
}

fn check_msa(inputs: &msa::MsaInputs) -> Result<(), TestCaseError> {
    match (msa::schedule(inputs), oracle::msa::schedule(inputs)) {
        (Ok((fast_term, fast)), Ok((decimal_term, decimal))) => {
            prop_assert_eq!(fast_term.end, decimal_term.end);
            prop_assert_eq!(fast.len(), decimal.len());
            for (f, d) in fast.iter().zip(&decimal) {
                prop_assert_eq!(
                    (f.date, f.days_served, f.days_in_full),
                    (d.date, d.days_served, d.days_in_full)
                );
                check_money("full charge", f.full_charge, d.full_charge)?;
                check_money("recurring", f.recurring, d.recurring)?;
                check_money("amount", f.amount, d.amount)?;
            }
        }
        (fast, decimal) => prop_assert_eq!(fast.is_err(), decimal.is_err()),
    }
    match (
        msa::termination_curve(inputs),
        oracle::msa::termination_curve(inputs),
    ) {
        (Ok(fast), Ok(decimal)) => {
            prop_assert_eq!(fast.len(), decimal.len());
            for ((fast_day, fast), (decimal_day, decimal)) in fast.iter().zip(&decimal) {
                prop_assert_eq!(fast_day, decimal_day);
                check_money(&format!("charge on {fast_day}"), *fast, *decimal)?;
            }
        }
        (fast, decimal) => prop_assert_eq!(fast.is_err(), decimal.is_err()),
    }
    Ok(())
}

fn check_accrual(
    when: &str,
    fast: &note::Accrual,
    decimal: &oracle::note::schedule::Accrual,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        (fast.start, fast.end, fast.days),
        (decimal.start, decimal.end, decimal.days)
    );
    prop_assert_eq!(fast.parts.len(), decimal.parts.len());
    for (f, d) in fast.parts.iter().zip(&decimal.parts) {
        prop_assert_eq!((f.start, f.end, f.days), (d.start, d.end, d.days));
        check_money(&format!("{when} part principal"), f.principal, d.principal)?;
        check_money(&format!("{when} part interest"), f.interest, d.interest)?;
    }
    check_money(
        &format!("{when} on principal"),
        fast.on_principal,
        decimal.on_principal,
    )?;
    check_money(
        &format!("{when} overdue"),
        fast.overdue_at_start,
        decimal.overdue_at_start,
    )?;
    check_money(
        &format!("{when} on overdue"),
        fast.on_overdue,
        decimal.on_overdue,
    )?;
    Ok(())
}

fn check_note(inputs: &note::NoteInputs) -> Result<(), TestCaseError> {
    let (fast, decimal) = match (note::compute(inputs), oracle::note::compute(inputs)) {
        (Ok(fast), Ok(decimal)) => (fast, decimal),
        (Err(note::NoteError::DemandNotAfterDated), _) => return Ok(()),
        (fast, decimal) => {
            prop_assert_eq!(fast.is_err(), decimal.is_err(), "one refuses");
            return Ok(());
        }
    };
    let (schedule, total, payoff, act360_cost) = decimal;
    prop_assert_eq!(fast.rows.len(), schedule.rows.len());
    for (f, d) in fast.rows.iter().zip(&schedule.rows) {
        prop_assert_eq!((f.date, f.paid), (d.date, d.paid));
        check_accrual(&format!("{}", f.date), &f.accrual, &d.accrual)?;
        check_money("due", f.due, d.due)?;
        check_money("overdue balance", f.overdue_balance, d.overdue_balance)?;
    }
    check_accrual("to demand", &fast.to_demand, &schedule.to_demand)?;
    check_money("total interest", fast.results.total_interest, total)?;
    check_money("payoff", fast.payoff.total, payoff.total)?;
    check_money("payoff principal", fast.payoff.principal, payoff.principal)?;
    check_money("payoff accrued", fast.payoff.accrued, payoff.accrued)?;
    check_money(
        "act/360 against act/365",
        fast.results.act360_cost_vs_act365,
        act360_cost,
    )?;
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn the_venture_is_the_decimal_venture_to_the_cent(inputs in support::venture_inputs()) {
        check_venture(&inputs)?;
    }

    #[test]
    fn the_msa_is_the_decimal_msa_to_the_cent(inputs in support::msa_inputs()) {
        check_msa(&inputs)?;
    }

    #[test]
    fn the_note_is_the_decimal_note_to_the_cent(inputs in support::note_inputs()) {
        check_note(&inputs)?;
    }
}
