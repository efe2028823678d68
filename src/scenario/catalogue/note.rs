//! The Note's figures: results and the interest schedule's columns (`note.md`,
//! `links.md`).

use super::{figure, target, Aim, Figure, Kind::*};

/// The results, in the order of `links.md`.
pub const RESULTS: &[Figure] = &[
    target("principal", "Principal", Money, Aim::AtLeast),
    figure("rate", "Rate applied (a year)", Percent),
    target("payoff", "Payoff on the demand date", Money, Aim::AtLeast),
    target("payoff_principal", "Payoff: principal", Money, Aim::AtLeast),
    target(
        "payoff_overdue",
        "Payoff: overdue interest",
        Money,
        Aim::AtLeast,
    ),
    target(
        "payoff_accrued",
        "Payoff: interest since the last date",
        Money,
        Aim::AtLeast,
    ),
    target(
        "payoff_collection",
        "Payoff: collection costs",
        Money,
        Aim::AtLeast,
    ),
    target("total_interest", "Total interest", Money, Aim::AtLeast),
    figure(
        "act365_equivalent_rate",
        "As an Actual/365 rate (a year)",
        Percent,
    ),
    target(
        "act360_cost_vs_act365",
        "What Actual/360 costs Fusion",
        Money,
        Aim::AtLeast,
    ),
];

/// The interest schedule's columns, in CSV order.
pub const ROWS: &[Figure] = &[
    figure("date", "Date", Date),
    figure("days", "Days", Days),
    figure("principal", "Principal", Money),
    figure("interest", "Interest", Money),
    figure("overdue_interest", "On overdue interest", Money),
    figure("due", "Due", Money),
    figure("paid", "Paid", YesNo),
    figure("overdue_balance", "Overdue after", Money),
];
