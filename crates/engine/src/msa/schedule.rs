//! The Service Term and the invoices of its billing periods (`msa.md`, "Months and
//! terms", "Billing schedule"): calendar months or quarters, or service years from
//! the Acceptance Date; partial periods pro rata by days (cl. 4); invoices in
//! advance on each period's first day, the NRC on the first (cl. 6(g)).

use super::inputs::{Billing, MsaInputs};
use super::MsaError;
use crate::{Date, Money};
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

/// One billing period and its recurring charge: an invoice without what only the
/// invoice needs (the NRC, the due and dispute dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub number: u32,
    /// The days billed (the first is the invoice date).
    pub start: Date,
    pub end: Date,
    pub full_start: Date,
    pub full_end: Date,
    pub full_charge: Money,
    pub days_served: i64,
    pub days_in_full: i64,
    pub recurring: Money,
}

/// Every billing period of the Service Term, in date order.
pub fn periods(inputs: &MsaInputs, term: &Term) -> Result<Vec<Period>, MsaError> {
    let full_charge = inputs.mrc.times(inputs.billing.months())?;
    // Room for every period from the start (a month is at least 28 days): the
    // curve over every stop date builds them each time.
    let months = term.start.days_until(term.end) / 28 + 1;
    let room = months / i64::from(inputs.billing.months().max(1)) + 2;
    let mut periods = Vec::with_capacity(usize::try_from(room).unwrap_or(0));
    let mut day = term.start;
    let mut index: i32 = 0;
    while day <= term.end {
        let (full_start, full_end) = full_period(inputs.billing, term.start, day, index)?;
        let period_end = full_end.min(term.end);
        let days_served = days_inclusive(day, period_end);
        let days_in_full = days_inclusive(full_start, full_end);
        periods.push(Period {
            number: u32::try_from(index)
                .map_err(|_| MsaError::DateOutOfRange)?
                .saturating_add(1),
            start: day,
            end: period_end,
            full_start,
            full_end,
            full_charge,
            days_served,
            days_in_full,
            recurring: pro_rata(full_charge, days_served, days_in_full)?,
        });
        day = period_end.next_day().ok_or(MsaError::DateOutOfRange)?;
        index = index.checked_add(1).ok_or(MsaError::DateOutOfRange)?;
    }
    Ok(periods)
}

/// Every invoice of the Service Term, in date order.
pub fn invoices(inputs: &MsaInputs, term: &Term) -> Result<Vec<Invoice>, MsaError> {
    periods(inputs, term)?
        .into_iter()
        .map(|period| {
            let day = period.start;
            let nrc = if period.number == 1 {
                inputs.nrc
            } else {
                Money::ZERO
            };
            Ok(Invoice {
                number: period.number,
                date: day,
                period_start: day,
                period_end: period.end,
                full_start: period.full_start,
                full_end: period.full_end,
                full_charge: period.full_charge,
                days_served: period.days_served,
                days_in_full: period.days_in_full,
                recurring: period.recurring,
                nrc,
                amount: period.recurring.checked_add(nrc)?,
                due: day
                    .plus_days(i64::from(inputs.due_days))
                    .ok_or(MsaError::DateOutOfRange)?,
                dispute_by: day
                    .plus_days(DISPUTE_DAYS)
                    .ok_or(MsaError::DateOutOfRange)?,
            })
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        let parts: Vec<u32> = text.split('-').map(|p| p.parse().unwrap()).collect();
        Date::new(parts[0] as i32, parts[1], parts[2]).unwrap()
    }

    #[test]
    fn service_years_count_from_the_acceptance_date() {
        assert_eq!(
            service_year(d("2003-06-16"), 0).unwrap(),
            (d("2003-06-16"), d("2004-06-15"))
        );
        assert_eq!(
            service_year(d("2003-06-16"), 1).unwrap(),
            (d("2004-06-16"), d("2005-06-15"))
        );
        // From the 31st: never chained, always counted from A.
        assert_eq!(
            service_year(d("2003-01-31"), 1).unwrap(),
            (d("2004-01-31"), d("2005-01-30"))
        );
        assert_eq!(
            service_year(d("2004-02-29"), 1).unwrap(),
            (d("2005-03-01"), d("2006-02-28"))
        );
        assert_eq!(
            service_year(d("2004-02-29"), 4).unwrap(),
            (d("2008-02-29"), d("2009-02-28"))
        );
    }

    #[test]
    fn pro_rata_is_one_fraction_and_whole_periods_are_charged_in_full() {
        let full = Money::from_whole(10_000);
        assert_eq!(pro_rata(full, 1, 31).unwrap().to_string(), "322.58");
        assert_eq!(pro_rata(full, 31, 31).unwrap(), full);
        assert_eq!(pro_rata(full, 0, 31).unwrap(), Money::ZERO);
        // 10,000 × 1 / 8 = 1,250.00 exactly; 0.05 × 1 / 2 = 0.025 rounds away from zero.
        assert_eq!(pro_rata(full, 1, 8).unwrap().to_string(), "1250.00");
        assert_eq!(
            pro_rata(
                Money::round(rust_decimal::Decimal::new(5, 2)).unwrap(),
                1,
                2
            )
            .unwrap()
            .to_string(),
            "0.03"
        );
        assert_eq!(days_inclusive(d("2004-02-01"), d("2004-02-29")), 29);
    }
}
