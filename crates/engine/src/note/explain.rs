//! Explanations of the Note's figures: each scheduled period (`rows[N].interest`,
//! `overdue_interest`, `due`, `overdue_balance`, `principal`, `days`) and the
//! results (`results.payoff` and its parts, `total_interest`, the rates, the cost
//! of the 360-day basis).
//!
//! Built on demand from the outcome's own [`Accrual`]s and [`Part`]s, and from
//! [`total_interest_under`] for the comparison of bases.

use super::daycount::DayBasis;
use super::schedule::{Accrual, ScheduleRow};
use super::{total_interest_under, NoteInputs, NoteOutcome};
use crate::explain::*;
use crate::Money;
use rust_decimal::Decimal;

/// The explanation of the figure `key` (`rows[1].interest`, `results.payoff`).
pub fn explain(
    inputs: &NoteInputs,
    outcome: &NoteOutcome,
    key: &str,
) -> Result<Explanation, ExplainError> {
    let mut e = match parse_key(key) {
        Some(Key::Row(index, name)) => {
            let row = outcome.rows.get(index).ok_or_else(|| {
                ExplainError::UnknownFigure(format!(
                    "rows[{index}] (the rows are rows[0] … rows[{}])",
                    outcome.rows.len().saturating_sub(1)
                ))
            })?;
            row_explanation(inputs, outcome, row, key, index, name)?
        }
        Some(Key::Result(name)) => result(inputs, outcome, key, name)?,
        Some(Key::Table(..)) | None => return Err(ExplainError::UnknownFigure(key.to_string())),
    };
    if e.reading.is_none() && e.shown != Shown::Date {
        e.reading = Some(basis_reading(inputs.basis));
    }
    Ok(e)
}

fn basis_reading(basis: DayBasis) -> String {
    match basis {
        DayBasis::Act360 => "Actual/360 (the note's)".to_string(),
        DayBasis::Act365 => "Actual/365 (to compare)".to_string(),
        DayBasis::Thirty360 => "30/360 Bond Basis (to compare)".to_string(),
    }
}

fn rate_term(inputs: &NoteInputs) -> Expr {
    let source = if inputs.usury_pct < inputs.rate_pct {
        TermSource::Input("usury")
    } else {
        TermSource::Input("rate")
    };
    percent("r", inputs.applied_rate_pct(), source)
}

fn year_days(inputs: &NoteInputs) -> Expr {
    number(inputs.basis.year_days())
}

/// round(amount × r × days / year) for one amount and day count.
fn interest(inputs: &NoteInputs, amount: Expr, days: Expr) -> Expr {
    round(div(
        mul(mul(amount, rate_term(inputs)), days),
        year_days(inputs),
    ))
}

