//! Day counts (`note.md`, Computation): Actual/360 (the note's), Actual/365, and
//! the 30/360 Bond Basis of the 2006 ISDA Definitions § 4.16(f); and the interest
//! on an amount for a number of days, one fraction rounded once.

use crate::money::power_of_ten;
use crate::{Date, Money, Overflow};
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayBasis {
    /// Actual days over a 360-day year: the note's own basis.
    Act360,
    /// Actual days over a 365-day year, to compare.
    Act365,
    /// 30/360 Bond Basis (ISDA 2006 § 4.16(f)), to compare.
    Thirty360,
}

impl DayBasis {
    /// The days of the year the day count is divided by.
    pub fn year_days(self) -> i64 {
        match self {
            DayBasis::Act365 => 365,
            DayBasis::Act360 | DayBasis::Thirty360 => 360,
        }
    }
}

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
    // Most periods have nothing overdue: no interest on it, nothing to divide.
    if amount.is_zero() {
        return Ok(Money::ZERO);
    }
    if let Some(interest) = interest_in_cents(amount, rate_pct, days, basis) {
        return interest;
    }
    let rate_days = rate_pct.checked_mul(Decimal::from(days)).ok_or(Overflow)?;
    Money::fraction(
        amount.amount(),
        rate_days,
        Decimal::from(100 * basis.year_days()),
    )
}

/// [`interest`] in integers: cents × rate mantissa × days over 10^scale × 100 ×
/// year days, where the product is one `Decimal` holds exactly (as the decimal
/// computation then is exact too). `None` leaves it to the decimals.
fn interest_in_cents(
    amount: Money,
    rate_pct: Decimal,
    days: i64,
    basis: DayBasis,
) -> Option<Result<Money, Overflow>> {
    const DECIMAL_MANTISSA_MAX: u128 = (1 << 96) - 1;
    let numerator = i128::from(amount.cents())
        .checked_mul(rate_pct.mantissa())?
        .checked_mul(i128::from(days))?;
    let scale = rate_pct.scale();
    if numerator.unsigned_abs() > DECIMAL_MANTISSA_MAX || scale + 2 > 28 {
        return None;
    }
    let denominator = power_of_ten(scale)?.checked_mul(i128::from(100 * basis.year_days()))?;
    Some(Money::cents_ratio(numerator, denominator))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn bond_basis_rules() {
        assert_eq!(thirty_360_days(d(2003, 1, 31), d(2003, 3, 31)), 60);
        assert_eq!(thirty_360_days(d(2003, 1, 30), d(2003, 3, 31)), 60);
        assert_eq!(thirty_360_days(d(2003, 1, 29), d(2003, 3, 31)), 62);
        assert_eq!(thirty_360_days(d(2003, 2, 28), d(2003, 3, 31)), 33);
        assert_eq!(thirty_360_days(d(2003, 12, 31), d(2004, 3, 31)), 90);
    }

    #[test]
    fn interest_is_one_fraction() {
        let amount = Money::round(Decimal::new(1_018_310, 2)).unwrap();
        assert_eq!(
            interest(amount, Decimal::new(475, 2), 59, DayBasis::Act360)
                .unwrap()
                .to_string(),
            "79.27"
        );
        assert_eq!(
            interest(amount, Decimal::new(475, 2), 31, DayBasis::Act360)
                .unwrap()
                .to_string(),
            "41.65"
        );
    }
}
