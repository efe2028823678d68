//! The timeline of a set of lines: one row per calendar month with each deal's
//! part, the total and the running total, and the timeline as CSV; apart from
//! the lines because it only sums what they carry.

use super::{Line, Source, Timeline, TimelineRow, Totals, TIMELINE_KEYS};
use crate::engine::{Money, Overflow, YearMonth};
use crate::scenario::output::write_csv;

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
    write_csv(
        TIMELINE_KEYS,
        timeline
            .rows
            .iter()
            .map(|row| row.values().map(|(_, value)| value)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::fusion::LineKind;

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
