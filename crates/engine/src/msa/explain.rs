//! Explanations of the MSA's figures: each invoice's charges (`rows[N].recurring`,
//! `nrc`, `amount`) and the money results (`results.total_charges`, `shortfall`,
//! `termination_charge`, `termination_due`, `late_interest`, `max_deposit`).
//!
//! Built on demand from the outcome's own invoices, commitment, termination and
//! late interest (and [`inside_commitment`], the function the shortfall uses).

use super::commitment::inside_commitment;
use super::inputs::{Cause, LateConvention};
use super::{DateRow, Invoice, MsaInputs, MsaOutcome, Rule};
use crate::explain::*;
use crate::Money;
use rust_decimal::Decimal;

/// The explanation of the figure `key` (`rows[2].amount`, `results.shortfall`).
pub fn explain(
    inputs: &MsaInputs,
    outcome: &MsaOutcome,
    key: &str,
) -> Result<Explanation, ExplainError> {
    match parse_key(key) {
        Some(Key::Row(index, name)) => {
            let shown = outcome.shown();
            let invoice = shown.get(index).ok_or_else(|| {
                ExplainError::UnknownFigure(format!(
                    "rows[{index}] (the rows are rows[0] … rows[{}])",
                    shown.len().saturating_sub(1)
                ))
            })?;
            let previous = index.checked_sub(1).and_then(|i| shown.get(i));
            row(inputs, invoice, previous, key, index, name)
        }
        Some(Key::Result(name)) => result(inputs, outcome, key, name),
        Some(Key::Table("dates", index, "date")) => {
            let row = outcome.dates.get(index).ok_or_else(|| {
                ExplainError::UnknownFigure(format!(
                    "dates[{index}] (the dates are dates[0] … dates[{}])",
                    outcome.dates.len().saturating_sub(1)
                ))
            })?;
            Ok(date_row(inputs, outcome, row, key))
        }
        Some(Key::Table("dates", _, "what" | "clause")) => {
            Err(ExplainError::NotCovered(key.to_string()))
        }
        Some(Key::Table(..)) | None => Err(ExplainError::UnknownFigure(key.to_string())),
    }
}

/// The full charge of a period: MRC × its months (1, 3 or 12).
fn full_charge(inputs: &MsaInputs) -> Expr {
    mul(
        money("MRC", inputs.mrc, TermSource::Input("mrc")),
        value(
            "months",
            Decimal::from(inputs.billing.months()),
            Shown::Number,
            TermSource::Input("bill"),
        ),
    )
}

/// An invoice's recurring charge: in full, or pro rata by days (cl. 4).
fn recurring(inputs: &MsaInputs, invoice: &Invoice) -> Expr {
    if invoice.days_served >= invoice.days_in_full {
        full_charge(inputs)
    } else if invoice.days_served <= 0 {
        number(0)
    } else {
        let served = value(
            "days served",
            Decimal::from(invoice.days_served),
            Shown::Number,
            derived(format!(
                "{} to {}, both counted",
                invoice.period_start, invoice.period_end
            )),
        );
        let full = value(
            "days in period",
            Decimal::from(invoice.days_in_full),
            Shown::Number,
            derived(format!(
                "the full period {} to {}",
                invoice.full_start, invoice.full_end
            )),
        );
        fraction(full_charge(inputs), served, full)
    }
}

