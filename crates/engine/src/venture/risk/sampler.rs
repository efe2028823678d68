//! The risk view's sampling, fixed by the model book so that a link gives the
//! same figures in every version: SplitMix64 from the seed, and each
//! distribution's value drawn as a whole number of steps on its input's grid.
//!
//! `uniform` is exact integer arithmetic; `tri` uses the inverse CDF in `f64`,
//! in exactly the model book's order of operations. That is the only `f64` in
//! sampling: it picks a grid value, never an amount of money.

/// The generator SplitMix64 (Steele, Lea, Flood 2014), as the model book
/// states it: all arithmetic wrapping on `u64`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// lo + ⌊r × n / 2^64⌋ with n = hi − lo + 1: every step from lo to hi equally
/// likely (to within 2^-64), in exact `u128` arithmetic. Expects lo ≤ hi.
pub fn uniform(r: u64, lo: i64, hi: i64) -> i64 {
    let n = (i128::from(hi) - i128::from(lo) + 1).max(1) as u128;
    // r < 2^64 and n ≤ 2^64, so the product fits in u128; the offset is below n.
    let offset = (u128::from(r) * n) >> 64;
    (i128::from(lo) + offset as i128).clamp(i128::from(lo), i128::from(hi)) as i64
}

/// The triangular distribution's inverse CDF at u = (r >> 11) / 2^53, rounded
/// half away from zero to a whole step and clamped to [lo, hi]. Expects
/// lo ≤ mode ≤ hi (the grid of the inputs keeps them well inside 2^53, where
/// `f64` holds every whole number).
pub fn triangular(r: u64, lo: i64, mode: i64, hi: i64) -> i64 {
    let u = (r >> 11) as f64 / 9_007_199_254_740_992.0; // 2^53
    let (lo_f, mode_f, hi_f) = (lo as f64, mode as f64, hi as f64);
    let f = if hi == lo {
        0.0
    } else {
        (mode_f - lo_f) / (hi_f - lo_f)
    };
    let x = if u < f {
        lo_f + (u * (hi_f - lo_f) * (mode_f - lo_f)).sqrt()
    } else {
        hi_f - ((1.0 - u) * (hi_f - lo_f) * (hi_f - mode_f)).sqrt()
    };
    // `f64::round` rounds half away from zero; `as` saturates (and NaN is 0).
    (x.round() as i64).clamp(lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix64_gives_the_published_outputs_for_seed_0() {
        // The reference implementation (Vigna, splitmix64.c) from state 0.
        let mut generator = SplitMix64::new(0);
        assert_eq!(generator.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(generator.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(generator.next_u64(), 0x06C4_5D18_8009_454F);
    }

    #[test]
    fn splitmix64_wraps_instead_of_overflowing() {
        let mut generator = SplitMix64::new(u64::MAX);
        let first = generator.next_u64();
        assert_ne!(first, generator.next_u64());
    }

    #[test]
    fn uniform_reaches_both_ends_and_nothing_beyond() {
        assert_eq!(uniform(0, 5, 9), 5);
        assert_eq!(uniform(u64::MAX, 5, 9), 9);
        // r at exactly k/n of 2^64 starts step k.
        assert_eq!(uniform(1 << 63, 0, 1), 1);
        assert_eq!(uniform((1 << 63) - 1, 0, 1), 0);
        assert_eq!(uniform(u64::MAX, -3, -3), -3);
        assert_eq!(uniform(u64::MAX, i64::MIN, i64::MAX), i64::MAX);
    }

    #[test]
    fn triangular_follows_the_inverse_cdf() {
        // u = 0 gives lo, u just below 1 gives hi, u = F gives the mode.
        assert_eq!(triangular(0, 10, 15, 30), 10);
        assert_eq!(triangular(u64::MAX, 10, 15, 30), 30);
        let at_f = ((0.25_f64 * 9_007_199_254_740_992.0) as u64) << 11;
        assert_eq!(triangular(at_f, 10, 15, 30), 15);
        // u = 0.5 with lo 0, mode 0, hi 100: 100 − √(0.5 × 100 × 100) = 29.29… → 29.
        assert_eq!(triangular(1 << 63, 0, 0, 100), 29);
        // A point is itself whatever the draw.
        assert_eq!(triangular(12345, 7, 7, 7), 7);
    }
}
