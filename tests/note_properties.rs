//! Invariants of the Note model over the whole input domain (proptest): the link
//! round trip, no panic on any text, pay-downs never cost more than rounding,
//! totals that add up, and dates that follow `dated`.

mod support;

use dealmodel::engine::note::schedule::interest_dates;
use dealmodel::engine::note::{
    compute, default_demand, default_first, DayBasis, NoteError, NoteInputs, NoteOutcome,
};
use dealmodel::engine::{Date, Money};
use dealmodel::scenario::link::{write_link, LinkScenario};
use dealmodel::scenario::note::output::output;
use dealmodel::scenario::note::PARAMS;
use dealmodel::scenario::read_link;
use proptest::prelude::*;

fn cents(count: usize) -> Money {
    Money::round(rust_decimal::Decimal::new(count as i64, 2)).unwrap()
}

/// Pay-downs strictly inside a period (not on a scheduled date), in all and in
/// the stretch from the last scheduled date to the demand.
fn splits(inputs: &NoteInputs, outcome: &NoteOutcome) -> (usize, usize) {
    let scheduled: Vec<Date> = outcome.rows.iter().map(|row| row.date).collect();
    let all = inputs
        .paydowns
        .iter()
        .filter(|p| !scheduled.contains(&p.date))
        .count();
    let in_stub = inputs
        .paydowns
        .iter()
        .filter(|p| p.date > outcome.to_demand.start)
        .count();
    (all, in_stub)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_link_round_trips_to_the_same_scenario_and_link(inputs in support::note_inputs()) {
        let link = write_link(&LinkScenario::Note(inputs.clone()));
        match compute(&inputs) {
            Ok(_) => {
                let read = read_link(&link);
                prop_assert!(read.is_ok(), "{link}: {read:?}");
                let read = read.unwrap();
                prop_assert_eq!(&read.scenario, &LinkScenario::Note(inputs.clone()), "{}", link);
                prop_assert_eq!(write_link(&read.scenario), link);
                prop_assert!(read.warnings.is_empty());
            }
            Err(error) => {
                prop_assert_eq!(error, NoteError::AmountTooLarge);
                let messages = read_link(&link).unwrap_err();
                prop_assert!(messages[0].starts_with("amount, rate, missed:"), "{messages:?}");
            }
        }
    }

    #[test]
    fn no_panic_on_any_text(query in "[a-z0-9=&:.%+-]{0,80}") {
        check_any_link(&format!("#/note?{query}"))?;
    }

    #[test]
    fn no_panic_on_any_known_parameters(
        params in proptest::collection::vec((0..PARAMS.len(), "(-?[0-9]{1,4}(\\.[0-9]{1,3})?|[0-9]{4}-[0-9]{2}-[0-9]{2}(:[0-9]{1,6}(\\.[0-9]{1,3})?)?|words|figures|act365|30360|)"), 0..8)
    ) {
        let query: Vec<String> = params.iter().map(|(i, value)| format!("{}={value}", PARAMS[*i])).collect();
        check_any_link(&format!("#/note?{}", query.join("&")))?;
    }

    #[test]
    fn without_missed_dates_a_paydown_costs_at_most_a_cent_per_split(inputs in support::note_inputs()) {
        let inputs = NoteInputs { missed: Vec::new(), ..inputs };
        let without = NoteInputs { paydowns: Vec::new(), ..inputs.clone() };
        if let (Ok(with), Ok(plain)) = (compute(&inputs), compute(&without)) {
            let (all, in_stub) = splits(&inputs, &with);
            prop_assert!(with.results.total_interest <= plain.results.total_interest.checked_add(cents(all)).unwrap());
            let paid_down = Money::sum(inputs.paydowns.iter().map(|p| p.amount)).unwrap();
            let cost = with.payoff.total.checked_add(paid_down).unwrap();
            prop_assert!(cost <= plain.payoff.total.checked_add(cents(in_stub)).unwrap(), "{cost} against {}", plain.payoff.total);
        }
    }

    #[test]
    fn the_interest_adds_up_and_o_is_zero_after_every_paid_date(inputs in support::note_inputs()) {
        if let Ok(outcome) = compute(&inputs) {
            let mut total = outcome.payoff.accrued;
            let mut overdue = Money::ZERO;
            for row in &outcome.rows {
                total = total.checked_add(row.accrual.on_principal).unwrap().checked_add(row.accrual.on_overdue).unwrap();
                prop_assert_eq!(row.accrual.overdue_at_start, overdue);
                prop_assert_eq!(row.due, row.accrual.on_principal.checked_add(row.accrual.on_overdue).unwrap().checked_add(overdue).unwrap());
                prop_assert_eq!(row.paid, !inputs.missed.contains(&row.date));
                if row.paid {
                    prop_assert!(row.overdue_balance.is_zero(), "{}", row.date);
                } else {
                    prop_assert_eq!(row.overdue_balance, row.due);
                }
                prop_assert_eq!(row.accrual.on_principal, Money::sum(row.accrual.parts.iter().map(|p| p.interest)).unwrap());
                prop_assert!(row.accrual.parts.iter().all(|p| p.days >= 0 && !p.interest.is_negative()));
                prop_assert_eq!(row.accrual.parts.iter().map(|p| p.days).sum::<i64>(), row.accrual.days);
                overdue = row.overdue_balance;
            }
            prop_assert_eq!(total, outcome.results.total_interest);
            prop_assert_eq!(outcome.payoff.overdue, overdue);
            let parts = Money::sum([outcome.payoff.principal, outcome.payoff.overdue, outcome.payoff.accrued, outcome.payoff.collection]).unwrap();
            prop_assert_eq!(parts, outcome.payoff.total);
        }
    }

    #[test]
    fn dated_moved_alone_moves_first_and_demand(dated in support::note_date(), basis in prop_oneof![Just(DayBasis::Act360), Just(DayBasis::Act365), Just(DayBasis::Thirty360)]) {
        let inputs = NoteInputs { dated, basis, ..NoteInputs::defaults() };
        let outcome = compute(&inputs).unwrap();
        let first = default_first(dated);
        prop_assert!(first > dated && first.is_quarter_end() && dated.days_until(first) <= 92);
        prop_assert!(first.quarter_start() <= dated.plus_days(1).unwrap());
        let demand = default_demand(dated);
        prop_assert_eq!(demand.day(), dated.day().min(demand.month_end().day()));
        prop_assert_eq!((demand.year(), demand.month()), (dated.year() + 1, dated.month()));
        // Four quarter ends fall strictly inside the year, three when it starts on one.
        let expected = if dated.is_quarter_end() { 3 } else { 4 };
        prop_assert_eq!(outcome.rows.len(), expected);
        prop_assert_eq!(outcome.rows.first().map(|row| row.date), Some(first));
        prop_assert_eq!(interest_dates(first, demand).len(), expected);
        let counted: i64 = outcome.rows.iter().map(|row| row.accrual.days).sum::<i64>() + outcome.to_demand.days;
        if basis == DayBasis::Thirty360 {
            prop_assert!((355..=362).contains(&counted), "{counted}");
        } else {
            prop_assert_eq!(counted, dated.days_until(demand));
        }
    }
}

/// Any link: read without panicking; a link read computes; every message names
/// its parameter.
fn check_any_link(link: &str) -> Result<(), TestCaseError> {
    match read_link(link) {
        Ok(read) => {
            if let LinkScenario::Note(inputs) = &read.scenario {
                prop_assert!(output(inputs).is_ok(), "{link}");
                prop_assert_eq!(
                    &read_link(&write_link(&read.scenario)).unwrap().scenario,
                    &read.scenario
                );
            }
            for warning in &read.warnings {
                prop_assert!(
                    warning.contains(": unknown parameter")
                        || warning.starts_with("an empty parameter name: "),
                    "{warning}"
                );
            }
        }
        Err(messages) => {
            prop_assert!(!messages.is_empty());
            for message in &messages {
                let named = PARAMS
                    .iter()
                    .any(|p| message.starts_with(&format!("{p}: ")))
                    || message.starts_with("amount, rate, missed: ")
                    || message.starts_with("v: ");
                prop_assert!(named, "{link}: {message}");
            }
        }
    }
    Ok(())
}