fn row(
    inputs: &MsaInputs,
    invoice: &Invoice,
    previous_invoice: Option<&Invoice>,
    key: &str,
    index: usize,
    name: &str,
) -> Result<Explanation, ExplainError> {
    let figure_of = |column: &str, symbol: &str, amount: Money| {
        money(symbol, amount, figure(format!("rows[{index}].{column}")))
    };
    Ok(match name {
        "recurring" => {
            let mut e = explanation(
                key,
                "the recurring charge of the billing period",
                "recurring",
                recurring(inputs, invoice),
                invoice.recurring,
                "cl. 4; MRC: assumption (the Service Order's)",
            );
            if invoice.days_served < invoice.days_in_full {
                e.notes.push(format!(
                    "A partial period ({} of {} days) is charged pro rata by days.",
                    invoice.days_served, invoice.days_in_full
                ));
            }
            e
        }
        "nrc" => {
            let expr = if invoice.number == 1 {
                money("NRC", inputs.nrc, TermSource::Input("nrc"))
            } else {
                number(0)
            };
            let mut e = explanation(
                key,
                "the non-recurring charge",
                "nrc",
                expr,
                invoice.nrc,
                "cl. 6(g); amount: assumption",
            );
            e.notes
                .push("The NRC is on the first invoice only.".to_string());
            e
        }
        "amount" => explanation(
            key,
            "the invoice's amount",
            "amount",
            add(
                figure_of("recurring", "recurring", invoice.recurring),
                figure_of("nrc", "NRC", invoice.nrc),
            ),
            invoice.amount,
            "cl. 4, 6(g)",
        ),
        "date" => {
            let (expr, note) = match previous_invoice {
                None => (
                    date("A", invoice.date, figure("results.term_start")),
                    "The first invoice is dated the Acceptance Date.",
                ),
                Some(previous) => {
                    let end = date(
                        "previous end",
                        previous.period_end,
                        figure(format!("rows[{}].period_end", index - 1)),
                    );
                    (
                        add(end, number(1)),
                        "Each later invoice is dated the day after the previous period ends.",
                    )
                }
            };
            let mut e = date_explanation(
                key,
                "the invoice date: the period's first day",
                "date",
                expr,
                invoice.date,
                "cl. 4: invoiced in advance; cl. 6(g)",
            );
            e.notes.push(note.to_string());
            e
        }
        "period_start" => date_explanation(
            key,
            "the first day billed",
            "period start",
            date("date", invoice.date, figure(format!("rows[{index}].date"))),
            invoice.period_start,
            "cl. 4",
        ),
        "period_end" => {
            let full_end = date(
                "full end",
                invoice.full_end,
                derived(format!(
                    "the last day of the whole period {} to {}",
                    invoice.full_start, invoice.full_end
                )),
            );
            let term_end = date(
                "term end",
                outcome_term_end(invoice, inputs),
                figure("results.term_end"),
            );
            date_explanation(
                key,
                "the last day billed",
                "period end",
                Expr::Min(vec![full_end, term_end]),
                invoice.period_end,
                "cl. 3, 4",
            )
        }
        "due" => date_explanation(
            key,
            "the invoice's due date",
            "due",
            add(
                date("date", invoice.date, figure(format!("rows[{index}].date"))),
                value(
                    "due days",
                    Decimal::from(inputs.due_days),
                    Shown::Number,
                    TermSource::Input("due"),
                ),
            ),
            invoice.due,
            "cl. 6(b); the number of days: assumption",
        ),
        "dispute_by" => date_explanation(
            key,
            "the last day to dispute the invoice",
            "dispute by",
            add(
                date("date", invoice.date, figure(format!("rows[{index}].date"))),
                value(
                    "dispute days",
                    Decimal::from(super::schedule::DISPUTE_DAYS),
                    Shown::Number,
                    TermSource::Constant("cl. 6(d)"),
                ),
            ),
            invoice.dispute_by,
            "cl. 6(d)",
        ),
        "number" => return Err(ExplainError::NotCovered(key.to_string())),
        _ => return Err(ExplainError::UnknownFigure(key.to_string())),
    })
}

