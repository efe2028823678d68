//! The risk view of the Venture (the model book's `risk.md`): some inputs given a
//! distribution instead of a value, the Venture run for each of many draws, and
//! the odds read from them — how likely THIL's loan is recouped by each month,
//! and the spread of THIL's NPV and Fusion's net cash.
//!
//! Values are whole steps on each input's grid ([`UncertainInput::decimals`]);
//! [`sampler`] draws them; each draw runs [`super::figures::key_figures`]; a draw
//! outside the model's range is counted as invalid and left out of the figures
//! ([`figures`]). [`RiskRun`] runs the draws a slice at a time, so a page can
//! spread them over frames and get the same figures as the command line.

pub mod figures;
pub mod sampler;

use super::figures::{key_figures, KeyFigures};
use super::inputs::VentureInputs;
use super::{last_month, VentureError};
use figures::{RiskFigures, Tally};
use rust_decimal::Decimal;
use sampler::{triangular, uniform, SplitMix64};

/// The draws a risk view may ask for, and the default.
pub const DRAWS_MIN: u32 = 100;
pub const DRAWS_MAX: u32 = 100_000;
pub const DRAWS_DEFAULT: u32 = 10_000;
/// The default seed (seeds run from 0 to `u32::MAX`).
pub const SEED_DEFAULT: u32 = 1;

/// A Venture input that may be uncertain, in the model book's order (the order
/// in which a draw takes its numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UncertainInput {
    Minutes,
    Growth,
    Sell,
    Termination,
    FusionFee,
    SubcontractorFee,
    Share,
}

impl UncertainInput {
    /// Every uncertain input, in order.
    pub const ALL: [UncertainInput; 7] = [
        UncertainInput::Minutes,
        UncertainInput::Growth,
        UncertainInput::Sell,
        UncertainInput::Termination,
        UncertainInput::FusionFee,
        UncertainInput::SubcontractorFee,
        UncertainInput::Share,
    ];

    /// The decimals of the input's precision: its step is 10^-decimals.
    pub fn decimals(self) -> u32 {
        match self {
            UncertainInput::Minutes => 0,
            UncertainInput::Growth | UncertainInput::Share => 2,
            _ => 4,
        }
    }

    /// The value of a whole number of steps.
    pub fn value(self, steps: i64) -> Decimal {
        Decimal::new(steps, self.decimals())
    }

    /// The whole number of steps of `value`; `None` off the grid or beyond `i64`.
    pub fn steps(self, value: Decimal) -> Option<i64> {
        let scaled = value.checked_mul(Decimal::from(10_i64.pow(self.decimals())))?;
        if !scaled.fract().is_zero() {
            return None;
        }
        i64::try_from(scaled.trunc()).ok()
    }

    /// The input's value in a scenario.
    pub fn get(self, inputs: &VentureInputs) -> Decimal {
        match self {
            UncertainInput::Minutes => inputs.minutes,
            UncertainInput::Growth => inputs.growth_pct,
            UncertainInput::Sell => inputs.sell,
            UncertainInput::Termination => inputs.termination_rate,
            UncertainInput::FusionFee => inputs.fusion_fee_rate,
            UncertainInput::SubcontractorFee => inputs.subcontractor_fee_rate,
            UncertainInput::Share => inputs.share_pct,
        }
    }

    fn set(self, inputs: &mut VentureInputs, steps: i64) {
        let value = self.value(steps);
        match self {
            UncertainInput::Minutes => inputs.minutes = value,
            UncertainInput::Growth => inputs.growth_pct = value,
            UncertainInput::Sell => inputs.sell = value,
            UncertainInput::Termination => inputs.termination_rate = value,
            UncertainInput::FusionFee => inputs.fusion_fee_rate = value,
            UncertainInput::SubcontractorFee => inputs.subcontractor_fee_rate = value,
            UncertainInput::Share => inputs.share_pct = value,
        }
    }
}

/// The shape of a distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// Every step from LO to HI equally likely.
    Uniform,
    /// Most likely at MODE, falling linearly to LO and HI.
    Triangular,
}

/// One input's distribution, in whole steps with lo ≤ mode ≤ hi (a uniform
/// one's mode is its lo, and is not used).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Distribution {
    input: UncertainInput,
    shape: Shape,
    lo: i64,
    mode: i64,
    hi: i64,
}

