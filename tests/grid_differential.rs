//! The grid's fast path (a row's input set once, the heatmap's two inputs set as
//! numbers, one result picked without building the others) against the general
//! evaluator, cell by cell, on random Venture scenarios: the same value or the
//! same refusal in every cell, including values off the inputs' precision or range.

mod support;

use dealmodel::scenario::grid::Axis;
use dealmodel::scenario::link::LinkScenario;
use dealmodel::scenario::seek::{varied, Evaluator};
use proptest::prelude::*;
use rust_decimal::Decimal;
use support::{decimal, venture_inputs};

/// The results the page's grid and tornado use, and two that only the general
/// list gives (the IRR, a month).
const KEYS: &[&str] = &[
    "recoup_month",
    "thil_npv",
    "fusion_net_cash",
    "thil_irr",
    "recoup_settles",
];

/// Minutes a month: mostly valid, some with decimals or beyond the range.
fn minutes() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        6 => decimal(0..=20_000_000, 0),
        1 => decimal(0..=2_000_000_000, 2),
        1 => decimal(-5..=-1, 0),
        1 => decimal(20_000_001..=20_000_100, 0),
    ]
}

/// The termination rate: mostly valid, some past its 4 decimals or its range.
fn rates() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        6 => decimal(0..=20_000, 4),
        1 => decimal(0..=200_000, 5),
        1 => decimal(20_001..=20_100, 4),
    ]
}

fn axis(scenario: &LinkScenario, param: &str, values: Vec<Decimal>) -> Axis {
    Axis {
        varied: varied(scenario, param).expect("a Venture input"),
        values,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn each_fast_row_equals_the_general_evaluator_cell_by_cell(
        inputs in venture_inputs(),
        row_values in proptest::collection::vec(minutes(), 1..=3),
        col_values in proptest::collection::vec(rates(), 1..=3),
        key in proptest::sample::select(KEYS),
        rows_are_minutes in any::<bool>(),
    ) {
        let scenario = LinkScenario::Venture(inputs);
        let (rows, cols) = if rows_are_minutes {
            (axis(&scenario, "min", row_values), axis(&scenario, "term", col_values))
        } else {
            (axis(&scenario, "term", col_values), axis(&scenario, "min", row_values))
        };
        let fast = Evaluator::new(&scenario);
        let general = Evaluator::through_link(&scenario);
        for (r, &row) in rows.values.iter().enumerate() {
            let cells = fast.row((rows.varied.param, row), cols.varied.param, &cols.values, key);
            prop_assert_eq!(cells.len(), cols.values.len());
            for (c, &col) in cols.values.iter().enumerate() {
                let settings = [(rows.varied.param, row), (cols.varied.param, col)];
                let expected = general.result(&settings, key);
                prop_assert_eq!(&cells[c], &expected, "row {} column {}", r + 1, c + 1);
                // The per-cell fast evaluator (goal seek's) agrees too.
                prop_assert_eq!(&fast.result(&settings, key), &expected);
            }
        }
    }
}
