//! The MSA's figures: results, the invoices' columns and the dates that matter
//! (`msa.md`, `links.md`).

use super::{figure, target, Aim, Figure, Kind::*};

/// The results, in the order of `links.md`.
pub const RESULTS: &[Figure] = &[
    figure("term_start", "Service Term starts", Date),
    figure("term_end", "Service Term ends", Date),
    figure("commitment_end", "Commitment Period ends", Date),
    target("total_charges", "Total charges", Money, Aim::AtLeast),
    target(
        "shortfall",
        "Minimum Commitment shortfall",
        Money,
        Aim::AtLeast,
    ),
    target(
        "termination_charge",
        "Termination charge",
        Money,
        Aim::AtLeast,
    ),
    figure("termination_due", "Termination charge due", Date),
    target(
        "late_interest",
        "Late-payment interest",
        Money,
        Aim::AtLeast,
    ),
    target(
        "max_deposit",
        "Largest deposit the Provider may ask",
        Money,
        Aim::AtLeast,
    ),
];

/// The invoices' columns, in CSV order.
pub const ROWS: &[Figure] = &[
    figure("number", "Invoice", Number),
    figure("date", "Date", Date),
    figure("period_start", "Period from", Date),
    figure("period_end", "Period to", Date),
    figure("recurring", "Recurring", Money),
    figure("nrc", "NRC", Money),
    figure("amount", "Amount", Money),
    figure("due", "Due", Date),
    figure("dispute_by", "Dispute by", Date),
];

/// The dates that matter.
pub const DATES: &[Figure] = &[
    figure("date", "Date", Date),
    figure("what", "What", Text),
    figure("clause", "Clause", Text),
];