impl Distribution {
    /// `None` where lo > hi.
    pub fn uniform(input: UncertainInput, lo: i64, hi: i64) -> Option<Distribution> {
        (lo <= hi).then_some(Distribution {
            input,
            shape: Shape::Uniform,
            lo,
            mode: lo,
            hi,
        })
    }

    /// `None` unless lo ≤ mode ≤ hi.
    pub fn triangular(input: UncertainInput, lo: i64, mode: i64, hi: i64) -> Option<Distribution> {
        (lo <= mode && mode <= hi).then_some(Distribution {
            input,
            shape: Shape::Triangular,
            lo,
            mode,
            hi,
        })
    }

    pub fn input(&self) -> UncertainInput {
        self.input
    }

    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// (lo, mode, hi) in steps.
    pub fn bounds(&self) -> (i64, i64, i64) {
        (self.lo, self.mode, self.hi)
    }

    /// The value, in steps, that the generator's number `r` picks.
    pub fn sample(&self, r: u64) -> i64 {
        match self.shape {
            Shape::Uniform => uniform(r, self.lo, self.hi),
            Shape::Triangular => triangular(r, self.lo, self.mode, self.hi),
        }
    }
}

/// What a risk view samples: the distributions (at least one, one per input,
/// in the inputs' order), the number of draws and the seed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RiskPlan {
    distributions: Vec<Distribution>,
    draws: u32,
    seed: u32,
}

impl RiskPlan {
    /// `None` with no distribution, an input given twice, or draws outside
    /// [`DRAWS_MIN`]..=[`DRAWS_MAX`]. The distributions are put in order.
    pub fn new(distributions: Vec<Distribution>, draws: u32, seed: u32) -> Option<RiskPlan> {
        let mut ordered = Vec::with_capacity(distributions.len());
        for input in UncertainInput::ALL {
            let mut given = distributions.iter().filter(|d| d.input == input);
            if let Some(first) = given.next() {
                if given.next().is_some() {
                    return None;
                }
                ordered.push(*first);
            }
        }
        let usable = !ordered.is_empty() && (DRAWS_MIN..=DRAWS_MAX).contains(&draws);
        usable.then_some(RiskPlan {
            distributions: ordered,
            draws,
            seed,
        })
    }

    pub fn distributions(&self) -> &[Distribution] {
        &self.distributions
    }

    pub fn draws(&self) -> u32 {
        self.draws
    }

    pub fn seed(&self) -> u32 {
        self.seed
    }
}

/// One draw's sampled values, in steps, by input (`None` for a certain input).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DrawValues {
    by_input: [Option<i64>; 7],
}

impl DrawValues {
    /// The sampled value of `input`, in steps.
    pub fn steps(&self, input: UncertainInput) -> Option<i64> {
        self.by_input.get(input as usize).copied().flatten()
    }

    /// The sampled value of `input`.
    pub fn value(&self, input: UncertainInput) -> Option<Decimal> {
        self.steps(input).map(|steps| input.value(steps))
    }
}

/// One draw: its values and its key figures (an error: the draw is invalid).
#[derive(Debug, Clone, PartialEq)]
pub struct Draw {
    pub values: DrawValues,
    pub figures: Result<KeyFigures, VentureError>,
}

/// The draws of a plan on a base scenario, run a slice at a time.
#[derive(Debug, Clone)]
pub struct RiskRun {
    plan: RiskPlan,
    /// The base scenario with the last draw's values set: every uncertain input
    /// is set again by each draw, the others keep the base's values.
    inputs: VentureInputs,
    generator: SplitMix64,
    done: u32,
    tally: Tally,
}

impl RiskRun {
    pub fn new(plan: RiskPlan, base: &VentureInputs) -> RiskRun {
        RiskRun {
            generator: SplitMix64::new(u64::from(plan.seed)),
            tally: Tally::new(last_month(base), plan.draws),
            plan,
            inputs: base.clone(),
            done: 0,
        }
    }

    /// The next draw, counted in the figures; `None` once every draw is made.
    pub fn next_draw(&mut self) -> Option<Draw> {
        if self.done >= self.plan.draws {
            return None;
        }
        let mut values = DrawValues::default();
        // One number per distribution, in the inputs' order (a point takes one too).
        for distribution in &self.plan.distributions {
            let steps = distribution.sample(self.generator.next_u64());
            distribution.input.set(&mut self.inputs, steps);
            if let Some(slot) = values.by_input.get_mut(distribution.input as usize) {
                *slot = Some(steps);
            }
        }
        let figures = key_figures(&self.inputs);
        self.tally.add(&figures);
        self.done += 1;
        Some(Draw { values, figures })
    }

