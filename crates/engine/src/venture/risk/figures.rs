//! The risk view's figures from the valid draws (`risk.md`, Figures): the share
//! recouped by each month, the histogram of recoup months, and the mean and
//! nearest-rank percentiles of THIL's NPV and Fusion's net cash. Shares are
//! exact quotients rounded once to 4 places; means are exact sums of cents
//! rounded once to the cent (both half away from zero).

use super::super::figures::KeyFigures;
use super::super::VentureError;
use crate::money::rounded_quotient;
use crate::Money;
use rust_decimal::Decimal;

/// Mean and 5th, 50th and 95th percentiles (nearest rank) of an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spread {
    pub mean: Money,
    pub p5: Money,
    pub p50: Money,
    pub p95: Money,
}

/// The figures of a risk view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskFigures {
    /// The draws made.
    pub draws: u32,
    /// Draws outside the model's range, left out of everything below.
    pub invalid: u32,
    /// The valid draws, N.
    pub valid: u32,
    /// Valid draws recouped in month m or earlier, for m = 1 … M (index m − 1).
    pub recouped_by_count: Vec<u32>,
    /// Those counts as shares of N, 4 places.
    pub recoup_by: Vec<Decimal>,
    /// Valid draws by recoup month m = 0 … M (index m; 0: no loan drawn).
    pub histogram: Vec<u32>,
    /// Valid draws whose loan is not repaid at the last month modelled.
    pub not_recouped_count: u32,
    pub not_recouped: Decimal,
    pub thil_npv: Spread,
    pub fusion_net_cash: Spread,
}

/// The running counts of the draws made so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    invalid: u32,
    histogram: Vec<u32>,
    not_recouped: u32,
    npv_cents: Vec<i64>,
    fusion_cents: Vec<i64>,
}

impl Tally {
    /// For a scenario whose last month modelled is `last_month`.
    pub fn new(last_month: u32, draws: u32) -> Tally {
        Tally {
            invalid: 0,
            histogram: vec![0; last_month as usize + 1],
            not_recouped: 0,
            npv_cents: Vec::with_capacity(draws as usize),
            fusion_cents: Vec::with_capacity(draws as usize),
        }
    }

    pub fn add(&mut self, figures: &Result<KeyFigures, VentureError>) {
        let Ok(figures) = figures else {
            self.invalid += 1;
            return;
        };
        // A draw with no loan is recouped in month 0; a loan owed at the end is not.
        let month = match figures.recoup_month {
            Some(month) => Some(month),
            None if !figures.has_loan() => Some(0),
            None => None,
        };
        match month.and_then(|m| self.histogram.get_mut(m as usize)) {
            Some(count) => *count += 1,
            None => self.not_recouped += 1,
        }
        self.npv_cents.push(figures.thil_npv.cents());
        self.fusion_cents.push(figures.fusion_net_cash.cents());
    }

    /// The figures of `draws` draws; `None` with no valid draw.
    pub fn figures(&self, draws: u32) -> Option<RiskFigures> {
        let valid = u32::try_from(self.npv_cents.len()).ok()?;
        if valid == 0 {
            return None;
        }
        let mut running = 0_u32;
        let recouped_by_count: Vec<u32> = self
            .histogram
            .iter()
            .map(|count| {
                running += count;
                running
            })
            .skip(1)
            .collect();
        Some(RiskFigures {
            draws,
            invalid: self.invalid,
            valid,
            recoup_by: recouped_by_count
                .iter()
                .map(|count| share(*count, valid))
                .collect(),
            recouped_by_count,
            histogram: self.histogram.clone(),
            not_recouped_count: self.not_recouped,
            not_recouped: share(self.not_recouped, valid),
            thil_npv: spread(&self.npv_cents)?,
            fusion_net_cash: spread(&self.fusion_cents)?,
        })
    }
}

/// count / n to 4 places, half away from zero, from the integers.
pub fn share(count: u32, n: u32) -> Decimal {
    let ten_thousandths =
        rounded_quotient(i128::from(count) * 10_000, i128::from(n)).unwrap_or_default();
    Decimal::try_from_i128_with_scale(ten_thousandths, 4).unwrap_or_default()
}

/// The value at rank ⌈p/100 × n⌉ (1-based) of `sorted`.
fn nearest_rank(sorted: &[i64], percent: u64) -> Option<i64> {
    let n = sorted.len() as u64;
    let rank = (percent * n).div_ceil(100).max(1);
    sorted.get(rank as usize - 1).copied()
}

fn spread(cents: &[i64]) -> Option<Spread> {
    let total: i128 = cents.iter().map(|c| i128::from(*c)).sum();
    let mean = Money::cents_ratio(total, cents.len() as i128).ok()?;
    let mut sorted = cents.to_vec();
    sorted.sort_unstable();
    let at =
        |percent| nearest_rank(&sorted, percent).and_then(|c| Money::from_cents(c.into()).ok());
    Some(Spread {
        mean,
        p5: at(5)?,
        p50: at(50)?,
        p95: at(95)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_round_half_away_from_zero_at_four_places() {
        assert_eq!(share(1, 3).to_string(), "0.3333");
        assert_eq!(share(2, 3).to_string(), "0.6667");
        assert_eq!(share(1, 20_000).to_string(), "0.0001"); // 0.00005 rounds up
        assert_eq!(share(0, 7).to_string(), "0.0000");
        assert_eq!(share(7, 7).to_string(), "1.0000");
    }

    #[test]
    fn percentiles_take_the_nearest_rank() {
        let sorted: Vec<i64> = (1..=10).collect();
        assert_eq!(nearest_rank(&sorted, 5), Some(1)); // ⌈0.5⌉ = 1
        assert_eq!(nearest_rank(&sorted, 50), Some(5));
        assert_eq!(nearest_rank(&sorted, 95), Some(10)); // ⌈9.5⌉ = 10
        let spread = spread(&[300, 100, 200, 101]).unwrap();
        assert_eq!(spread.p50.cents(), 101);
        assert_eq!(spread.mean.cents(), 175); // 701 / 4 = 175.25
    }

    #[test]
    fn the_mean_rounds_half_away_from_zero() {
        assert_eq!(spread(&[1, 2]).unwrap().mean.cents(), 2); // 1.5 → 2
        assert_eq!(spread(&[-1, -2]).unwrap().mean.cents(), -2);
    }
}
