//! The schedule of interest dates (`note.md`, Computation): the dates, each
//! period's interest on principal (split where principal is paid down inside it)
//! and on the overdue balance O, and what each date leaves overdue.

use super::daycount::{days, interest, DayBasis};
use super::inputs::NoteInputs;
use crate::{Date, Money, Overflow};
use rust_decimal::Decimal;
use smallvec::{smallvec, SmallVec};

/// The scheduled interest dates: `first`, then each following calendar quarter's
/// last day, keeping those strictly before `demand`.
pub fn interest_dates(first: Date, demand: Date) -> Vec<Date> {
    interest_dates_iter(first, demand).collect()
}

/// [`interest_dates`] one at a time, for the schedule to walk without a vector.
fn interest_dates_iter(first: Date, demand: Date) -> impl Iterator<Item = Date> {
    std::iter::successors(Some(first), |date| date.next_day().map(Date::quarter_end))
        .take_while(move |date| *date < demand)
}

/// Principal outstanding at the end of `date`: pay-downs on or before it are
/// deducted (never below zero).
pub fn outstanding(inputs: &NoteInputs, date: Date) -> Result<Money, Overflow> {
    outstanding_of(inputs.principal(), inputs, date)
}

/// [`outstanding`] from the principal as read (the schedule reads it once, not
/// at each period: the words and figures are decimals to round).
fn outstanding_of(principal: Money, inputs: &NoteInputs, date: Date) -> Result<Money, Overflow> {
    let paid = Money::sum(
        inputs
            .paydowns
            .iter()
            .filter(|p| p.date <= date)
            .map(|p| p.amount),
    )?;
    Ok(principal.checked_sub(paid)?.max(Money::ZERO))
}

/// A part of a period on one outstanding principal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Exclusive.
    pub start: Date,
    /// Inclusive.
    pub end: Date,
    pub principal: Money,
    /// The basis's days for this part (under 30/360 the last part takes the rest
    /// of the period's days).
    pub days: i64,
    pub interest: Money,
}

/// The interest accrued over one period, from `start` (exclusive) to `end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accrual {
    pub start: Date,
    pub end: Date,
    /// The basis's day count for the whole period.
    pub days: i64,
    /// One part, or more where principal is paid down inside the period.
    pub parts: SmallVec<[Part; 1]>,
    /// The sum of the parts' rounded interest.
    pub on_principal: Money,
    /// O at the period's start.
    pub overdue_at_start: Money,
    /// Interest on O for the period, rounded.
    pub on_overdue: Money,
}

impl Accrual {
    /// Principal outstanding at the period's start.
    pub fn principal(&self) -> Money {
        self.parts
            .first()
            .map_or(Money::ZERO, |part| part.principal)
    }

    /// Interest on principal and on O.
    pub fn interest(&self) -> Result<Money, Overflow> {
        self.on_principal.checked_add(self.on_overdue)
    }
}

/// The period's parts: split at each pay-down strictly inside it (the pay-down
/// date belongs to the part before it).
fn split_points(inputs: &NoteInputs, start: Date, end: Date) -> Vec<Date> {
    let mut points: Vec<Date> = inputs
        .paydowns
        .iter()
        .map(|p| p.date)
        .filter(|date| *date > start && *date < end)
        .collect();
    crate::order::sort_small_by(&mut points, |a, b| a < b);
    points.dedup();
    points.push(end);
    points
}

/// The day count of each part. Under 30/360 each part but the last counts its own
/// 30/360 days and the last the period's days less those (`note.md`); where that
/// would leave the last part negative (several pay-downs on the 31st can make the
/// earlier parts count a day more than the period), each part counts instead the
/// growth of the 30/360 days from the period's start, which also adds up to the
/// period's days and is never negative.
pub fn part_days(basis: DayBasis, start: Date, points: &[Date]) -> Vec<i64> {
    let mut own = Vec::with_capacity(points.len());
    let mut part_start = start;
    for &end in points {
        own.push(days(basis, part_start, end));
        part_start = end;
    }
    if basis != DayBasis::Thirty360 {
        return own;
    }
    let period_days = points.last().map_or(0, |&end| days(basis, start, end));
    let before_last: i64 = own.iter().rev().skip(1).sum();
    if period_days - before_last >= 0 {
        if let Some(last) = own.last_mut() {
            *last = period_days - before_last;
        }
        return own;
    }
    let mut counted = 0;
    points
        .iter()
        .map(|&end| {
            let from_start = days(basis, start, end);
            let part = from_start - counted;
            counted = from_start;
            part
        })
        .collect()
}

/// Interest over one period on principal (by parts) and on `overdue`.
pub fn accrue(
    inputs: &NoteInputs,
    basis: DayBasis,
    rate_pct: Decimal,
    start: Date,
    end: Date,
    overdue: Money,
) -> Result<Accrual, Overflow> {
    accrue_on(
        inputs.principal(),
        inputs,
        basis,
        rate_pct,
        (start, end),
        overdue,
    )
}

