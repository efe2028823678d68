//! Fusion's view: one timeline of Fusion's cash from all three deals together —
//! its Venture cash, the MSA invoices TWW pays it, and what it pays on the Note —
//! by calendar month, with each deal's part, the month's total and the running
//! total.
//!
//! Every amount is a line taken from an engine outcome (never recomputed here):
//! - Venture: the cash table's `fusion` column, in its calendar month.
//! - MSA: each invoice shown, in the month of its `due` date (TWW pays on time);
//!   the invoice paid late (`lateinv`) in the month it is paid instead, with its
//!   late interest; the termination charge in the month of `stop` + `due` days
//!   (invoiced on the stop date like any invoice); the shortfall in the month the
//!   Commitment Period ends (cl. 3: due then).
//! - Note (Fusion pays, so negative): each paid interest date's `due` in its month
//!   (missed interest is paid later inside a `due` or the payoff), each pay-down's
//!   principal in its month, and the payoff in the demand's month.
//!
//! A month's figure per deal is the sum of that deal's rounded lines in it, so
//! each column adds up to that deal's total and `cumulative` ends at the sum of
//! all three. No serde here: [`timeline_csv`] writes the CSV by hand so that this
//! module can go into the page.

use crate::engine::msa::{MsaInputs, MsaOutcome};
use crate::engine::note::{self, NoteInputs, NoteOutcome};
use crate::engine::venture::{VentureInputs, VentureOutcome};
use crate::engine::{Date, Money, Overflow, YearMonth};

/// The CSV's (and the page table's) column keys, in order.
pub const TIMELINE_KEYS: [&str; 6] = ["month", "venture", "msa", "note", "total", "cumulative"];

/// Which deal a line comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    Venture,
    Msa,
    Note,
}

/// What a line is, with what it was taken from (to explain each figure).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The Venture cash table's `fusion` for cash month `t`.
    VentureCash { t: u32 },
    /// An invoice collected on its due date.
    Invoice { number: u32, due: Date },
    /// The invoice paid `days` late, collected when paid.
    LateInvoice { number: u32, paid_on: Date },
    /// Late-payment interest on that invoice, collected with it.
    LateInterest { number: u32, paid_on: Date },
    /// The early-termination charge, invoiced on `stop`, collected `due` days later.
    TerminationCharge { stop: Date, collected: Date },
    /// The Minimum Commitment shortfall, due when the Commitment Period ends.
    Shortfall { due: Date },
    /// A paid interest date: the interest and any overdue interest paid with it.
    Interest { date: Date },
    /// Principal paid down.
    PayDown { date: Date },
    /// Everything owed on the demand date.
    Payoff { date: Date },
}

/// One amount of Fusion's cash: positive received, negative paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub source: Source,
    pub month: YearMonth,
    pub kind: LineKind,
    pub amount: Money,
}

/// One calendar month of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineRow {
    pub month: YearMonth,
    pub venture: Money,
    pub msa: Money,
    pub note: Money,
    /// venture + msa + note.
    pub total: Money,
    /// The totals of every month up to this one.
    pub cumulative: Money,
}

/// Each column's sum over the whole timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub venture: Money,
    pub msa: Money,
    pub note: Money,
    pub total: Money,
}

/// Fusion's timeline: the lines it is built from, one row per month from the
/// earliest to the latest month with a line, and the column totals.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Timeline {
    pub lines: Vec<Line>,
    pub rows: Vec<TimelineRow>,
    pub totals: Totals,
}

const OUT_OF_RANGE: &str = "fusion: a total of the three deals would exceed 10^15; allowed: amounts up to 10^15 (lower the deals' amounts).";

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

/// Whole months from `first` to `month` (0 when `month` is not later).
fn months_between(first: YearMonth, month: YearMonth) -> usize {
    let months = (month.year() - first.year()) * 12 + month.month() as i32 - first.month() as i32;
    usize::try_from(months).unwrap_or(0)
}

