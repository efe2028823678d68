//! Invariants of the MSA model over the whole input domain (proptest): money
//! conserved, the termination charge never rising, links round-tripping, no
//! panic on any input.

mod support;

use dealmodel::engine::msa::*;
use dealmodel::engine::Money;
use dealmodel::scenario::link::{write_link, LinkScenario};
use dealmodel::scenario::read_link;
use proptest::prelude::*;

fn outcome(inputs: &MsaInputs) -> Result<MsaOutcome, TestCaseError> {
    compute(inputs).map_err(|error| TestCaseError::fail(format!("{error:?} for {inputs:?}")))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn never_panics_and_fails_only_out_of_the_models_range(inputs in support::msa_inputs()) {
        match compute(&inputs) {
            Ok(_) | Err(MsaError::AmountTooLarge) | Err(MsaError::DateOutOfRange) => {}
            Err(other) => prop_assert!(false, "{:?} for valid inputs {:?}", other, inputs),
        }
        let _ = termination_curve(&inputs);
        let _ = dealmodel::scenario::msa::ics::calendar(&inputs, "20261121T120000Z");
        let _ = dealmodel::scenario::msa::output::output(&inputs);
    }

    #[test]
    fn the_periods_tile_the_term_and_the_invoices_sum_to_the_total(inputs in support::msa_inputs()) {
        let out = outcome(&inputs)?;
        prop_assert_eq!(out.invoices.first().map(|i| i.period_start), Some(out.term.start));
        prop_assert_eq!(out.invoices.last().map(|i| i.period_end), Some(out.term.end));
        for pair in out.invoices.windows(2) {
            prop_assert_eq!(pair[0].period_end.plus_days(1), Some(pair[1].period_start));
        }
        for invoice in &out.invoices {
            prop_assert!(invoice.recurring <= invoice.full_charge);
            prop_assert_eq!(invoice.amount, invoice.recurring.checked_add(invoice.nrc).unwrap());
            prop_assert_eq!(invoice.nrc.is_zero(), invoice.number != 1 || inputs.nrc.is_zero());
            prop_assert_eq!(invoice.date, invoice.period_start);
        }
        let all = Money::sum(out.invoices.iter().map(|i| i.amount)).unwrap();
        prop_assert_eq!(all, out.max_deposit);
        if inputs.stop.is_none() {
            prop_assert_eq!(out.total_charges, all);
            prop_assert_eq!(out.shown().len(), out.invoices.len());
        }
    }

    #[test]
    fn with_a_stop_the_total_is_the_invoices_shown_plus_the_charge(inputs in support::msa_inputs()) {
        let out = outcome(&inputs)?;
        if let Some(stop) = inputs.stop {
            let shown = Money::sum(out.shown().iter().map(|i| i.amount)).unwrap();
            prop_assert_eq!(out.total_charges, shown.checked_add(out.termination_charge()).unwrap());
            prop_assert!(out.shown().iter().all(|i| i.date <= stop));
            prop_assert!(out.invoices[out.shown().len()..].iter().all(|i| i.date > stop));
            prop_assert_eq!(out.commitment.shortfall, Money::ZERO);
            match inputs.cause {
                // A voluntary stop pays the whole term, no more.
                Cause::Voluntary => prop_assert_eq!(out.total_charges, out.max_deposit),
                Cause::ProviderBreach => prop_assert_eq!(out.termination_charge(), Money::ZERO),
            }
        } else {
            let expected = out.commitment.should_have_paid.checked_sub(out.commitment.paid).unwrap().max(Money::ZERO);
            prop_assert_eq!(out.commitment.shortfall, expected);
        }
    }

    #[test]
    fn the_termination_charge_never_rises_as_the_stop_moves_later(inputs in support::msa_inputs(), pick in any::<usize>()) {
        let curve = termination_curve(&inputs).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert!(!curve.is_empty());
        for pair in curve.windows(2) {
            prop_assert!(pair[1].1 <= pair[0].1, "{} then {}", pair[0].0, pair[1].0);
            prop_assert_eq!(pair[0].0.plus_days(1), Some(pair[1].0));
        }
        prop_assert_eq!(curve.last().map(|p| p.1), Some(Money::ZERO));
        // One point against the whole model.
        let (stop, charge) = curve[pick % curve.len()];
        let mut stopped = inputs.clone();
        stopped.stop = Some(stop);
        stopped.late_invoice = None;
        prop_assert_eq!(outcome(&stopped)?.termination_charge(), charge, "stop {}", stop);
    }

    #[test]
    fn the_runs_are_the_curve_a_run_per_charge(inputs in support::msa_inputs()) {
        let curve = termination_curve(&inputs).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let runs = termination_runs(&inputs).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        // Each run is at least a day, and the days of the runs are the curve's, in order.
        let mut expanded = Vec::new();
        for run in &runs {
            prop_assert!(run.days >= 1);
            for offset in 0..i64::from(run.days) {
                expanded.push((run.first.plus_days(offset).unwrap(), run.charge));
            }
        }
        prop_assert_eq!(&expanded, &curve);
        // At most one run an invoice, and one more for the days after the last.
        let invoices = outcome(&inputs)?.invoices.len();
        prop_assert!(runs.len() <= invoices + 1, "{} runs for {} invoices", runs.len(), invoices);
    }

    #[test]
    fn the_dates_are_in_order_with_ties_in_rule_order(inputs in support::msa_inputs()) {
        let out = outcome(&inputs)?;
        for pair in out.dates.windows(2) {
            prop_assert!((pair[0].date, pair[0].rule) <= (pair[1].date, pair[1].rule));
        }
        let dues = out.dates.iter().filter(|row| row.rule == Rule::InvoiceDue).count();
        prop_assert_eq!(dues, out.shown().len());
        let accept_by = out.dates.iter().find(|row| row.rule == Rule::AcceptBy).map(|row| row.date);
        prop_assert_eq!(accept_by, inputs.tendered.plus_days(2));
        let extension = out.dates.iter().find(|row| row.rule == Rule::ExtensionNotice).map(|row| row.date);
        // A stopped term is not extended: its notice of intent leaves the dates.
        let expected = if inputs.stop.is_some() { None } else { out.term.end.plus_days(-30) };
        prop_assert_eq!(extension, expected);
        // The charge's due date is listed exactly when something is charged.
        let charge_due = out.dates.iter().find(|row| row.rule == Rule::TerminationDue).map(|row| row.date);
        prop_assert_eq!(charge_due, out.termination.and_then(|t| t.due));
        prop_assert_eq!(
            charge_due.is_some(),
            out.termination.is_some_and(|t| t.charge != Money::ZERO)
        );
        let mut keys: Vec<String> = out.dates.iter().map(|row| row.key()).collect();
        keys.sort();
        keys.dedup();
        prop_assert_eq!(keys.len(), out.dates.len());
    }

    #[test]
    fn the_acceptance_follows_the_tender_when_not_set(inputs in support::msa_inputs(), days in 0i64..2000) {
        let mut moved = inputs.clone();
        moved.accept = None;
        moved.stop = None;
        moved.late_invoice = None;
        if let Some(tendered) = inputs.tendered.plus_days(days).filter(|d| d.year() <= 2099) {
            moved.tendered = tendered;
            let out = outcome(&moved)?;
            prop_assert_eq!(Some(out.term.start), tendered.plus_days(4));
            prop_assert_eq!(Some(out.term.end), out.term.start.period_end(moved.total_months() as i32));
        }
    }

    #[test]
    fn late_interest_is_on_an_invoice_shown_and_never_negative(inputs in support::msa_inputs()) {
        let out = outcome(&inputs)?;
        match (inputs.late_invoice, out.late) {
            (Some(number), Some(late)) => {
                prop_assert!(number as usize <= out.shown().len());
                prop_assert!(!late.interest.is_negative());
                prop_assert!(late.monthly_pct <= inputs.late_pct);
                prop_assert_eq!(late.paid_on, late.due.plus_days(i64::from(inputs.late_days)).unwrap());
            }
            (None, None) => prop_assert_eq!(out.late_interest(), Money::ZERO),
            (number, late) => prop_assert!(false, "{:?} {:?}", number, late),
        }
    }

    #[test]
    fn writing_then_reading_gives_the_scenario_back(inputs in support::msa_inputs()) {
        let scenario = LinkScenario::Msa(inputs.clone());
        let link = write_link(&scenario);
        match read_link(&link) {
            Ok(read) => {
                prop_assert_eq!(&read.scenario, &scenario, "{}", link);
                prop_assert!(read.warnings.is_empty());
                prop_assert_eq!(write_link(&read.scenario), link);
            }
            Err(messages) => prop_assert!(false, "{} refused: {:?}", link, messages),
        }
    }

    #[test]
    fn any_parameters_are_read_without_panic_and_errors_name_a_parameter(
        pairs in proptest::collection::vec((
            prop_oneof![
                Just("tendered"), Just("accept"), Just("termm"), Just("ext"), Just("mrc"), Just("nrc"),
                Just("bill"), Just("due"), Just("commit"), Just("paid"), Just("stop"), Just("cause"),
                Just("late"), Just("lawful"), Just("latec"), Just("lateinv"), Just("latedays"),
                Just("notice"), Just("zzz")
            ],
            prop_oneof![
                "-?[0-9]{0,12}(\\.[0-9]{0,6})?",
                "(19|20|21|99)[0-9]{2}-[01][0-9]-[0-3][0-9]",
                "(monthly|quarterly|annually|voluntary|provider-breach|daily365|permonth|days30|x)",
                "\\PC{0,12}",
            ],
        ), 0..8)
    ) {
        let query: Vec<String> = pairs.iter().map(|(name, value)| format!("{name}={value}")).collect();
        let link = format!("#/msa?{}", query.join("&"));
        match read_link(&link) {
            Ok(read) => {
                // What was read is valid: it computes and writes a link that reads back.
                if let LinkScenario::Msa(inputs) = &read.scenario {
                    prop_assert!(compute(inputs).is_ok(), "{}", link);
                }
                let again = write_link(&read.scenario);
                prop_assert_eq!(read_link(&again).map(|r| r.scenario), Ok(read.scenario));
            }
            Err(messages) => {
                prop_assert!(!messages.is_empty());
                for message in messages {
                    let param = message.split(':').next().unwrap_or("");
                    prop_assert!(param.split(", ").all(|p| dealmodel::scenario::msa::PARAMS.contains(&p) || p == "v" || p == "link"), "{}", message);
                }
            }
        }
    }
}
