//! The key figures (the heatmap's and the risk view's fast path) are the results
//! `compute` gives, for random scenarios over the whole input domain.

mod support;

use dealmodel::engine::venture::figures::key_figures;
use dealmodel::engine::venture::{compute, VentureInputs};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2500))]

    #[test]
    fn key_figures_are_computes_results(inputs in support::venture_inputs()) {
        match (compute(&inputs), key_figures(&inputs)) {
            (Ok(outcome), Ok(figures)) => {
                let results = outcome.results;
                prop_assert_eq!(figures.loan, results.loan);
                prop_assert_eq!(figures.loan_outstanding, results.loan_outstanding);
                prop_assert_eq!(figures.recoup_month, results.recoup.map(|r| r.month));
                prop_assert_eq!(figures.thil_npv, results.thil_npv);
                prop_assert_eq!(figures.fusion_net_cash, results.fusion_net_cash);
            }
            (Err(expected), Err(found)) => prop_assert_eq!(found, expected),
            (expected, found) => prop_assert!(
                false,
                "compute gave {:?}, key_figures {:?}",
                expected.map(|o| o.results),
                found
            ),
        }
    }
}

#[test]
fn the_generator_reaches_the_cases_that_matter() {
    // The property above is only as good as its scenarios: the generator must give
    // the original terms, growth, an end and costs after month 0.
    use dealmodel::engine::venture::Terms;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = support::venture_inputs();
    let drawn: Vec<VentureInputs> = (0..400)
        .filter_map(|_| strategy.new_tree(&mut runner).ok().map(|t| t.current()))
        .collect();
    assert!(drawn.iter().any(|i| i.terms == Terms::Original));
    assert!(drawn.iter().any(|i| !i.growth_pct.is_zero()));
    assert!(drawn.iter().any(|i| i.end.is_some()));
    assert!(drawn.iter().any(|i| i.costs.iter().any(|c| c.month > 0)));
    assert!(drawn
        .iter()
        .any(|i| key_figures(i).is_ok_and(|f| f.recoup_month.is_some())));
}
