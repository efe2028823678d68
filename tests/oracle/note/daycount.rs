//! Day counts (`note.md`, Computation): Actual/360 (the note's), Actual/365, and
//! the 30/360 Bond Basis of the 2006 ISDA Definitions § 4.16(f); and the interest
//! on an amount for a number of days, one fraction rounded once.

use crate::oracle::money::{Money, Overflow};
use dealmodel::engine::Date;
use rust_decimal::Decimal;

pub use dealmodel::engine::note::DayBasis;

/// 30/360 Bond Basis days from `from` to `to`: D1 = 31 becomes 30; D2 = 31
/// becomes 30 when D1 (after that) is 30. February's end is not adjusted.
pub fn thirty_360_days(from: Date, to: Date) -> i64 {
    let d1 = if from.day() == 31 { 30 } else { from.day() };
    let d2 = if to.day() == 31 && d1 == 30 {
        30
    } else {
        to.day()
    };
    360 * i64::from(to.year() - from.year())
        + 30 * (i64::from(to.month()) - i64::from(from.month()))
        + i64::from(d2)
        - i64::from(d1)
}

/// The basis's day count for the days after `from` up to and including `to`.
pub fn days(basis: DayBasis, from: Date, to: Date) -> i64 {
    match basis {
        DayBasis::Act360 | DayBasis::Act365 => from.days_until(to),
        DayBasis::Thirty360 => thirty_360_days(from, to),
    }
}

/// round(amount × rate % × days / year days), as one fraction, to the cent.
pub fn interest(
    amount: Money,
    rate_pct: Decimal,
    days: i64,
    basis: DayBasis,
) -> Result<Money, Overflow> {
    let rate_days = rate_pct.checked_mul(Decimal::from(days)).ok_or(Overflow)?;
    Money::fraction(
        amount.amount(),
        rate_days,
        Decimal::from(100 * basis.year_days()),
    )
}
