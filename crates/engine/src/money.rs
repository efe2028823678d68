//! Money: an amount of US dollars held to the cent, and the one place where the
//! model book's rounding rule is applied.
//!
//! Every amount is born by [`Money::round`] or [`Money::fraction`] (to the cent,
//! half away from zero) and then only added or subtracted, so totals are sums of
//! rounded lines. Arithmetic is checked: an amount beyond [`Money::LIMIT`] is an
//! [`Overflow`], never a panic.
//!
//! An amount is a whole number of cents in an `i64` (the limit, 10^17 cents, is
//! far inside its 9.2 × 10^18), so sums are integer additions. The factors an
//! amount is born from (rates, percentages, minutes, other amounts) arrive as
//! `Decimal`s, exactly as the user wrote them; each is read as its integer
//! mantissa and power of ten, multiplied in `i128` and divided once by
//! [`rounded_quotient`], the one rounding function. Where the integers would not
//! hold the product, the `Decimal` arithmetic the engine always used takes over,
//! so every result is the one it was.

use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt;

/// An arithmetic result that left the range the model allows (10^15 dollars) or
/// that `Decimal` cannot hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overflow;

/// No amount may exceed 10^15 dollars: 10^17 cents.
const LIMIT_CENTS: i64 = 100_000_000_000_000_000;

/// The largest mantissa `Decimal` holds (2^96 − 1). A product of mantissas at most
/// this is exact in `Decimal` too, which is when the integer path may stand in.
const DECIMAL_MANTISSA_MAX: u128 = (1 << 96) - 1;

/// `Decimal`'s largest scale.
const DECIMAL_SCALE_MAX: u32 = 28;

/// A dollar amount with exactly two decimals, held as whole cents.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(i64);

impl fmt::Debug for Money {
    /// `Money(75200.00)`: in dollars, as when the amount was a `Decimal`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Money").field(&self.amount()).finish()
    }
}

/// Rounds any decimal half away from zero to `dp` places: the model book's rule
/// for whole minutes (`dp` = 0) and for explanations, which work in `Decimal`.
pub fn round_half_away(value: Decimal, dp: u32) -> Decimal {
    let rounded = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    if rounded.is_zero() {
        // `Decimal` can hold a negative zero; the model never shows "-0.00".
        Decimal::ZERO
    } else {
        rounded
    }
}

/// 10^0 … 10^38: every power of ten an `i128` holds, looked up rather than
/// raised on every rounding.
const POWERS_OF_TEN: [i128; 39] = {
    let mut powers = [1_i128; 39];
    let mut exponent = 1;
    while exponent < powers.len() {
        powers[exponent] = powers[exponent - 1] * 10;
        exponent += 1;
    }
    powers
};

/// 10^exponent, if an `i128` holds it.
pub fn power_of_ten(exponent: u32) -> Option<i128> {
    POWERS_OF_TEN.get(exponent as usize).copied()
}

/// numerator / denominator rounded to a whole number, half away from zero: the
/// model book's rounding rule on exact integers, the one place it is applied to
/// amounts. `None` for a zero denominator or a quotient beyond `i128`.
pub fn rounded_quotient(numerator: i128, denominator: i128) -> Option<i128> {
    if denominator == 0 {
        return None;
    }
    let negative = (numerator < 0) != (denominator < 0);
    let (dividend, divisor) = (numerator.unsigned_abs(), denominator.unsigned_abs());
    // Most quotients of the model fit in 64 bits, whose division is several times
    // faster than the 128-bit one.
    let magnitude = match (u64::try_from(dividend), u64::try_from(divisor)) {
        (Ok(dividend), Ok(divisor)) => {
            let (quotient, remainder) = (dividend / divisor, dividend % divisor);
            u128::from(quotient) + u128::from(remainder >= divisor - remainder)
        }
        _ => {
            let (quotient, remainder) = (dividend / divisor, dividend % divisor);
            quotient + u128::from(remainder >= divisor - remainder)
        }
    };
    let magnitude = i128::try_from(magnitude).ok()?;
    Some(if negative { -magnitude } else { magnitude })
}

/// mantissa / 10^scale in cents, rounded: the value of an exact decimal.
fn cents_of_scaled(mantissa: i128, scale: u32) -> Option<i128> {
    if scale <= 2 {
        mantissa.checked_mul(power_of_ten(2 - scale)?)
    } else {
        rounded_quotient(mantissa, power_of_ten(scale - 2)?)
    }
}

/// The product of two decimals' mantissas and its scale, where `Decimal` holds
/// it exactly (and so the integers agree with it).
fn exact_product(a: Decimal, b: Decimal) -> Option<(i128, u32)> {
    let mantissa = a.mantissa().checked_mul(b.mantissa())?;
    let scale = a.scale() + b.scale();
    (mantissa.unsigned_abs() <= DECIMAL_MANTISSA_MAX && scale <= DECIMAL_SCALE_MAX)
        .then_some((mantissa, scale))
}