/// The timeline of a set of lines: one row per month from the earliest to the
/// latest, months without a line included at 0.00.
pub fn timeline_of(lines: Vec<Line>) -> Result<Timeline, Overflow> {
    let (Some(first), Some(last)) = (
        lines.iter().map(|l| l.month).min(),
        lines.iter().map(|l| l.month).max(),
    ) else {
        return Ok(Timeline {
            lines,
            ..Timeline::default()
        });
    };
    let count = months_between(first, last) + 1;
    let mut parts = vec![[Money::ZERO; 3]; count];
    for line in &lines {
        let column = match line.source {
            Source::Venture => 0,
            Source::Msa => 1,
            Source::Note => 2,
        };
        if let Some(slot) = parts
            .get_mut(months_between(first, line.month))
            .and_then(|part| part.get_mut(column))
        {
            *slot = slot.checked_add(line.amount)?;
        }
    }
    let mut rows = Vec::with_capacity(count);
    let mut cumulative = Money::ZERO;
    for (offset, [venture, msa, note]) in parts.into_iter().enumerate() {
        let total = Money::sum([venture, msa, note])?;
        cumulative = cumulative.checked_add(total)?;
        let month = first.plus_months(i32::try_from(offset).unwrap_or(i32::MAX));
        rows.push(TimelineRow {
            month,
            venture,
            msa,
            note,
            total,
            cumulative,
        });
    }
    let column = |pick: fn(&TimelineRow) -> Money| Money::sum(rows.iter().map(pick));
    let totals = Totals {
        venture: column(|r| r.venture)?,
        msa: column(|r| r.msa)?,
        note: column(|r| r.note)?,
        total: column(|r| r.total)?,
    };
    Ok(Timeline {
        lines,
        rows,
        totals,
    })
}

/// Fusion's timeline of the three scenarios, or the message of the first deal
/// whose scenario the model cannot compute (prefixed with its route).
pub fn fusion_timeline(
    venture: &VentureInputs,
    msa: &MsaInputs,
    note: &NoteInputs,
) -> Result<Timeline, String> {
    let (venture_run, msa_run, note_run) = (
        super::run::venture(venture),
        super::run::msa(msa),
        super::run::note(note),
    );
    let venture_outcome = venture_run
        .as_ref()
        .as_ref()
        .map_err(|e| format!("venture: {}", super::venture::out_of_model_range(e)))?;
    let msa_outcome = msa_run
        .as_ref()
        .as_ref()
        .map_err(|e| format!("msa: {}", super::msa::out_of_model_range(e)))?;
    let note_outcome = note_run
        .as_ref()
        .as_ref()
        .map_err(|e| format!("note: {}", super::note::out_of_model_range(e)))?;
    let mut lines = venture_lines(venture_outcome);
    lines.extend(msa_lines(msa, msa_outcome)?);
    lines.extend(note_lines(note, note_outcome)?);
    timeline_of(lines).map_err(|_| OUT_OF_RANGE.to_string())
}

impl TimelineRow {
    /// The row's values as the CSV and the page's `data-value`s write them, in
    /// [`TIMELINE_KEYS`] order.
    pub fn values(&self) -> [(&'static str, String); 6] {
        [
            ("month", self.month.to_string()),
            ("venture", self.venture.to_string()),
            ("msa", self.msa.to_string()),
            ("note", self.note.to_string()),
            ("total", self.total.to_string()),
            ("cumulative", self.cumulative.to_string()),
        ]
    }
}

/// The timeline as CSV: a header of [`TIMELINE_KEYS`], one line per month, plain
/// decimals (no field ever needs quoting).
pub fn timeline_csv(timeline: &Timeline) -> String {
    let mut csv = TIMELINE_KEYS.join(",");
    csv.push('\n');
    for row in &timeline.rows {
        let values: Vec<String> = row.values().into_iter().map(|(_, value)| value).collect();
        csv.push_str(&values.join(","));
        csv.push('\n');
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(source: Source, year: i32, month: u32, cents: i64) -> Line {
        Line {
            source,
            month: YearMonth::known(year, month),
            kind: LineKind::VentureCash { t: 0 },
            amount: Money::from_cents_exact(rust_decimal::Decimal::new(cents, 2)).unwrap(),
        }
    }

    #[test]
    fn months_between_lines_are_filled_and_summed() {
        let timeline = timeline_of(vec![
            line(Source::Venture, 2003, 1, -10_000),
            line(Source::Msa, 2003, 3, 2_550),
            line(Source::Msa, 2003, 3, 50),
            line(Source::Note, 2003, 3, -1_000),
        ])
        .unwrap();
        assert_eq!(timeline.rows.len(), 3);
        assert_eq!(timeline.rows[1].total, Money::ZERO);
        assert_eq!(timeline.rows[2].msa.to_string(), "26.00");
        assert_eq!(timeline.rows[2].total.to_string(), "16.00");
        assert_eq!(timeline.rows[2].cumulative.to_string(), "-84.00");
        assert_eq!(timeline.totals.total, timeline.rows[2].cumulative);
        assert_eq!(
            timeline_csv(&timeline),
            "month,venture,msa,note,total,cumulative\n2003-01,-100.00,0.00,0.00,-100.00,-100.00\n2003-02,0.00,0.00,0.00,0.00,-100.00\n2003-03,0.00,26.00,-10.00,16.00,-84.00\n"
        );
    }

    #[test]
    fn no_lines_no_rows() {
        let timeline = timeline_of(Vec::new()).unwrap();
        assert!(timeline.rows.is_empty());
        assert_eq!(
            timeline_csv(&timeline),
            "month,venture,msa,note,total,cumulative\n"
        );
    }
}
