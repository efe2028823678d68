//! The interest formula the Note's figures share: round(amount × r × days /
//! year) on principal (a fraction per part of a split period) and on overdue
//! interest, where O comes from, and the principal outstanding on a date; apart
//! from the figures because both the rows and the results are built from it.

use crate::explain::*;
use crate::note::schedule::Accrual;
use crate::note::NoteInputs;
use rust_decimal::Decimal;

pub(super) fn rate_term(inputs: &NoteInputs) -> Expr {
    let source = if inputs.usury_pct < inputs.rate_pct {
        input(NoteInput::Usury)
    } else {
        input(NoteInput::Rate)
    };
    percent("r", inputs.applied_rate_pct(), source)
}

pub(super) fn year_days(inputs: &NoteInputs) -> Expr {
    number(inputs.basis.year_days())
}

/// round(amount × r × days / year) for one amount and day count.
pub(super) fn interest(inputs: &NoteInputs, amount: Expr, days: Expr) -> Expr {
    round(div(
        mul(mul(amount, rate_term(inputs)), days),
        year_days(inputs),
    ))
}

/// Interest on principal over an accrual: one fraction per part (a pay-down
/// splits the period), each rounded on its own.
pub(super) fn on_principal(
    inputs: &NoteInputs,
    accrual: &Accrual,
    principal_source: impl Fn(usize) -> TermSource,
) -> Expr {
    let many = accrual.parts.len() > 1;
    let parts: Vec<Expr> = accrual
        .parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let suffix = if many {
                format!("{}", i + 1)
            } else {
                String::new()
            };
            let principal = money(&format!("P{suffix}"), part.principal, principal_source(i));
            let days = value(
                &format!("days{suffix}"),
                Decimal::from(part.days),
                Shown::Number,
                derived(format!("the day count from {} to {}", part.start, part.end)),
            );
            interest(inputs, principal, days)
        })
        .collect();
    match parts.len() {
        1 => parts.into_iter().next().unwrap_or_else(|| number(0)),
        _ => Expr::Sum(parts),
    }
}

pub(super) fn on_overdue(
    inputs: &NoteInputs,
    accrual: &Accrual,
    overdue_source: TermSource,
) -> Expr {
    let overdue = money("O", accrual.overdue_at_start, overdue_source);
    let days = value(
        "days",
        Decimal::from(accrual.days),
        Shown::Number,
        derived(format!(
            "the day count from {} to {}",
            accrual.start, accrual.end
        )),
    );
    interest(inputs, overdue, days)
}

/// Where O at the start of row `index` comes from.
pub(super) fn overdue_before(index: usize) -> TermSource {
    match index.checked_sub(1) {
        Some(previous) => figure(format!("rows[{previous}].overdue_balance")),
        None => derived("nothing is overdue before the first interest date"),
    }
}

/// The principal outstanding on `date`: max(0, principal − pay-downs on or before it).
pub(super) fn outstanding(inputs: &NoteInputs, date: crate::Date) -> Expr {
    let paid: Vec<Expr> = inputs
        .paydowns
        .iter()
        .filter(|p| p.date <= date)
        .map(|p| {
            money(
                &format!("paydown {}", p.date),
                p.amount,
                input(NoteInput::PayDowns),
            )
        })
        .collect();
    let principal = money("principal", inputs.principal(), figure("results.principal"));
    if paid.is_empty() {
        principal
    } else {
        Expr::Max(vec![number(0), sub(principal, Expr::Sum(paid))])
    }
}
