//! The dates that matter (`msa.md`, "Dates that matter"): each with what happens
//! and its clause, in date order, ties in the order the model book lists the rules.

use super::inputs::MsaInputs;
use super::schedule::{Invoice, Term};
use super::termination::Termination;
use super::MsaError;
use crate::Date;

/// Days TWW has to accept a tendered Service Order: 48 hours (cl. 1).
pub const ACCEPT_WITHIN_DAYS: i64 = 2;
/// The preliminary notice of intent to extend: at least 30 days before the term ends (cl. 3).
pub const EXTENSION_NOTICE_DAYS: i64 = 30;
/// Business days after the Service Commencement Date within which services must be available (cl. 12(b)(ii)).
pub const AVAILABILITY_BUSINESS_DAYS: u32 = 15;
/// Days a breach may go unremedied after notice (cl. 12).
pub const CURE_DAYS: i64 = 5;
/// Business days after notice before a termination right arises (cl. 12(b), 12).
pub const TERMINATION_BUSINESS_DAYS: u32 = 5;

/// The rules, in the order `msa.md` lists them (the order of ties).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    AcceptBy,
    InvoiceDue,
    DisputeBy,
    /// After a voluntary stop that charges something (listed after the dispute
    /// deadlines among rules of the same date).
    TerminationDue,
    CommitmentEnd,
    TermEnd,
    ExtensionNotice,
    Availability,
    CureDeadline,
    TwwTermination,
    ProviderTermination,
}

impl Rule {
    /// A stable word for the rule: part of a calendar event's UID.
    pub fn word(self) -> &'static str {
        match self {
            Rule::AcceptBy => "accept-by",
            Rule::InvoiceDue => "due",
            Rule::DisputeBy => "dispute",
            Rule::TerminationDue => "termination-due",
            Rule::CommitmentEnd => "commitment-end",
            Rule::TermEnd => "term-end",
            Rule::ExtensionNotice => "extension-notice",
            Rule::Availability => "availability",
            Rule::CureDeadline => "cure",
            Rule::TwwTermination => "tww-may-terminate",
            Rule::ProviderTermination => "provider-may-terminate",
        }
    }

    pub fn clause(self) -> &'static str {
        match self {
            Rule::AcceptBy => "cl. 1",
            Rule::InvoiceDue => "cl. 6(b)",
            Rule::DisputeBy => "cl. 6(d)",
            Rule::CommitmentEnd | Rule::TermEnd | Rule::ExtensionNotice => "cl. 3",
            Rule::Availability => "cl. 12(b)(ii)",
            Rule::CureDeadline => "cl. 12(a)",
            Rule::TwwTermination => "cl. 12(b)",
            Rule::TerminationDue | Rule::ProviderTermination => "cl. 12",
        }
    }
}

/// One date that matters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateRow {
    pub date: Date,
    pub rule: Rule,
    /// The invoice a due date or dispute deadline belongs to.
    pub invoice: Option<u32>,
    /// A short phrase: what happens on that date.
    pub what: String,
}

impl DateRow {
    pub fn clause(&self) -> &'static str {
        self.rule.clause()
    }

    /// Unique within a scenario and stable across downloads: the date, the rule
    /// and the invoice (`20030716-due-1`).
    pub fn key(&self) -> String {
        let date = format!(
            "{:04}{:02}{:02}",
            self.date.year(),
            self.date.month(),
            self.date.day()
        );
        match self.invoice {
            Some(number) => format!("{date}-{}-{number}", self.rule.word()),
            None => format!("{date}-{}", self.rule.word()),
        }
    }
}

fn row(
    date: Option<Date>,
    rule: Rule,
    invoice: Option<u32>,
    what: String,
) -> Result<DateRow, MsaError> {
    Ok(DateRow {
        date: date.ok_or(MsaError::DateOutOfRange)?,
        rule,
        invoice,
        what,
    })
}

/// The dates of the inputs: the invoices shown, the term as scheduled; after a
/// stop, the termination charge's due date and no notice of intent to extend
/// (a term that has ended is not extended).
pub fn dates(
    inputs: &MsaInputs,
    term: &Term,
    shown: &[Invoice],
    termination: Option<&Termination>,
) -> Result<Vec<DateRow>, MsaError> {
    let mut rows = vec![row(
        inputs.tendered.plus_days(ACCEPT_WITHIN_DAYS),
        Rule::AcceptBy,
        None,
        "TWW accepts the Service Order or not (48 hours after its tender)".to_string(),
    )?];
    for invoice in shown {
        let n = invoice.number;
        rows.push(row(
            Some(invoice.due),
            Rule::InvoiceDue,
            Some(n),
            format!("invoice {n} payment due: {:#}", invoice.amount),
        )?);
        rows.push(row(
            Some(invoice.dispute_by),
            Rule::DisputeBy,
            Some(n),
            format!("last day for the Provider to receive a dispute of invoice {n}"),
        )?);
    }
    if let Some((due, charge)) = termination.and_then(|t| t.due.map(|due| (due, t.charge))) {
        rows.push(row(
            Some(due),
            Rule::TerminationDue,
            None,
            format!("the termination charge is due: {charge:#}"),
        )?);
    }
    rows.push(row(
        Some(term.commitment_end),
        Rule::CommitmentEnd,
        None,
        "the Commitment Period ends; any shortfall is due".to_string(),
    )?);
    rows.push(row(
        Some(term.end),
        Rule::TermEnd,
        None,
        "the Service Term ends".to_string(),
    )?);
    if inputs.stop.is_none() {
        rows.push(row(
            term.end.plus_days(-EXTENSION_NOTICE_DAYS),
            Rule::ExtensionNotice,
            None,
            "last day for TWW's preliminary notice of intent to extend".to_string(),
        )?);
    }
    rows.push(row(
        term.start.business_days_after(AVAILABILITY_BUSINESS_DAYS),
        Rule::Availability,
        None,
        "services not yet available: TWW may terminate (15th business day after the Service Commencement Date)".to_string(),
    )?);
    if let Some(notice) = inputs.notice {
        rows.push(row(
            notice.plus_days(CURE_DAYS),
            Rule::CureDeadline,
            None,
            "a breach notified and not cured by now: the Provider may suspend on 24 hours' notice"
                .to_string(),
        )?);
        rows.push(row(
            notice.business_days_after(TERMINATION_BUSINESS_DAYS),
            Rule::TwwTermination,
            None,
            "TWW may terminate for the Provider's breach (5th business day after the notice)"
                .to_string(),
        )?);
        rows.push(row(
            notice.business_days_after(TERMINATION_BUSINESS_DAYS),
            Rule::ProviderTermination,
            None,
            "for non-payment, the Provider may terminate (5th business day after the notice)"
                .to_string(),
        )?);
    }
    // Ties in the model book's rule order, then by invoice number.
    crate::order::sort_small_by_key(&mut rows, |row| (row.date, row.rule, row.invoice));
    Ok(rows)
}
