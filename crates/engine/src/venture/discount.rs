//! Present values in binary fixed point: THIL's NPV without 28-digit decimal
//! multiplications.
//!
//! The model book's NPV is round(Σ_t cash_t / (1 + disc/12)^t), the discounted
//! terms unrounded and the sum rounded once. No finite decimal holds those terms,
//! so any computation of them is an approximation; the `Decimal` one the engine
//! used carries about 28 significant digits and loses a few in each of the ~120
//! multiplications of the discount chain. Here the monthly discount factor and
//! its powers are held as fractions of 2^127 (38 digits), each step truncated,
//! and each term cents × factor is added exactly in 192 bits, so the sum is
//! off the exact one by less than 10^-30 of the amounts: the cent it rounds to is
//! the one the `Decimal` computation gave in every case but a sum within about
//! 10^-26 of the amounts of a half cent (the differential test compares them).
//! Where the factors would not fit (a negative discount rate, or one written
//! with more than 9 decimals), [`present_value`] answers `None` and the caller
//! keeps the decimal computation.

use crate::Money;
use rust_decimal::Decimal;

/// The fixed point: a factor f is held as f × 2^127.
const ONE_SHIFT: u32 = 127;
const ONE: u128 = 1 << ONE_SHIFT;
const LOW_64: u128 = u64::MAX as u128;

/// The high 128 bits of the 256-bit product a × b, shifted right by 127: the
/// fixed-point product of two factors (truncated).
fn fixed_product(a: u128, b: u128) -> u128 {
    let (a1, a0) = (a >> 64, a & LOW_64);
    let (b1, b0) = (b >> 64, b & LOW_64);
    // Each partial product of two 64-bit halves fits in 128 bits.
    let low = a0 * b0;
    let cross_a = a1 * b0;
    let cross_b = a0 * b1;
    let high = a1 * b1;
    // Add the middle terms in 64-bit pieces so no carry is lost.
    let middle = (low >> 64) + (cross_a & LOW_64) + (cross_b & LOW_64);
    let low_word = (low & LOW_64) | ((middle & LOW_64) << 64);
    let high_word = high + (cross_a >> 64) + (cross_b >> 64) + (middle >> 64);
    (high_word << (128 - ONE_SHIFT)) | (low_word >> ONE_SHIFT)
}

/// 1 / (1 + pct / 1200) as a fraction of 2^127, if 0 ≤ pct and it is exact
/// enough to hold: pct = m / 10^s with s ≤ 9 gives the ratio P / Q with
/// P = 1200 × 10^s and Q = P + m, both below 2^64.
fn monthly_discount(discount_pct: Decimal) -> Option<u128> {
    if discount_pct.is_sign_negative() && !discount_pct.is_zero() {
        return None;
    }
    let scale = discount_pct.scale();
    if scale > 9 {
        return None;
    }
    let p = 1200_u128.checked_mul(10_u128.checked_pow(scale)?)?;
    let q = p.checked_add(discount_pct.mantissa().unsigned_abs())?;
    if q > LOW_64 {
        return None;
    }
    // round(2^127 × P / Q) without 2^127 × P: the whole quotient times P plus the
    // remainder's share, each below 2^128 since P ≤ Q < 2^64.
    let (whole, remainder) = (ONE / q, ONE % q);
    let spread = remainder * p;
    whole
        .checked_mul(p)?
        .checked_add(spread / q + u128::from(spread % q >= q - spread % q))
}

/// round(Σ_t cash_t × discount^t) to the cent, half away from zero, or `None`
/// where the fixed point cannot hold it (see the module's note).
pub fn present_value(cash: &[Money], discount_pct: Decimal) -> Option<Money> {
    let discount = monthly_discount(discount_pct)?;
    // The sum in units of 2^-127 cents is high × 2^64 + low, low kept in [0, 2^64).
    let (mut high, mut low) = (0_i128, 0_i128);
    let mut factor = ONE;
    for (t, amount) in cash.iter().enumerate() {
        if t > 0 {
            factor = fixed_product(factor, discount);
        }
        let cents = i128::from(amount.cents());
        let factor_high = i128::try_from(factor >> 64).ok()?;
        let factor_low = i128::try_from(factor & LOW_64).ok()?;
        low = low.checked_add(cents.checked_mul(factor_low)?)?;
        let carry = low >> 64;
        low -= carry << 64;
        high = high
            .checked_add(carry)?
            .checked_add(cents.checked_mul(factor_high)?)?;
    }
    // Whole cents: high / 2^63 (floored); the rest, a fraction of 2^127 cents.
    let whole = high >> (ONE_SHIFT - 64);
    let rest = ((high & ((1 << (ONE_SHIFT - 64)) - 1)) << 64) | low;
    let half = 1_i128 << (ONE_SHIFT - 1);
    // Half away from zero: a positive sum rounds up at the half, a negative one
    // (floored) only above it.
    let up = if whole >= 0 {
        rest >= half
    } else {
        rest > half
    };
    Money::from_cents(whole + i128::from(up)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn cents(values: &[i64]) -> Vec<Money> {
        values
            .iter()
            .map(|&c| Money::from_cents(i128::from(c)).unwrap())
            .collect()
    }

    #[test]
    fn a_zero_rate_sums_the_cents_exactly() {
        let cash = cents(&[-8_000_000, 1, 2, 3, 100_000_000_000_000_000]);
        let npv = present_value(&cash, Decimal::ZERO).unwrap();
        assert_eq!(npv.cents(), 100_000_000_000_000_000 - 8_000_000 + 6);
    }

    #[test]
    fn an_exact_half_cent_rounds_away_from_zero() {
        // 1200 % a year is 100 % a month: a discount of exactly 1/2.
        let rate = Decimal::from(1200);
        assert_eq!(present_value(&cents(&[0, 1]), rate).unwrap().cents(), 1);
        assert_eq!(present_value(&cents(&[0, -1]), rate).unwrap().cents(), -1);
        assert_eq!(present_value(&cents(&[0, 0, 2]), rate).unwrap().cents(), 1);
        assert_eq!(
            present_value(&cents(&[0, 0, -3]), rate).unwrap().cents(),
            -1
        );
    }

    #[test]
    fn twelve_percent_discounts_a_dollar_a_year_out() {
        // 100 / 1.01^12 = 88.744922...
        let mut cash = cents(&[0; 13]);
        cash[12] = Money::from_whole(100);
        let rate = Decimal::from_str("12").unwrap();
        assert_eq!(present_value(&cash, rate).unwrap().to_string(), "88.74");
    }

    #[test]
    fn rates_it_cannot_hold_are_left_to_decimals() {
        let cash = cents(&[1]);
        assert!(present_value(&cash, Decimal::from(-1)).is_none());
        assert!(present_value(&cash, Decimal::from_str("0.0000000001").unwrap()).is_none());
    }
}
