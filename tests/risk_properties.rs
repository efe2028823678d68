//! Invariants of the risk view over random scenarios and plans (proptest): the
//! figures' rules of `risk.md` hold whatever the draws, every draw's values are
//! on their input's grid and within the range given, and a risk link written
//! then read gives the same plan back.

mod support;

use dealmodel::engine::venture::risk::{RiskPlan, RiskRun, Shape, UncertainInput};
use dealmodel::engine::venture::{last_month, VentureInputs};
use dealmodel::scenario::link::{write_link_with_risk, Link, LinkScenario};
use dealmodel::scenario::read_link;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn scenario_and_plan() -> impl Strategy<Value = (VentureInputs, RiskPlan)> {
    support::venture_inputs().prop_flat_map(|inputs| {
        let terms = inputs.terms;
        (Just(inputs), support::risk::risk_plan(terms))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn the_figures_keep_their_rules((inputs, plan) in scenario_and_plan()) {
        let mut run = RiskRun::new(plan.clone(), &inputs);
        prop_assert!(run.advance(plan.draws()));
        let Some(figures) = run.figures() else {
            // Only a run whose every draw is outside the model's range has no figures.
            return Ok(());
        };
        let months = last_month(&inputs) as usize;
        prop_assert_eq!(figures.draws, plan.draws());
        prop_assert_eq!(figures.valid + figures.invalid, plan.draws());
        prop_assert_eq!(figures.recoup_by.len(), months);
        prop_assert_eq!(figures.histogram.len(), months + 1);
        let counted: u32 = figures.histogram.iter().sum::<u32>() + figures.not_recouped_count;
        prop_assert_eq!(counted, figures.valid);
        for pair in figures.recoup_by.windows(2) {
            prop_assert!(pair[0] <= pair[1], "{:?}", figures.recoup_by);
        }
        // By count exactly; by the 4-place shares to within their rounding.
        let last = figures.recouped_by_count.last().copied().unwrap_or(0);
        prop_assert_eq!(last + figures.not_recouped_count, figures.valid);
        let last_share = figures.recoup_by.last().copied().unwrap_or(Decimal::ZERO);
        prop_assert!((last_share + figures.not_recouped - Decimal::ONE).abs() <= Decimal::new(1, 4));
        for spread in [figures.thil_npv, figures.fusion_net_cash] {
            prop_assert!(spread.p5 <= spread.p50 && spread.p50 <= spread.p95, "{:?}", spread);
        }
    }

    #[test]
    fn every_draw_is_on_its_grid_and_within_its_range((inputs, plan) in scenario_and_plan()) {
        let mut run = RiskRun::new(plan.clone(), &inputs);
        let mut draws = 0;
        while let Some(draw) = run.next_draw() {
            draws += 1;
            for distribution in plan.distributions() {
                let input = distribution.input();
                let (lo, _, hi) = distribution.bounds();
                let value = draw.values.value(input).expect("an uncertain input is drawn");
                prop_assert!(value.normalize().scale() <= input.decimals(), "{:?} {}", input, value);
                prop_assert!(input.value(lo) <= value && value <= input.value(hi), "{:?} {} outside {}..{}", input, value, lo, hi);
                let (low, high) = support::risk::steps_range(input, inputs.terms);
                prop_assert!(input.value(low) <= value && value <= input.value(high));
            }
            for input in UncertainInput::ALL {
                if !plan.distributions().iter().any(|d| d.input() == input) {
                    prop_assert_eq!(draw.values.value(input), None);
                }
            }
        }
        prop_assert_eq!(draws, plan.draws());
    }

    #[test]
    fn a_risk_link_written_then_read_gives_the_plan_back((inputs, plan) in scenario_and_plan()) {
        let link = Link { scenario: LinkScenario::Venture(inputs.clone()), risk: Some(plan.clone()), warnings: Vec::new() };
        let text = write_link_with_risk(&link);
        match read_link(&text) {
            Ok(read) => {
                prop_assert_eq!(&read.risk, &Some(plan.clone()), "{}", text);
                prop_assert_eq!(&read.scenario, &link.scenario);
                prop_assert_eq!(write_link_with_risk(&read), text);
            }
            // Only a base scenario beyond the model's range is refused.
            Err(messages) => prop_assert!(dealmodel::engine::venture::compute(&inputs).is_err(), "{} refused: {:?}", text, messages),
        }
    }

    #[test]
    fn any_risk_parameters_are_read_without_panic_and_errors_name_them(
        pairs in proptest::collection::vec((
            prop_oneof![Just("risk"), Just("draws"), Just("seed"), Just("min"), Just("terms")],
            prop_oneof![
                "(min|growth|sell|term|ffee|sfee|share|xx)(:|%3A)(uniform|tri|normal)(:|%3A)-?[0-9]{0,8}(\\.[0-9]{0,5})?(\\.\\.-?[0-9]{0,8}(\\.[0-9]{0,5})?){0,3}",
                "-?[0-9]{0,12}",
                "(original|amended)",
                "\\PC{0,12}",
            ],
        ), 0..8)
    ) {
        let query: Vec<String> = pairs.iter().map(|(name, value)| format!("{name}={value}")).collect();
        let link = format!("#/venture?{}", query.join("&"));
        match read_link(&link) {
            Ok(read) => {
                let again = read_link(&write_link_with_risk(&read)).expect("a canonical link reads");
                prop_assert_eq!(again.risk, read.risk);
            }
            Err(messages) => {
                for message in &messages {
                    let named = ["risk:", "draws:", "seed:", "min:", "terms:", "share:", "v:", "min, growth, months:"].iter().any(|name| message.starts_with(name));
                    prop_assert!(named, "{}", message);
                }
            }
        }
    }
}

#[test]
fn a_triangular_draw_has_the_distributions_mean() {
    // The mean of tri(lo, mode, hi) is (lo + mode + hi) / 3: 1900 steps here.
    use dealmodel::engine::venture::risk::Distribution;
    let Some(tri) = Distribution::triangular(UncertainInput::Termination, 1600, 1900, 2200) else {
        panic!("a valid distribution");
    };
    assert_eq!(tri.shape(), Shape::Triangular);
    let plan = RiskPlan::new(vec![tri], 100_000, 1).expect("a plan");
    let mut run = RiskRun::new(plan, &VentureInputs::defaults());
    let mut total = 0_i64;
    let mut count = 0_i64;
    while let Some(draw) = run.next_draw() {
        total += draw.values.steps(UncertainInput::Termination).unwrap_or(0);
        count += 1;
    }
    let mean = total as f64 / count as f64;
    // The standard deviation is √((a² + b² + c² − ab − ac − bc) / 18) ≈ 122 steps;
    // the mean of 100,000 draws is within 2 steps of 1900 but for 1 run in 10^6.
    assert!((mean - 1900.0).abs() < 2.0, "mean {mean}");
}