impl Money {
    /// Zero cents.
    pub const ZERO: Money = Money(0);
    /// No amount in any model may exceed this in absolute value (`links.md`).
    pub const LIMIT: Decimal = Decimal::from_parts(2_764_472_320, 232_830, 0, false, 0); // 10^15

    /// An amount of whole cents, refused beyond [`Money::LIMIT`].
    pub fn from_cents(cents: i128) -> Result<Money, Overflow> {
        if cents.unsigned_abs() > u128::from(LIMIT_CENTS.unsigned_abs()) {
            return Err(Overflow);
        }
        i64::try_from(cents).map(Money).map_err(|_| Overflow)
    }

    /// The amount in whole cents.
    pub fn cents(self) -> i64 {
        self.0
    }

    /// The one rounding point: `value` to the cent, half away from zero.
    pub fn round(value: Decimal) -> Result<Money, Overflow> {
        Money::from_cents(cents_of_scaled(value.mantissa(), value.scale()).ok_or(Overflow)?)
    }

    /// round(numerator / denominator) for amounts already in cents: the rounding
    /// rule on the integers of the fast paths.
    pub fn cents_ratio(numerator: i128, denominator: i128) -> Result<Money, Overflow> {
        Money::from_cents(rounded_quotient(numerator, denominator).ok_or(Overflow)?)
    }

    /// `round(a × b / c)` as one fraction, rounded once. `c` = 0 is an overflow:
    /// callers decide beforehand what a zero denominator means.
    pub fn fraction(a: Decimal, b: Decimal, c: Decimal) -> Result<Money, Overflow> {
        if c.is_zero() {
            return Err(Overflow);
        }
        if let Some(money) = Money::exact_fraction(a, b, c) {
            return money;
        }
        let product = a.checked_mul(b).ok_or(Overflow)?;
        Money::round(product.checked_div(c).ok_or(Overflow)?)
    }

    /// `fraction` in integers: a × b / c = (a_m × b_m × 10^(2 + c_s)) / (c_m ×
    /// 10^(a_s + b_s)) cents, one division. `None` where the integers do not
    /// hold it (the `Decimal` path then decides).
    fn exact_fraction(a: Decimal, b: Decimal, c: Decimal) -> Option<Result<Money, Overflow>> {
        let (product, product_scale) = exact_product(a, b)?;
        let cents_scale = c.scale() + 2;
        let (numerator, denominator) = if cents_scale >= product_scale {
            (
                product.checked_mul(power_of_ten(cents_scale - product_scale)?)?,
                c.mantissa(),
            )
        } else {
            (
                product,
                c.mantissa()
                    .checked_mul(power_of_ten(product_scale - cents_scale)?)?,
            )
        };
        Some(Money::from_cents(rounded_quotient(numerator, denominator)?))
    }

    /// An amount that is already whole cents (an input): rejected if finer.
    pub fn from_cents_exact(value: Decimal) -> Result<Money, Overflow> {
        let money = Money::round(value)?;
        if money.amount() == value {
            Ok(money)
        } else {
            Err(Overflow)
        }
    }

    pub fn from_whole(dollars: i64) -> Money {
        // Whole dollars of the model's constants: saturating keeps this total.
        Money(dollars.saturating_mul(100))
    }