/// A date that matters (`dates[N].date`), by its rule.
fn date_row(inputs: &MsaInputs, outcome: &MsaOutcome, row: &DateRow, key: &str) -> Explanation {
    use super::dates::{
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
            date("tendered", inputs.tendered, TermSource::Input("tendered")),
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
            date("notice", notice, TermSource::Input("notice")),
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

/// The term's last day, as the schedule computed it (the last invoice ends there).
fn outcome_term_end(invoice: &Invoice, inputs: &MsaInputs) -> crate::Date {
    super::schedule::term(inputs).map_or(invoice.period_end, |term| term.end)
}

/// The invoices' recurring charges as terms (`recurring(3)`), walking back to the
/// row where the invoice is shown.
fn recurring_terms<'a>(
    outcome: &MsaOutcome,
    invoices: impl Iterator<Item = &'a Invoice>,
) -> Vec<Expr> {
    invoices
        .map(|invoice| {
            let index = invoice.number.saturating_sub(1) as usize;
            let source = if index < outcome.shown_count {
                figure(format!("rows[{index}].recurring"))
            } else {
                derived(format!(
                    "invoice {} of {}, after the stop",
                    invoice.number, invoice.date
                ))
            };
            money(
                &format!("recurring({})", invoice.number),
                invoice.recurring,
                source,
            )
        })
        .collect()
}

fn result(
    inputs: &MsaInputs,
    outcome: &MsaOutcome,
    key: &str,
    name: &str,
) -> Result<Explanation, ExplainError> {
    Ok(match name {
        "total_charges" => {
            let mut items: Vec<Expr> = outcome
                .shown()
                .iter()
                .enumerate()
                .map(|(i, invoice)| {
                    money(
                        &format!("amount({})", invoice.number),
                        invoice.amount,
                        figure(format!("rows[{i}].amount")),
                    )
                })
                .collect();
            if let Some(termination) = outcome.termination {
                items.push(money(
                    "termination charge",
                    termination.charge,
                    figure("results.termination_charge"),
                ));
            }
            explanation(
                key,
                "the total charges",
                "total charges",
                Expr::Sum(items),
                outcome.total_charges,
                "cl. 4, 6(g), 12",
            )
        }
        "max_deposit" => {
            let items = outcome
                .invoices
                .iter()
                .map(|invoice| {
                    let amount = add(
                        money(
                            &format!("recurring({})", invoice.number),
                            invoice.recurring,
                            derived(format!("invoice {}'s recurring charge", invoice.number)),
                        ),
                        money(
                            &format!("NRC({})", invoice.number),
                            invoice.nrc,
                            derived(format!("invoice {}'s NRC", invoice.number)),
                        ),
                    );
                    amount
                })
                .collect();
            let mut e = explanation(
                key,
                "the largest deposit the Provider may ask",
                "max deposit",
                Expr::Sum(items),
                outcome.max_deposit,
                "cl. 5",
            );
            e.notes
                .push("The total charges of the whole Service Term without a stop.".to_string());
            e
        }
        "shortfall" => shortfall(inputs, outcome, key)?,
        "termination_charge" => {
            let Some(termination) = outcome.termination else {
                return Err(ExplainError::NoValue(
                    key.to_string(),
                    "no termination date: TWW does not terminate".to_string(),
                ));
            };
            let (expr, clause) = match termination.cause {
                Cause::Voluntary => (
                    Expr::Sum(recurring_terms(
                        outcome,
                        outcome
                            .invoices
                            .iter()
                            .filter(|invoice| invoice.date > termination.stop),
                    )),
                    "cl. 12",
                ),
                Cause::ProviderBreach => (number(0), "cl. 12(b)(i)–(iii)"),
            };
            let mut e = explanation(
                key,
                "the early-termination charge",
                "termination charge",
                expr,
                termination.charge,
                clause,
            );
            e.notes.push(match termination.cause {
                Cause::Voluntary => format!(
                    "The recurring charges of every billing period starting after the stop on {}.",
                    termination.stop
                ),
                Cause::ProviderBreach => {
                    "A stop for the Provider's breach owes no termination charge.".to_string()
                }
            });
            e
        }
        "late_interest" => late(inputs, outcome, key),
        "termination_due" => termination_due(inputs, outcome, key)?,
        "term_start" => {
            let expr = match inputs.accept {
                Some(accepted) => date("accept", accepted, TermSource::Input("accept")),
                None => add(
                    date("tendered", inputs.tendered, TermSource::Input("tendered")),
                    value(
                        "days",
                        Decimal::from(super::inputs::DEFAULT_ACCEPTANCE_DAYS),
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
        "term_end" | "commitment_end" => {
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
        _ => return Err(ExplainError::UnknownFigure(key.to_string())),
    })
}

/// When the termination charge is owed: the stop plus the payment days.
fn termination_due(
    inputs: &MsaInputs,
    outcome: &MsaOutcome,
    key: &str,
) -> Result<Explanation, ExplainError> {
    let Some(termination) = outcome.termination else {
        return Err(ExplainError::NoValue(
            key.to_string(),
            "no termination date: TWW does not terminate".to_string(),
        ));
    };
    let Some(due) = termination.due else {
        return Err(ExplainError::NoValue(
            key.to_string(),
            format!(
                "the stop on {} charges nothing, so nothing falls due",
                termination.stop
            ),
        ));
    };
    let expr = add(
        date("stop", termination.stop, TermSource::Input("stop")),
        value(
            "days",
            Decimal::from(inputs.due_days),
            Shown::Number,
            TermSource::Input("due"),
        ),
    );
    let mut e = date_explanation(
        key,
        "the day the termination charge is due",
        "charge due",
        expr,
        due,
        "cl. 6(b), 12; reading",
    );
    e.notes.push("The contract gives no date for the charge (\"in addition to any outstanding invoices\", cl. 12): it is read as billed like an invoice issued on the stop date, so it is due as many days after the stop as any invoice after its date (cl. 6(b)). It has no dispute deadline.".to_string());
    Ok(e)
}

fn shortfall(
    inputs: &MsaInputs,
    outcome: &MsaOutcome,
    key: &str,
) -> Result<Explanation, ExplainError> {
    let c = &outcome.commitment;
    let label = "the Minimum Commitment shortfall";
    if inputs.stop.is_some() {
        let mut e = explanation(key, label, "shortfall", number(0), c.shortfall, "cl. 3, 12");
        e.notes.push("With a stop there is no shortfall: a voluntary stop's charge covers the rest of the period; the Provider's breach ends the commitment.".to_string());
        return Ok(e);
    }
    let mut parts = Vec::new();
    for invoice in &outcome.invoices {
        let inside =
            inside_commitment(invoice, &outcome.term).map_err(|_| ExplainError::NotComputed)?;
        if !inside.is_zero() {
            parts.push(format!("invoice {}: {:#}", invoice.number, inside));
        }
    }
    let period = money(
        "charges",
        c.period_charges,
        derived("the recurring charges of the Commitment Period: each invoice's part for days inside it"),
    );
    let should = match inputs.commit {
        Some(commit) => money("commit", commit, TermSource::Input("commit")),
        None => period.clone(),
    };
    let paid = match inputs.paid {
        Some(paid) => money("paid", paid, TermSource::Input("paid")),
        None => period,
    };
    let mut e = explanation(
        key,
        label,
        "shortfall",
        Expr::Max(vec![number(0), sub(should, paid)]),
        c.shortfall,
        "cl. 3",
    );
    e.notes
        .push(format!("Due when the Commitment Period ends, {}.", c.due));
    if inputs.commit.is_none() || inputs.paid.is_none() {
        e.notes.push("Without a Minimum Commitment or charges paid given, each is the recurring charges of the Commitment Period (the model book's default).".to_string());
    }
    e.notes.push(format!(
        "The Commitment Period's recurring charges by invoice: {}.",
        parts.join("; ")
    ));
    Ok(e)
}

fn late(inputs: &MsaInputs, outcome: &MsaOutcome, key: &str) -> Explanation {
    let label = "late-payment interest";
    let Some(late) = outcome.late else {
        let mut e = explanation(key, label, "interest", number(0), Money::ZERO, "cl. 6(c)");
        e.notes
            .push("No invoice is paid late (none given).".to_string());
        return e;
    };
    let index = late.invoice.saturating_sub(1);
    let amount = money(
        "amount",
        late.amount,
        figure(format!("rows[{index}].amount")),
    );
    let rate_source = match inputs.lawful_pct {
        Some(lawful) if lawful < inputs.late_pct => TermSource::Input("lawful"),
        _ => TermSource::Input("late"),
    };
    let r = percent("r", late.monthly_pct, rate_source);
    let d = value(
        "d",
        Decimal::from(late.days),
        Shown::Number,
        TermSource::Input("latedays"),
    );
    let (expr, reading) = match late.convention {
        LateConvention::Daily365 => (
            round(div(mul(mul(mul(amount, r), number(12)), d), number(365))),
            "daily365 convention",
        ),
        LateConvention::PerMonth => {
            let n = value(
                "n",
                Decimal::from(late.months_charged),
                Shown::Number,
                derived(format!(
                    "months started from the due date {} to the payment {}",
                    late.due, late.paid_on
                )),
            );
            (round(mul(mul(amount, r), n)), "permonth convention")
        }
        LateConvention::Days30 => (
            round(div(mul(mul(amount, r), d), number(30))),
            "days30 convention",
        ),
    };
    let mut e = explanation(key, label, "interest", expr, late.interest, "cl. 6(c)");
    e.reading = Some(reading.to_string());
    e.notes.push(
        "The monthly rate is the lower of the late-payment rate and the highest lawful rate (cl. 6(c): \"whichever is lower\")."
            .to_string(),
    );
    e
}
