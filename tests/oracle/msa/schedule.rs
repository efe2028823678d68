//! The Service Term and the invoices of its billing periods (`msa.md`, "Months and
//! terms", "Billing schedule"): calendar months or quarters, or service years from
//! the Acceptance Date; partial periods pro rata by days (cl. 4); invoices in
//! advance on each period's first day, the NRC on the first (cl. 6(g)).

use super::MsaError;
use super::MsaInputs;
use crate::oracle::money::Money;
use dealmodel::engine::msa::Billing;
use dealmodel::engine::Date;
use rust_decimal::Decimal;

/// Days within which a dispute must reach the Provider (cl. 6(d)).
pub const DISPUTE_DAYS: i64 = 10;

/// The Service Term and its Commitment Period (cl. 3), as scheduled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// The Acceptance Date A.
    pub start: Date,
    /// The last day of the period of `termm` + 12 × `ext` months from A.
    pub end: Date,
    /// The last day of the first 12 months from A.
    pub commitment_end: Date,
    pub months: u32,
}

/// The Service Term of the inputs.
pub fn term(inputs: &MsaInputs) -> Result<Term, MsaError> {
    let start = inputs.acceptance().ok_or(MsaError::DateOutOfRange)?;
    let months = inputs.total_months();
    let months_i32 = i32::try_from(months).map_err(|_| MsaError::DateOutOfRange)?;
    let end = start
        .period_end(months_i32)
        .ok_or(MsaError::DateOutOfRange)?;
    let commitment_end = start.period_end(12).ok_or(MsaError::DateOutOfRange)?;
    Ok(Term {
        start,
        end,
        commitment_end,
        months,
    })
}

/// One billing period and the invoice issued on its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invoice {
    /// 1 = the first.
    pub number: u32,
    /// The invoice date: the period's first day (A for the first).
    pub date: Date,
    /// The days billed: the full period cut at A and at the term's end.
    pub period_start: Date,
    pub period_end: Date,
    /// The whole calendar month, quarter or service year the period belongs to.
    pub full_start: Date,
    pub full_end: Date,
    /// MRC × the months of a full period.
    pub full_charge: Money,
    /// Days billed and days of the full period (inclusive counts).
    pub days_served: i64,
    pub days_in_full: i64,
    /// round(full charge × days served / days in full), or the full charge.
    pub recurring: Money,
    /// The NRC on the first invoice, 0.00 on the others.
    pub nrc: Money,
    pub amount: Money,
    /// The invoice date + `due` days (cl. 6(b)).
    pub due: Date,
    /// The invoice date + 10 days (cl. 6(d)).
    pub dispute_by: Date,
}

/// Days from `first` to `last`, both counted.
pub fn days_inclusive(first: Date, last: Date) -> i64 {
    first.days_until(last) + 1
}

/// The charge for `days` of a period of `full_days` whose full charge is `full`:
/// the full charge when whole, else round(full × days / full days), one fraction.
pub fn pro_rata(full: Money, days: i64, full_days: i64) -> Result<Money, MsaError> {
    if days >= full_days {
        return Ok(full);
    }
    if days <= 0 {
        return Ok(Money::ZERO);
    }
    Ok(Money::fraction(
        full.amount(),
        Decimal::from(days),
        Decimal::from(full_days),
    )?)
}

/// The whole billing period that contains `day`: a calendar month or quarter, or
/// the service year (counted from `start`) with the given index.
fn full_period(
    billing: Billing,
    start: Date,
    day: Date,
    year_index: i32,
) -> Result<(Date, Date), MsaError> {
    match billing {
        Billing::Monthly => Ok((day.month_start(), day.month_end())),
        Billing::Quarterly => Ok((day.quarter_start(), day.quarter_end())),
        Billing::Annually => service_year(start, year_index),
    }
}

/// Service year k + 1 (k = `index` ≥ 0) from A: from the day after the period
/// of 12k months from A ends, to where the period of 12(k + 1) months ends.
pub fn service_year(start: Date, index: i32) -> Result<(Date, Date), MsaError> {
    let first = if index == 0 {
        start
    } else {
        let months = index.checked_mul(12).ok_or(MsaError::DateOutOfRange)?;
        start
            .period_end(months)
            .and_then(|end| end.plus_days(1))
            .ok_or(MsaError::DateOutOfRange)?
    };
    let months = index
        .checked_add(1)
        .and_then(|k| k.checked_mul(12))
        .ok_or(MsaError::DateOutOfRange)?;
    let last = start.period_end(months).ok_or(MsaError::DateOutOfRange)?;
    Ok((first, last))
}

/// Every invoice of the Service Term, in date order.
pub fn invoices(inputs: &MsaInputs, term: &Term) -> Result<Vec<Invoice>, MsaError> {
    let full_charge = inputs.mrc.times(inputs.billing.months())?;
    let mut invoices = Vec::new();
    let mut day = term.start;
    let mut index: i32 = 0;
    while day <= term.end {
        let (full_start, full_end) = full_period(inputs.billing, term.start, day, index)?;
        let period_end = full_end.min(term.end);
        let days_served = days_inclusive(day, period_end);
        let days_in_full = days_inclusive(full_start, full_end);
        let recurring = pro_rata(full_charge, days_served, days_in_full)?;
        let number = u32::try_from(index)
            .map_err(|_| MsaError::DateOutOfRange)?
            .saturating_add(1);
        let nrc = if number == 1 { inputs.nrc } else { Money::ZERO };
        invoices.push(Invoice {
            number,
            date: day,
            period_start: day,
            period_end,
            full_start,
            full_end,
            full_charge,
            days_served,
            days_in_full,
            recurring,
            nrc,
            amount: recurring.checked_add(nrc)?,
            due: day
                .plus_days(i64::from(inputs.due_days))
                .ok_or(MsaError::DateOutOfRange)?,
            dispute_by: day
                .plus_days(DISPUTE_DAYS)
                .ok_or(MsaError::DateOutOfRange)?,
        });
        day = period_end.plus_days(1).ok_or(MsaError::DateOutOfRange)?;
        index = index.checked_add(1).ok_or(MsaError::DateOutOfRange)?;
    }
    Ok(invoices)
}

/// The invoices shown: all of them, or with a `stop` those dated on or before it.
pub fn shown(invoices: &[Invoice], stop: Option<Date>) -> &[Invoice] {
    match stop {
        Some(stop) => {
            let count = invoices
                .iter()
                .take_while(|invoice| invoice.date <= stop)
                .count();
            &invoices[..count]
        }
        None => invoices,
    }
}