/// [`accrue`] from the principal as read.
fn accrue_on(
    principal_read: Money,
    inputs: &NoteInputs,
    basis: DayBasis,
    rate_pct: Decimal,
    (start, end): (Date, Date),
    overdue: Money,
) -> Result<Accrual, Overflow> {
    let period_days = days(basis, start, end);
    if !inputs
        .paydowns
        .iter()
        .any(|p| p.date > start && p.date < end)
    {
        // No pay-down inside: one part, the whole period (what the parts below
        // come to with the single point `end`).
        let principal = outstanding_of(principal_read, inputs, start)?;
        let on_principal = interest(principal, rate_pct, period_days, basis)?;
        return Ok(Accrual {
            start,
            end,
            days: period_days,
            parts: smallvec![Part {
                start,
                end,
                principal,
                days: period_days,
                interest: on_principal,
            }],
            on_principal,
            overdue_at_start: overdue,
            on_overdue: interest(overdue, rate_pct, period_days, basis)?,
        });
    }
    let points = split_points(inputs, start, end);
    let counts = part_days(basis, start, &points);
    let mut parts: SmallVec<[Part; 1]> = SmallVec::with_capacity(points.len());
    let mut part_start = start;
    for (&part_end, &part_days) in points.iter().zip(counts.iter()) {
        let principal = outstanding_of(principal_read, inputs, part_start)?;
        parts.push(Part {
            start: part_start,
            end: part_end,
            principal,
            days: part_days,
            interest: interest(principal, rate_pct, part_days, basis)?,
        });
        part_start = part_end;
    }
    Ok(Accrual {
        start,
        end,
        days: period_days,
        on_principal: Money::sum(parts.iter().map(|part| part.interest))?,
        parts,
        overdue_at_start: overdue,
        on_overdue: interest(overdue, rate_pct, period_days, basis)?,
    })
}

/// One scheduled interest date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRow {
    pub date: Date,
    pub accrual: Accrual,
    /// Interest + interest on O + O at the period's start.
    pub due: Money,
    /// Not missed: everything due was paid.
    pub paid: bool,
    /// O after this date.
    pub overdue_balance: Money,
}

/// The schedule up to the demand date, and the accrual from the last scheduled
/// date (or `dated`) to the demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub rows: Vec<ScheduleRow>,
    pub to_demand: Accrual,
}

/// Runs the schedule under `basis` at the applied rate.
pub fn schedule(inputs: &NoteInputs, basis: DayBasis) -> Result<Schedule, Overflow> {
    let rate_pct = inputs.applied_rate_pct();
    let principal = inputs.principal();
    let demand = inputs.demand_date();
    // About one date a quarter: room for them from the start.
    let quarters = inputs.dated.days_until(demand) / 90 + 2;
    let mut rows = Vec::with_capacity(usize::try_from(quarters).unwrap_or(0));
    let mut start = inputs.dated;
    let mut overdue = Money::ZERO;
    for date in interest_dates_iter(inputs.first_date(), demand) {
        let accrual = accrue_on(principal, inputs, basis, rate_pct, (start, date), overdue)?;
        let due = accrual.interest()?.checked_add(overdue)?;
        let paid = !inputs.is_missed(date);
        // Paid: O returns to 0. Missed: everything due joins O (compounding quarterly).
        overdue = if paid { Money::ZERO } else { due };
        rows.push(ScheduleRow {
            date,
            accrual,
            due,
            paid,
            overdue_balance: overdue,
        });
        start = date;
    }
    let to_demand = accrue_on(principal, inputs, basis, rate_pct, (start, demand), overdue)?;
    Ok(Schedule { rows, to_demand })
}

impl Schedule {
    /// All interest on principal and on O, to the demand date.
    pub fn total_interest(&self) -> Result<Money, Overflow> {
        let rows = Money::sum(
            self.rows
                .iter()
                .map(|row| row.accrual.interest())
                .collect::<Result<Vec<_>, _>>()?,
        )?;
        rows.checked_add(self.to_demand.interest()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn thirty_360_parts_add_up_to_the_period() {
        // The book's rule: the last part takes the rest.
        let points = [d(2003, 2, 28), d(2003, 3, 31)];
        assert_eq!(
            part_days(DayBasis::Thirty360, d(2003, 1, 31), &points),
            vec![28, 32]
        );
        // Four pay-downs around the 31st would leave the last part at -1 day:
        // the parts then count from the period's start.
        let points = [
            d(2003, 7, 15),
            d(2003, 7, 31),
            d(2003, 8, 15),
            d(2003, 8, 31),
            d(2003, 9, 29),
            d(2003, 9, 30),
        ];
        let counts = part_days(DayBasis::Thirty360, d(2003, 6, 30), &points);
        assert_eq!(counts, vec![15, 15, 15, 15, 29, 1]);
        assert_eq!(counts.iter().sum::<i64>(), 90);
        assert_eq!(
            part_days(DayBasis::Act360, d(2003, 6, 30), &points),
            vec![15, 16, 15, 16, 29, 1]
        );
    }

    #[test]
    fn dates_are_quarter_ends_before_the_demand() {
        assert_eq!(
            interest_dates(d(2003, 3, 31), d(2003, 9, 30)),
            vec![d(2003, 3, 31), d(2003, 6, 30)]
        );
        assert!(interest_dates(d(2003, 3, 31), d(2003, 3, 31)).is_empty());
    }
}
