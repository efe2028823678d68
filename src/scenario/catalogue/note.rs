//! The Note's figures: results and the interest schedule's columns (`note.md`,
//! `links.md`), each with its accessor.

use super::{figure, target, Aim, Figure, Kind::*, Read};
use crate::scenario::output::{m, Scalar};

/// The results, in the order of `links.md`.
pub const RESULTS: &[Figure] = &[
    target(
        "principal",
        "Principal",
        Money,
        Aim::AtLeast,
        Read::NoteResult(|o| m(o.results.principal)),
    ),
    figure(
        "rate",
        "Rate applied (a year)",
        Percent,
        Read::NoteResult(|o| Scalar::Decimal(o.results.rate_pct)),
    ),
    target(
        "payoff",
        "Payoff on the demand date",
        Money,
        Aim::AtLeast,
        Read::NoteResult(|o| m(o.payoff.total)),
    ),
    target(
        "payoff_principal",
        "Payoff: principal",
        Money,
        Aim::AtLeast,
        Read::NoteResult(|o| m(o.payoff.principal)),
    ),
    target(
        "payoff_overdue",
        "Payoff: overdue interest",
        Money,
        Aim::AtLeast,
        Read::NoteResult(|o| m(o.payoff.overdue)),
    ),
    target(
        "payoff_accrued",
        "Payoff: interest since the last date",
        Money,
        Aim::AtLeast,
        Read::NoteResult(|o| m(o.payoff.accrued)),
    ),
    target(
        "payoff_collection",
        "Payoff: collection costs",
        Money,
        Aim::AtLeast,
        Read::NoteResult(|o| m(o.payoff.collection)),
    ),
    target(
        "total_interest",
        "Total interest",
        Money,
        Aim::AtLeast,
        Read::NoteResult(|o| m(o.results.total_interest)),
    ),
    figure(
        "act365_equivalent_rate",
        "As an Actual/365 rate (a year)",
        Percent,
        Read::NoteResult(|o| Scalar::Decimal(o.results.act365_equivalent_rate_pct)),
    ),
    target(
        "act360_cost_vs_act365",
        "What Actual/360 costs Fusion",
        Money,
        Aim::AtLeast,
        Read::NoteResult(|o| m(o.results.act360_cost_vs_act365)),
    ),
];

/// The interest schedule's columns, in CSV order.
pub const ROWS: &[Figure] = &[
    figure(
        "date",
        "Date",
        Date,
        Read::NoteRow(|r| Scalar::Date(r.date)),
    ),
    figure(
        "days",
        "Days",
        Days,
        Read::NoteRow(|r| Scalar::Int(r.accrual.days)),
    ),
    figure(
        "principal",
        "Principal",
        Money,
        Read::NoteRow(|r| m(r.accrual.principal())),
    ),
    figure(
        "interest",
        "Interest",
        Money,
        Read::NoteRow(|r| m(r.accrual.on_principal)),
    ),
    figure(
        "overdue_interest",
        "On overdue interest",
        Money,
        Read::NoteRow(|r| m(r.accrual.on_overdue)),
    ),
    figure("due", "Due", Money, Read::NoteRow(|r| m(r.due))),
    figure(
        "paid",
        "Paid",
        YesNo,
        Read::NoteRow(|r| Scalar::Bool(r.paid)),
    ),
    figure(
        "overdue_balance",
        "Overdue after",
        Money,
        Read::NoteRow(|r| m(r.overdue_balance)),
    ),
];
