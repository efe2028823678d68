//! Each deal's lines of Fusion's cash, taken from its outcome (never
//! recomputed): the Venture's cash column, what TWW pays on the MSA, what Fusion
//! pays on the Note; apart from the timeline because each reads one deal.

use super::{Line, LineKind, Source, OUT_OF_RANGE};
use crate::engine::msa::{MsaInputs, MsaOutcome};
use crate::engine::note::{self, NoteInputs, NoteOutcome};
use crate::engine::venture::VentureOutcome;
use crate::engine::{Date, Money, Overflow, YearMonth};

/// The calendar month of a date.
pub fn month_of(date: Date) -> Result<YearMonth, String> {
    YearMonth::new(date.year(), date.month())
        .ok_or_else(|| format!("fusion: the date {date} is outside years 1–9999."))
}

/// The Venture's lines: the cash table's `fusion` column, one per cash month.
pub fn venture_lines(outcome: &VentureOutcome) -> Vec<Line> {
    outcome
        .cash
        .iter()
        .map(|row| Line {
            source: Source::Venture,
            month: row.calendar_month,
            kind: LineKind::VentureCash { t: row.t },
            amount: row.fusion,
        })
        .collect()
}

fn msa_line(date: Date, kind: LineKind, amount: Money) -> Result<Line, String> {
    Ok(Line {
        source: Source::Msa,
        month: month_of(date)?,
        kind,
        amount,
    })
}

/// When the termination charge is collected: `due` days after the stop.
pub fn termination_collected(inputs: &MsaInputs, stop: Date) -> Result<Date, String> {
    stop.plus_days(i64::from(inputs.due_days)).ok_or_else(|| {
        format!(
            "msa: {} days after the stop {stop} is outside the calendar.",
            inputs.due_days
        )
    })
}

/// The MSA's lines: what TWW pays Fusion, in the month it pays.
pub fn msa_lines(inputs: &MsaInputs, outcome: &MsaOutcome) -> Result<Vec<Line>, String> {
    let mut lines = Vec::new();
    for invoice in outcome.shown() {
        match outcome.late.filter(|late| late.invoice == invoice.number) {
            Some(late) => {
                lines.push(msa_line(
                    late.paid_on,
                    LineKind::LateInvoice {
                        number: invoice.number,
                        paid_on: late.paid_on,
                    },
                    invoice.amount,
                )?);
                lines.push(msa_line(
                    late.paid_on,
                    LineKind::LateInterest {
                        number: invoice.number,
                        paid_on: late.paid_on,
                    },
                    late.interest,
                )?);
            }
            None => lines.push(msa_line(
                invoice.due,
                LineKind::Invoice {
                    number: invoice.number,
                    due: invoice.due,
                },
                invoice.amount,
            )?),
        }
    }
    if let Some(termination) = outcome.termination.filter(|t| !t.charge.is_zero()) {
        let collected = termination_collected(inputs, termination.stop)?;
        lines.push(msa_line(
            collected,
            LineKind::TerminationCharge {
                stop: termination.stop,
                collected,
            },
            termination.charge,
        )?);
    }
    let commitment = outcome.commitment;
    if !commitment.shortfall.is_zero() {
        lines.push(msa_line(
            commitment.due,
            LineKind::Shortfall {
                due: commitment.due,
            },
            commitment.shortfall,
        )?);
    }
    Ok(lines)
}

fn note_line(date: Date, kind: LineKind, paid: Money) -> Result<Line, String> {
    Ok(Line {
        source: Source::Note,
        month: month_of(date)?,
        kind,
        amount: paid.negate(),
    })
}

/// The principal a pay-down actually repays: what was outstanding the day
/// before less what is outstanding after it (never more than was owed).
pub fn principal_repaid(inputs: &NoteInputs, date: Date) -> Result<Money, Overflow> {
    let before = match date.plus_days(-1) {
        Some(day_before) => note::schedule::outstanding(inputs, day_before)?,
        None => inputs.principal(),
    };
    before.checked_sub(note::schedule::outstanding(inputs, date)?)
}

/// The Note's lines: what Fusion pays the lender (negative).
pub fn note_lines(inputs: &NoteInputs, outcome: &NoteOutcome) -> Result<Vec<Line>, String> {
    let mut lines = Vec::new();
    for row in outcome.rows.iter().filter(|row| row.paid) {
        lines.push(note_line(
            row.date,
            LineKind::Interest { date: row.date },
            row.due,
        )?);
    }
    // Pay-downs after the demand do not reduce the payoff (the scenario layer
    // refuses them): only those on or before it are paid.
    for paydown in inputs
        .paydowns
        .iter()
        .filter(|p| p.date <= outcome.payoff.date)
    {
        let repaid =
            principal_repaid(inputs, paydown.date).map_err(|_| OUT_OF_RANGE.to_string())?;
        if !repaid.is_zero() {
            lines.push(note_line(
                paydown.date,
                LineKind::PayDown { date: paydown.date },
                repaid,
            )?);
        }
    }
    lines.push(note_line(
        outcome.payoff.date,
        LineKind::Payoff {
            date: outcome.payoff.date,
        },
        outcome.payoff.total,
    )?);
    Ok(lines)
}
