//! Generators of valid risk plans (`risk.md`): distributions on each input's grid
//! and within its range, for the terms in force.

use dealmodel::engine::venture::risk::{Distribution, RiskPlan, UncertainInput};
use dealmodel::engine::venture::Terms;
use proptest::prelude::*;

/// The range of an uncertain input in steps, as the link allows it.
pub fn steps_range(input: UncertainInput, terms: Terms) -> (i64, i64) {
    match input {
        UncertainInput::Minutes => (0, 20_000_000),
        UncertainInput::Growth => (-5_000, 5_000),
        UncertainInput::Sell | UncertainInput::Termination => (0, 20_000),
        UncertainInput::FusionFee | UncertainInput::SubcontractorFee => (0, 10_000),
        UncertainInput::Share => match terms {
            Terms::Amended => (2_500, 3_000),
            Terms::Original => (4_000, 5_000),
        },
    }
}

/// One input's distribution: uniform or triangular, often narrow, sometimes a point.
pub fn distribution(input: UncertainInput, terms: Terms) -> impl Strategy<Value = Distribution> {
    let (low, high) = steps_range(input, terms);
    (low..=high, low..=high, low..=high, any::<bool>()).prop_filter_map(
        "a distribution",
        move |(a, b, c, triangular)| {
            let mut bounds = [a, b, c];
            bounds.sort_unstable();
            let [lo, mode, hi] = bounds;
            if triangular {
                Distribution::triangular(input, lo, mode, hi)
            } else {
                Distribution::uniform(input, lo, hi)
            }
        },
    )
}

/// A plan with one to seven uncertain inputs, few draws (the figures' rules do
/// not depend on how many) and any seed.
pub fn risk_plan(terms: Terms) -> impl Strategy<Value = RiskPlan> {
    let each = UncertainInput::ALL.map(|input| proptest::option::of(distribution(input, terms)));
    (each, 100u32..=160, any::<u32>())
        .prop_filter_map("at least one distribution", |(each, draws, seed)| {
            RiskPlan::new(each.into_iter().flatten().collect(), draws, seed)
        })
}