    /// The amount as a decimal of scale 2.
    pub fn amount(self) -> Decimal {
        Decimal::new(self.0, 2)
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub fn checked_add(self, other: Money) -> Result<Money, Overflow> {
        // Both within 10^17 cents: the sum cannot overflow an i64, only the limit.
        Money::within_limit(self.0 + other.0)
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, Overflow> {
        Money::within_limit(self.0 - other.0)
    }

    fn within_limit(cents: i64) -> Result<Money, Overflow> {
        if cents.unsigned_abs() > LIMIT_CENTS.unsigned_abs() {
            Err(Overflow)
        } else {
            Ok(Money(cents))
        }
    }

    /// `round(a × b)`: a per-minute line, a percentage of an amount.
    pub fn product(a: Decimal, b: Decimal) -> Result<Money, Overflow> {
        match exact_product(a, b) {
            Some((mantissa, scale)) => {
                Money::from_cents(cents_of_scaled(mantissa, scale).ok_or(Overflow)?)
            }
            None => Money::round(a.checked_mul(b).ok_or(Overflow)?),
        }
    }

    /// `round(pct % × a)`: exact, since dividing by 100 only moves the point.
    pub fn percent_of(pct: Decimal, a: Decimal) -> Result<Money, Overflow> {
        match exact_product(pct, a) {
            Some((mantissa, scale)) if scale + 2 <= DECIMAL_SCALE_MAX => {
                Money::from_cents(cents_of_scaled(mantissa, scale + 2).ok_or(Overflow)?)
            }
            _ => {
                let product = pct.checked_mul(a).ok_or(Overflow)?;
                let hundredth = Decimal::new(1, 2);
                Money::round(product.checked_mul(hundredth).ok_or(Overflow)?)
            }
        }
    }

    /// `self × n` for a whole count `n`.
    pub fn times(self, n: u32) -> Result<Money, Overflow> {
        Money::from_cents(i128::from(self.0) * i128::from(n))
    }

    pub fn negate(self) -> Money {
        // Within the limit, so never i64::MIN.
        Money(-self.0)
    }

    pub fn max(self, other: Money) -> Money {
        Ord::max(self, other)
    }

    pub fn min(self, other: Money) -> Money {
        Ord::min(self, other)
    }

    /// The sum of amounts, checked.
    pub fn sum<I: IntoIterator<Item = Money>>(items: I) -> Result<Money, Overflow> {
        items
            .into_iter()
            .try_fold(Money::ZERO, |total, item| total.checked_add(item))
    }

    /// For charts and the IRR only: never feed the result back into money
    /// arithmetic. The same `f64` as `Decimal::to_f64` of the amount (its
    /// whole dollars plus cents / 100, then rounded at two decimals), so the
    /// IRR's bisection takes the same steps it always took.
    pub fn to_f64_lossy(self) -> f64 {
        let magnitude = self.0.unsigned_abs();
        let (whole, cents) = (magnitude / 100, magnitude % 100);
        let whole = whole as f64;
        let value = if cents == 0 {
            whole
        } else {
            ((whole + cents as f64 / 100.0) * 100.0).round() / 100.0
        };
        if self.0 < 0 {
            -value
        } else {
            value
        }
    }
}

impl fmt::Display for Money {
    /// `75200.00`, `-12.50`: two decimals, no separators, never `-0.00` (the
    /// output's form). The alternate form `{:#}` groups thousands for sentences
    /// people read: `75,200.00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let magnitude = self.0.unsigned_abs();
        let whole = (magnitude / 100).to_string();
        let cents = magnitude % 100;
        let sign = if self.0 < 0 { "-" } else { "" };
        if !f.alternate() {
            return write!(f, "{sign}{whole}.{cents:02}");
        }
        let mut grouped = String::new();
        for (index, digit) in whole.chars().enumerate() {
            if index > 0 && (whole.len() - index) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        write!(f, "{sign}{grouped}.{cents:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn the_limit_is_the_same_at_every_scale() {
        let limit = Money::round(d("1000000000000000")).unwrap();
        assert_eq!(limit.to_string(), "1000000000000000.00");
        assert!(Money::round(d("1000000000000000.01")).is_err());
        assert!(Money::round(d("-1000000000000000.01")).is_err());
        assert!(limit.checked_add(Money::round(d("0.01")).unwrap()).is_err());
        assert!(limit
            .negate()
            .checked_sub(Money::round(d("0.01")).unwrap())
            .is_err());
        // The limit applies to the rounded cents.
        assert!(Money::round(d("1000000000000000.004")).is_ok());
        assert!(Money::round(d("1000000000000000.005")).is_err());
    }

    #[test]
    fn debug_shows_dollars() {
        assert_eq!(format!("{:?}", Money::from_whole(5)), "Money(5.00)");
        assert_eq!(
            format!("{:?}", Money::round(d("-0.5")).unwrap()),
            "Money(-0.50)"
        );
    }

    #[test]
    fn the_alternate_form_groups_thousands() {
        let m = |s: &str| Money::round(d(s)).unwrap();
        assert_eq!(format!("{:#}", m("122500")), "122,500.00");
        assert_eq!(format!("{:#}", m("-1234567.5")), "-1,234,567.50");
        assert_eq!(format!("{:#}", m("999.99")), "999.99");
        assert_eq!(format!("{:#}", m("-0.001")), "0.00");
        assert_eq!(format!("{}", m("122500")), "122500.00");
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn limit_is_ten_to_the_fifteenth() {
        assert_eq!(Money::LIMIT, d("1000000000000000"));
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(Money::round(d("2968.485")).unwrap().to_string(), "2968.49");
        assert_eq!(
            Money::round(d("-2968.485")).unwrap().to_string(),
            "-2968.49"
        );
        assert_eq!(Money::round(d("0.004")).unwrap().to_string(), "0.00");
        assert_eq!(Money::round(d("-0.004")).unwrap().to_string(), "0.00");
        assert_eq!(Money::from_whole(75200).to_string(), "75200.00");
    }

    #[test]
    fn fraction_is_rounded_once() {
        // 75,201.62 × 15,000 / 380,000 = 2,968.485 exactly; 4/19 first would give 2,968.48.
        let tie = Money::fraction(d("75201.62"), d("15000"), d("380000")).unwrap();
        assert_eq!(tie.to_string(), "2968.49");
        assert_eq!(
            Money::fraction(d("1"), d("1"), Decimal::ZERO),
            Err(Overflow)
        );
    }

    #[test]
    fn beyond_the_limit_is_an_overflow() {
        assert_eq!(Money::round(d("1000000000000000.01")), Err(Overflow));
        assert!(Money::round(d("1000000000000000")).is_ok());
        let big = Money::round(d("900000000000000")).unwrap();
        assert_eq!(big.checked_add(big), Err(Overflow));
    }
}
