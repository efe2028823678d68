//! The MSA's figures: results, the invoices' columns and the dates that matter
//! (`msa.md`, `links.md`), each with its accessor.

use super::{figure, target, Aim, Figure, Kind::*, Read};
use crate::scenario::output::{m, opt, Scalar};

/// The results, in the order of `links.md`.
pub const RESULTS: &[Figure] = &[
    figure(
        "term_start",
        "Service Term starts",
        Date,
        Read::MsaResult(|o| Scalar::Date(o.term.start)),
    ),
    figure(
        "term_end",
        "Service Term ends",
        Date,
        Read::MsaResult(|o| Scalar::Date(o.term.end)),
    ),
    figure(
        "commitment_end",
        "Commitment Period ends",
        Date,
        Read::MsaResult(|o| Scalar::Date(o.term.commitment_end)),
    ),
    target(
        "total_charges",
        "Total charges",
        Money,
        Aim::AtLeast,
        Read::MsaResult(|o| m(o.total_charges)),
    ),
    target(
        "shortfall",
        "Minimum Commitment shortfall",
        Money,
        Aim::AtLeast,
        Read::MsaResult(|o| m(o.commitment.shortfall)),
    ),
    target(
        "termination_charge",
        "Termination charge",
        Money,
        Aim::AtLeast,
        Read::MsaResult(|o| opt(o.termination, |t| m(t.charge))),
    ),
    figure(
        "termination_due",
        "Termination charge due",
        Date,
        Read::MsaResult(|o| opt(o.termination.and_then(|t| t.due), Scalar::Date)),
    ),
    target(
        "late_interest",
        "Late-payment interest",
        Money,
        Aim::AtLeast,
        Read::MsaResult(|o| m(o.late_interest())),
    ),
    target(
        "max_deposit",
        "Largest deposit the Provider may ask",
        Money,
        Aim::AtLeast,
        Read::MsaResult(|o| m(o.max_deposit)),
    ),
];

/// The invoices' columns, in CSV order.
pub const ROWS: &[Figure] = &[
    figure(
        "number",
        "Invoice",
        Number,
        Read::MsaInvoice(|i| Scalar::Int(i64::from(i.number))),
    ),
    figure(
        "date",
        "Date",
        Date,
        Read::MsaInvoice(|i| Scalar::Date(i.date)),
    ),
    figure(
        "period_start",
        "Period from",
        Date,
        Read::MsaInvoice(|i| Scalar::Date(i.period_start)),
    ),
    figure(
        "period_end",
        "Period to",
        Date,
        Read::MsaInvoice(|i| Scalar::Date(i.period_end)),
    ),
    figure(
        "recurring",
        "Recurring",
        Money,
        Read::MsaInvoice(|i| m(i.recurring)),
    ),
    figure("nrc", "NRC", Money, Read::MsaInvoice(|i| m(i.nrc))),
    figure("amount", "Amount", Money, Read::MsaInvoice(|i| m(i.amount))),
    figure(
        "due",
        "Due",
        Date,
        Read::MsaInvoice(|i| Scalar::Date(i.due)),
    ),
    figure(
        "dispute_by",
        "Dispute by",
        Date,
        Read::MsaInvoice(|i| Scalar::Date(i.dispute_by)),
    ),
];

/// The dates that matter.
pub const DATES: &[Figure] = &[
    figure(
        "date",
        "Date",
        Date,
        Read::MsaDate(|d| Scalar::Date(d.date)),
    ),
    figure(
        "what",
        "What",
        Text,
        Read::MsaDate(|d| Scalar::Text(d.what.to_string())),
    ),
    figure(
        "clause",
        "Clause",
        Text,
        Read::MsaDate(|d| Scalar::Text(d.clause().to_string())),
    ),
];
