//! The oracle's money (the engine's before issue 12, unchanged): an amount of US dollars held to the cent, and the one place where the
//! model book's rounding rule is applied.
//!
//! Every amount is born by [`Money::round`] or [`Money::fraction`] (to the cent,
//! half away from zero) and then only added or subtracted, so totals are sums of
//! rounded lines. Arithmetic is checked: an amount beyond [`Money::LIMIT`] is an
//! [`Overflow`], never a panic.

use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt;

/// An arithmetic result that left the range the model allows (10^15 dollars) or
/// that `Decimal` cannot hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overflow;

const ONE_HUNDREDTH: Decimal = Decimal::from_parts(1, 0, 0, false, 2);

/// A dollar amount with exactly two decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

/// Rounds any decimal half away from zero to `dp` places: the model book's rule
/// for cents, and for whole minutes (`dp` = 0).
pub fn round_half_away(value: Decimal, dp: u32) -> Decimal {
    let rounded = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    if rounded.is_zero() {
        // `Decimal` can hold a negative zero; the model never shows "-0.00".
        Decimal::ZERO
    } else {
        rounded
    }
}

impl Money {
    /// Zero cents at scale 2, like every other amount: sums then never rescale.
    pub const ZERO: Money = Money(Decimal::from_parts(0, 0, 0, false, 2));
    /// No amount in any model may exceed this in absolute value (`links.md`).
    pub const LIMIT: Decimal = Decimal::from_parts(2_764_472_320, 232_830, 0, false, 0); // 10^15

    /// The one rounding point: `value` to the cent, half away from zero.
    pub fn round(value: Decimal) -> Result<Money, Overflow> {
        let mut cents = round_half_away(value, 2);
        cents.rescale(2);
        if Self::exceeds_limit(cents) {
            return Err(Overflow);
        }
        Ok(Money(cents))
    }

    /// Whether an amount is beyond [`Money::LIMIT`]. Whole cents (every `Money`,
    /// scale 2) compare by their mantissa: comparing decimals of different scales
    /// rescales them, which was a quarter of the engine's time.
    fn exceeds_limit(value: Decimal) -> bool {
        const LIMIT_CENTS: u128 = 100_000_000_000_000_000; // 10^15 × 100
        if value.scale() == 2 {
            value.mantissa().unsigned_abs() > LIMIT_CENTS
        } else {
            value.abs() > Self::LIMIT
        }
    }

    /// `round(a × b / c)` as one fraction, rounded once. `c` = 0 is an overflow:
    /// callers decide beforehand what a zero denominator means.
    pub fn fraction(a: Decimal, b: Decimal, c: Decimal) -> Result<Money, Overflow> {
        if c.is_zero() {
            return Err(Overflow);
        }
        let product = a.checked_mul(b).ok_or(Overflow)?;
        Money::round(product.checked_div(c).ok_or(Overflow)?)
    }

    /// An amount that is already whole cents (an input): rejected if finer.
    pub fn from_cents_exact(value: Decimal) -> Result<Money, Overflow> {
        let money = Money::round(value)?;
        if money.0 == value {
            Ok(money)
        } else {
            Err(Overflow)
        }
    }

    pub fn from_whole(dollars: i64) -> Money {
        let mut value = Decimal::from(dollars);
        value.rescale(2);
        Money(value)
    }

    pub fn amount(self) -> Decimal {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    pub fn checked_add(self, other: Money) -> Result<Money, Overflow> {
        // Sums and differences of cents are cents: only the limit needs checking.
        Money::within_limit(self.0.checked_add(other.0).ok_or(Overflow)?)
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, Overflow> {
        Money::within_limit(self.0.checked_sub(other.0).ok_or(Overflow)?)
    }

    /// `round(a × b)`: a per-minute line, a percentage of an amount.
    pub fn product(a: Decimal, b: Decimal) -> Result<Money, Overflow> {
        Money::round(a.checked_mul(b).ok_or(Overflow)?)
    }

    /// `round(pct % × a)`: exact, since dividing by 100 only moves the point.
    pub fn percent_of(pct: Decimal, a: Decimal) -> Result<Money, Overflow> {
        let product = pct.checked_mul(a).ok_or(Overflow)?;
        Money::round(product.checked_mul(ONE_HUNDREDTH).ok_or(Overflow)?)
    }

    fn within_limit(cents: Decimal) -> Result<Money, Overflow> {
        if Self::exceeds_limit(cents) {
            Err(Overflow)
        } else if cents.is_zero() {
            Ok(Money::ZERO)
        } else {
            Ok(Money(cents))
        }
    }

    /// `self × n` for a whole count `n`.
    pub fn times(self, n: u32) -> Result<Money, Overflow> {
        Money::round(self.0.checked_mul(Decimal::from(n)).ok_or(Overflow)?)
    }

    pub fn negate(self) -> Money {
        if self.0.is_zero() {
            self
        } else {
            Money(-self.0)
        }
    }

    pub fn max(self, other: Money) -> Money {
        if self >= other {
            self
        } else {
            other
        }
    }

    pub fn min(self, other: Money) -> Money {
        if self <= other {
            self
        } else {
            other
        }
    }

    /// The sum of amounts, checked.
    pub fn sum<I: IntoIterator<Item = Money>>(items: I) -> Result<Money, Overflow> {
        items
            .into_iter()
            .try_fold(Money::ZERO, |total, item| total.checked_add(item))
    }

    /// For charts only: never feed the result back into money arithmetic.
    pub fn to_f64_lossy(self) -> f64 {
        use rust_decimal::prelude::ToPrimitive;
        self.0.to_f64().unwrap_or(0.0)
    }
}

impl fmt::Display for Money {
    /// `75200.00`, `-12.50`: two decimals, no separators, never `-0.00` (the
    /// output's form). The alternate form `{:#}` groups thousands for sentences
    /// people read: `75,200.00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut cents = if self.0.is_zero() {
            Decimal::ZERO
        } else {
            self.0
        };
        cents.rescale(2);
        if !f.alternate() {
            return write!(f, "{cents}");
        }
        let text = cents.abs().to_string();
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, "00"));
        let mut grouped = String::new();
        for (index, digit) in whole.chars().enumerate() {
            if index > 0 && (whole.len() - index) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        let sign = if cents.is_sign_negative() && !cents.is_zero() {
            "-"
        } else {
            ""
        };
        write!(f, "{sign}{grouped}.{fraction}")
    }
}
