//! Invariants of the Venture model over the whole input domain (proptest).

mod support;

use dealmodel::engine::venture::{compute, last_month, VentureError};
use dealmodel::engine::Money;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_and_fails_only_out_of_the_models_range(inputs in support::venture_inputs()) {
        match compute(&inputs) {
            Ok(_) => {}
            Err(VentureError::MinutesTooLarge { month }) => prop_assert!(month >= 2 && month <= inputs.months),
            Err(VentureError::AmountTooLarge) => {}
        }
    }

    #[test]
    fn thil_and_fusion_share_the_ventures_cash_to_the_cent(inputs in support::venture_inputs()) {
        if let Ok(outcome) = compute(&inputs) {
            for row in &outcome.cash {
                prop_assert_eq!(row.thil.checked_add(row.fusion).unwrap(), row.venture, "t = {}", row.t);
            }
            prop_assert_eq!(outcome.cash.len() as u32, last_month(&inputs) + inputs.lag + 1);
            // Every month's distributable profit is split exactly.
            for row in &outcome.rows {
                prop_assert_eq!(row.thil_paid.checked_add(row.retained).unwrap(), row.thil_entitlement);
                prop_assert!(row.retained <= row.thil_entitlement);
                prop_assert!(!row.retained.is_negative());
                prop_assert!(row.thil_entitlement <= row.distributable || row.distributable.is_zero());
            }
        }
    }

    #[test]
    fn the_loan_balance_is_never_negative_and_rises_only_with_a_cost(inputs in support::venture_inputs()) {
        if let Ok(outcome) = compute(&inputs) {
            let mut before: Option<Money> = None;
            for row in &outcome.rows {
                prop_assert!(!row.loan_balance.is_negative(), "month {}", row.month);
                if let Some(previous) = before {
                    if row.loan_balance > previous {
                        prop_assert!(
                            inputs.costs.iter().any(|item| item.month == row.month),
                            "balance rose in month {} with no cost incurred", row.month
                        );
                    }
                }
                before = Some(row.loan_balance);
            }
        }
    }

    #[test]
    fn a_recouped_loan_stays_repaid_and_fusion_retains_nothing_after(inputs in support::venture_inputs()) {
        if let Ok(outcome) = compute(&inputs) {
            match outcome.results.recoup {
                Some(recoup) => {
                    for row in outcome.rows.iter().filter(|row| row.month >= recoup.month) {
                        prop_assert!(row.loan_balance.is_zero(), "month {}", row.month);
                        if row.month > recoup.month {
                            prop_assert!(row.retained.is_zero(), "month {}", row.month);
                        }
                    }
                    prop_assert!(!outcome.rows[recoup.month as usize - 1].retained.is_zero());
                    prop_assert!(outcome.results.loan_outstanding.is_zero());
                }
                None => prop_assert!(outcome.results.loan.is_zero() || !outcome.results.loan_outstanding.is_zero()),
            }
        }
    }

    #[test]
    fn amortization_parts_sum_to_the_equipment(inputs in support::venture_inputs()) {
        if let Ok(outcome) = compute(&inputs) {
            let last = last_month(&inputs);
            let fully_amortized = Money::sum(inputs.costs.iter()
                .filter(|item| item.kind == dealmodel::engine::venture::CostKind::Equipment && item.month + 12 <= last)
                .map(|item| item.amount)).unwrap();
            let charged_for_them = Money::sum(outcome.rows.iter().map(|row| row.amortization)).unwrap();
            prop_assert!(charged_for_them >= fully_amortized);
        }
    }
}