    /// Makes up to `count` more draws; true once every draw is made.
    pub fn advance(&mut self, count: u32) -> bool {
        for _ in 0..count {
            if self.next_draw().is_none() {
                break;
            }
        }
        self.finished()
    }

    pub fn finished(&self) -> bool {
        self.done >= self.plan.draws
    }

    /// The draws made so far.
    pub fn done(&self) -> u32 {
        self.done
    }

    pub fn plan(&self) -> &RiskPlan {
        &self.plan
    }

    /// The figures of the draws made so far; `None` with no valid draw.
    pub fn figures(&self) -> Option<RiskFigures> {
        self.tally.figures(self.done)
    }
}

/// Every draw of `plan` on `base`, and the figures (`None` with no valid draw).
pub fn run(plan: &RiskPlan, base: &VentureInputs) -> Option<RiskFigures> {
    let mut run = RiskRun::new(plan.clone(), base);
    run.advance(plan.draws);
    run.figures()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minutes(lo: i64, hi: i64) -> Distribution {
        Distribution::uniform(UncertainInput::Minutes, lo, hi).unwrap()
    }

    #[test]
    fn a_point_is_the_plain_scenario() {
        let base = VentureInputs::defaults();
        let plan = RiskPlan::new(vec![minutes(3_000_000, 3_000_000)], 100, 1).unwrap();
        let figures = run(&plan, &base).unwrap();
        let plain = key_figures(&base).unwrap();
        assert_eq!(figures.recoup_by[4].to_string(), "0.0000");
        assert_eq!(figures.recoup_by[5].to_string(), "1.0000");
        assert_eq!(figures.histogram[6], 100);
        let npv = figures.thil_npv;
        assert_eq!([npv.mean, npv.p5, npv.p50, npv.p95], [plain.thil_npv; 4]);
    }

    #[test]
    fn the_same_plan_gives_the_same_figures_and_slices_change_nothing() {
        let base = VentureInputs::defaults();
        let plan = RiskPlan::new(vec![minutes(2_000_000, 4_000_000)], 300, 9).unwrap();
        let whole = run(&plan, &base);
        let mut sliced = RiskRun::new(plan.clone(), &base);
        while !sliced.advance(7) {}
        assert_eq!(sliced.figures(), whole);
        assert_eq!(run(&plan, &base), whole);
        let other = RiskPlan::new(vec![minutes(2_000_000, 4_000_000)], 300, 10).unwrap();
        assert_ne!(run(&other, &base), whole);
    }

    #[test]
    fn a_plan_needs_a_distribution_one_per_input_and_draws_in_range() {
        assert!(RiskPlan::new(Vec::new(), 100, 1).is_none());
        assert!(RiskPlan::new(vec![minutes(1, 2), minutes(3, 4)], 100, 1).is_none());
        assert!(RiskPlan::new(vec![minutes(1, 2)], 99, 1).is_none());
        assert!(RiskPlan::new(vec![minutes(1, 2)], 100_001, 1).is_none());
        let share = Distribution::triangular(UncertainInput::Share, 2500, 2600, 3000).unwrap();
        let plan = RiskPlan::new(vec![share, minutes(1, 2)], 100, 1).unwrap();
        let order: Vec<UncertainInput> = plan.distributions().iter().map(|d| d.input()).collect();
        assert_eq!(order, [UncertainInput::Minutes, UncertainInput::Share]);
        assert!(Distribution::uniform(UncertainInput::Sell, 3, 2).is_none());
        assert!(Distribution::triangular(UncertainInput::Sell, 1, 4, 3).is_none());
    }

    #[test]
    fn steps_are_exact_on_the_grid() {
        use std::str::FromStr;
        let sell = Decimal::from_str("0.2501").unwrap();
        assert_eq!(UncertainInput::Sell.steps(sell), Some(2501));
        assert_eq!(UncertainInput::Sell.value(2501), sell);
        assert_eq!(
            UncertainInput::Minutes.steps(Decimal::from_str("1.5").unwrap()),
            None
        );
        assert_eq!(
            UncertainInput::Growth.steps(Decimal::from_str("-2.5").unwrap()),
            Some(-250)
        );
    }
}
