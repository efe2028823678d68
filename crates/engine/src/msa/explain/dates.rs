//! Explanations of the dates that matter (`dates[N].date`, by their rule) and of
//! the Service Term's dates (`results.term_start`, `term_end`, `commitment_end`),
//! apart from the money because each is a date counted from another.

use crate::explain::*;
use crate::msa::{DateRow, MsaInputs, MsaOutcome, Rule};
use rust_decimal::Decimal;

/// A date that matters (`dates[N].date`), by its rule.
pub(super) fn date_row(
    inputs: &MsaInputs,
    outcome: &MsaOutcome,
    row: &DateRow,
    key: &str,
) -> Explanation {
    use crate::msa::dates::{
        ACCEPT_WITHIN_DAYS, AVAILABILITY_BUSINESS_DAYS, CURE_DAYS, EXTENSION_NOTICE_DAYS,
        TERMINATION_BUSINESS_DAYS,
    };
    let days = |n: i64, clause: &'static str| {
        value(
            "days",
            Decimal::from(n),
            Shown::Number,
            TermSource::Constant(clause),
        )
    };
    let invoice_figure = |column: &str| {
        let index = row.invoice.unwrap_or(1).saturating_sub(1);
        date(column, row.date, figure(format!("rows[{index}].{column}")))
    };
    let notice = inputs.notice.unwrap_or(row.date);
    let business = |n: u32, from: &str| {
        date(
            "date",
            row.date,
            derived(format!(
                "the {n}th business day (Monday to Friday) after {from}"
            )),
        )
    };
    let expr = match row.rule {
        Rule::AcceptBy => add(
            date("tendered", inputs.tendered, input(MsaInput::Tendered)),
            days(ACCEPT_WITHIN_DAYS, "cl. 1: within 48 hours"),
        ),
        Rule::InvoiceDue => invoice_figure("due"),
        Rule::DisputeBy => invoice_figure("dispute_by"),
        Rule::CommitmentEnd => date(
            "commitment end",
            outcome.term.commitment_end,
            figure("results.commitment_end"),
        ),
        Rule::TermEnd => date("term end", outcome.term.end, figure("results.term_end")),
        Rule::TerminationDue => date("charge due", row.date, figure("results.termination_due")),
        Rule::ExtensionNotice => sub(
            date("term end", outcome.term.end, figure("results.term_end")),
            days(EXTENSION_NOTICE_DAYS, "cl. 3"),
        ),
        Rule::Availability => business(
            AVAILABILITY_BUSINESS_DAYS,
            &format!("the Service Commencement Date {}", outcome.term.start),
        ),
        Rule::CureDeadline => add(
            date("notice", notice, input(MsaInput::Notice)),
            days(CURE_DAYS, "cl. 12(a)"),
        ),
        Rule::TwwTermination | Rule::ProviderTermination => business(
            TERMINATION_BUSINESS_DAYS,
            &format!("the notice of {notice}"),
        ),
    };
    let mut e = date_explanation(key, &row.what, "date", expr, row.date, row.clause());
    if matches!(
        row.rule,
        Rule::CureDeadline | Rule::TwwTermination | Rule::ProviderTermination
    ) {
        e.notes.push("A notice counts from its receipt (by hand, or 3 days after posting, cl. 16): the date of the notice of breach is the day it is received.".to_string());
    }
    e
}

/// The Acceptance Date A, where the Service Term starts: as given, or assumed.
pub(super) fn term_start(inputs: &MsaInputs, outcome: &MsaOutcome, key: &str) -> Explanation {
    let expr = match inputs.accept {
        Some(accepted) => date("accept", accepted, input(MsaInput::Accept)),
        None => add(
            date("tendered", inputs.tendered, input(MsaInput::Tendered)),
            value(
                "days",
                Decimal::from(crate::msa::inputs::DEFAULT_ACCEPTANCE_DAYS),
                Shown::Number,
                TermSource::Constant("assumption"),
            ),
        ),
    };
    date_explanation(
        key,
        "the Acceptance Date A: the Service Term starts",
        "A",
        expr,
        outcome.term.start,
        "cl. 8, Exhibit A; without an Acceptance Date: assumption",
    )
}

/// The last day of the Service Term or of the Commitment Period (`name`).
pub(super) fn term_or_commitment_end(outcome: &MsaOutcome, key: &str, name: &str) -> Explanation {
    let (months, what, clause) = if name == "term_end" {
        (outcome.term.months, "the Service Term's last day", "cl. 3")
    } else {
        (12, "the Commitment Period's last day", "cl. 3")
    };
    let when = if name == "term_end" {
        outcome.term.end
    } else {
        outcome.term.commitment_end
    };
    let expr = date(&format!("end(A, {months} months)"), when, derived(format!("the last day of the period of {months} months from A = {} (the model book's rule for a period of months)", outcome.term.start)));
    let symbol = if name == "term_end" {
        "term end"
    } else {
        "commitment end"
    };
    let mut e = date_explanation(key, what, symbol, expr, when, clause);
    e.notes.push(format!(
        "{months} months: the Service Term plus 12 for each one-year extension."
    ));
    if name == "commitment_end" {
        e.notes[0] = "The Commitment Period is the first 12 months from A.".to_string();
    }
    e
}