/// Interest on principal over an accrual: one fraction per part (a pay-down
/// splits the period), each rounded on its own.
fn on_principal(
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

fn on_overdue(inputs: &NoteInputs, accrual: &Accrual, overdue_source: TermSource) -> Expr {
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
fn overdue_before(index: usize) -> TermSource {
    match index.checked_sub(1) {
        Some(previous) => figure(format!("rows[{previous}].overdue_balance")),
        None => derived("nothing is overdue before the first interest date"),
    }
}

fn row_explanation(
    inputs: &NoteInputs,
    outcome: &NoteOutcome,
    row: &ScheduleRow,
    key: &str,
    index: usize,
    name: &str,
) -> Result<Explanation, ExplainError> {
    let accrual = &row.accrual;
    let fig = |column: &str, symbol: &str, amount: Money| {
        money(symbol, amount, figure(format!("rows[{index}].{column}")))
    };
    Ok(match name {
        "interest" => {
            let expr = on_principal(inputs, accrual, |i| match i {
                0 => figure(format!("rows[{index}].principal")),
                _ => derived("the principal outstanding after a pay-down"),
            });
            let mut e = explanation(
                key,
                "interest on principal for the period",
                "interest",
                expr,
                accrual.on_principal,
                "the note: interest quarterly at the lesser of the stated and the lawful rate",
            );
            if accrual.parts.len() > 1 {
                e.notes.push(
                    "A pay-down inside the period splits it; each part is rounded on its own."
                        .to_string(),
                );
            }
            e
        }
        "overdue_interest" => explanation(
            key,
            "interest on overdue interest",
            "overdue interest",
            on_overdue(inputs, accrual, overdue_before(index)),
            accrual.on_overdue,
            "the note: interest on overdue interest",
        ),
        "due" => explanation(
            key,
            "everything payable on the date",
            "due",
            Expr::Sum(vec![
                fig("interest", "interest", accrual.on_principal),
                fig("overdue_interest", "overdue interest", accrual.on_overdue),
                money("O", accrual.overdue_at_start, overdue_before(index)),
            ]),
            row.due,
            "the note: interest payable quarterly",
        ),
        "overdue_balance" => {
            let (expr, note) = if row.paid {
                (number(0), "Paid on the date: nothing stays overdue.")
            } else {
                (
                    fig("due", "due", row.due),
                    "Missed: everything due joins the overdue balance.",
                )
            };
            let mut e = explanation(
                key,
                "the overdue balance after the date",
                "O",
                expr,
                row.overdue_balance,
                "the note: interest on overdue interest",
            );
            e.notes.push(note.to_string());
            e
        }
        "principal" => explanation(
            key,
            "principal outstanding at the period's start",
            "P",
            outstanding(inputs, accrual.start),
            accrual.principal(),
            "the note: \"or such lesser sum as may be demanded\"",
        ),
        "days" => {
            let mut e = explanation(
                key,
                "the day count of the period",
                "days",
                value(
                    "days",
                    Decimal::from(accrual.days),
                    Shown::Number,
                    derived(format!(
                        "after {} up to and including {}",
                        accrual.start, accrual.end
                    )),
                ),
                Money::ZERO,
                "the note: actual days over a year of 360 days",
            );
            e.value = Decimal::from(accrual.days);
            e.shown = Shown::Number;
            e
        }
        "date" => {
            let (expr, clause) = match index.checked_sub(1) {
                None => (
                    date(
                        "first",
                        row.date,
                        if inputs.first.is_some() {
                            TermSource::Input("first")
                        } else {
                            derived("the first calendar quarter's last day after the note's date")
                        },
                    ),
                    "the note: \"payable quarterly, beginning March 31, 2003\"",
                ),
                Some(previous) => (
                    date(
                        "quarter end",
                        row.date,
                        derived(format!(
                            "the last day of the calendar quarter after rows[{previous}].date"
                        )),
                    ),
                    "the note: interest payable quarterly",
                ),
            };
            let mut e = date_explanation(
                key,
                "the scheduled interest date",
                "date",
                expr,
                row.date,
                clause,
            );
            e.notes.push(format!(
                "Only dates before the demand on {} are scheduled.",
                inputs.demand_date()
            ));
            e
        }
        "paid" => return Err(ExplainError::NotCovered(key.to_string())),
        _ => {
            let _ = outcome;
            return Err(ExplainError::UnknownFigure(key.to_string()));
        }
    })
}

/// The principal outstanding on `date`: max(0, principal − pay-downs on or before it).
fn outstanding(inputs: &NoteInputs, date: crate::Date) -> Expr {
    let paid: Vec<Expr> = inputs
        .paydowns
        .iter()
        .filter(|p| p.date <= date)
        .map(|p| {
            money(
                &format!("paydown {}", p.date),
                p.amount,
                TermSource::Input("paydown"),
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

fn result(
    inputs: &NoteInputs,
    outcome: &NoteOutcome,
    key: &str,
    name: &str,
) -> Result<Explanation, ExplainError> {
    let (r, p) = (&outcome.results, &outcome.payoff);
    let last = outcome.rows.len().checked_sub(1);
    let pay = |column: &str, symbol: &str, amount: Money| {
        money(symbol, amount, figure(format!("results.{column}")))
    };
    Ok(match name {
        "principal" => {
            let mut e = explanation(
                key,
                "the principal",
                "principal",
                money("amount", r.principal, TermSource::Input("amount")),
                r.principal,
                "the note's first paragraph",
            );
            e.reading = Some(match inputs.reading() {
                super::PrincipalReading::Words => {
                    "words control figures (N.Y. U.C.C. § 3-118(c))".to_string()
                }
                super::PrincipalReading::Figures => {
                    "the figures taken instead of the words".to_string()
                }
                super::PrincipalReading::Amount(_) => "an amount given".to_string(),
            });
            e
        }
        "rate" => {
            let expr = Expr::Min(vec![
                value(
                    "rate",
                    inputs.rate_pct,
                    Shown::Number,
                    TermSource::Input("rate"),
                ),
                value(
                    "usury",
                    inputs.usury_pct,
                    Shown::Number,
                    TermSource::Input("usury"),
                ),
            ]);
            let mut e = explanation(
                key,
                "the rate applied, percent a year",
                "rate",
                expr,
                Money::ZERO,
                "the note: the lesser of 4.75 % and the highest lawful rate; usury: assumption",
            );
            e.value = r.rate_pct;
            e.shown = Shown::Number;
            e
        }
        "payoff" => explanation(
            key,
            "the payoff on the demand date",
            "payoff",
            Expr::Sum(vec![
                pay("payoff_principal", "principal", p.principal),
                pay("payoff_overdue", "O", p.overdue),
                pay("payoff_accrued", "accrued", p.accrued),
                pay("payoff_collection", "collection", p.collection),
            ]),
            p.total,
            "the note: payable on demand, with interest and collection costs",
        ),
        "payoff_principal" => explanation(
            key,
            "principal outstanding on the demand date",
            "principal",
            outstanding(inputs, p.date),
            p.principal,
            "the note: \"or such lesser sum as may be demanded\"",
        ),
        "payoff_overdue" => {
            let expr = match last {
                Some(i) => money("O", p.overdue, figure(format!("rows[{i}].overdue_balance"))),
                None => number(0),
            };
            explanation(
                key,
                "overdue interest unpaid at the demand",
                "O",
                expr,
                p.overdue,
                "the note: interest on overdue interest",
            )
        }
        "payoff_accrued" => {
            let to_demand = &outcome.to_demand;
            let expr = add(
                on_principal(inputs, to_demand, |i| {
                    if i == 0 {
                        derived("the principal outstanding from the last interest date")
                    } else {
                        derived("the principal outstanding after a pay-down")
                    }
                }),
                on_overdue(
                    inputs,
                    to_demand,
                    match last {
                        Some(i) => figure(format!("rows[{i}].overdue_balance")),
                        None => derived("nothing is overdue"),
                    },
                ),
            );
            let mut e = explanation(
                key,
                "interest accrued to the demand date",
                "accrued",
                expr,
                p.accrued,
                "the note: interest to the payment",
            );
            e.notes.push(format!(
                "From {} to the demand on {}.",
                to_demand.start, to_demand.end
            ));
            e
        }
        "payoff_collection" => explanation(
            key,
            "collection costs",
            "collection",
            money("collect", p.collection, TermSource::Input("collect")),
            p.collection,
            "the note: attorneys' and collection fees; amount: assumption",
        ),
        "total_interest" => {
            let mut items = Vec::new();
            for (i, row) in outcome.rows.iter().enumerate() {
                items.push(money(
                    &format!("interest({})", i + 1),
                    row.accrual.on_principal,
                    figure(format!("rows[{i}].interest")),
                ));
                items.push(money(
                    &format!("overdue interest({})", i + 1),
                    row.accrual.on_overdue,
                    figure(format!("rows[{i}].overdue_interest")),
                ));
            }
            items.push(pay("payoff_accrued", "accrued", p.accrued));
            explanation(
                key,
                "all interest over the life of the note",
                "total interest",
                Expr::Sum(items),
                r.total_interest,
                "the note",
            )
        }
        "act365_equivalent_rate" => {
            let rate = value("rate", r.rate_pct, Shown::Number, figure("results.rate"));
            let expr = if inputs.basis == DayBasis::Act365 {
                rate
            } else {
                div(mul(rate, number(365)), number(360))
            };
            let mut e = explanation(
                key,
                "the rate as an Actual/365 equivalent",
                "rate(365)",
                expr,
                Money::ZERO,
                "the note: a year of 360 days",
            );
            e.value = r.act365_equivalent_rate_pct;
            e.shown = Shown::Number;
            e
        }
        "act360_cost_vs_act365" => {
            let under = |basis: DayBasis| {
                total_interest_under(inputs, basis).map_err(|_| ExplainError::NotComputed)
            };
            let expr = sub(
                money(
                    "total(act360)",
                    under(DayBasis::Act360)?,
                    derived("total interest under Actual/360, other inputs the same"),
                ),
                money(
                    "total(act365)",
                    under(DayBasis::Act365)?,
                    derived("total interest under Actual/365, other inputs the same"),
                ),
            );
            let mut e = explanation(
                key,
                "what the 360-day basis costs Fusion",
                "cost",
                expr,
                r.act360_cost_vs_act365,
                "the note: a year of 360 days",
            );
            e.reading = Some("whatever basis is chosen".to_string());
            e
        }
        _ => return Err(ExplainError::UnknownFigure(key.to_string())),
    })
}
