//! What a deal's page shows of its scenario, whatever the deal: the headlines,
//! the Venture's cash chart, the tables (the Venture's monthly statement; the
//! MSA's invoices and dates; the Note's schedule) and the engine's notices — or
//! why the model cannot give them. Built once per scenario, from the one run of
//! the engine the page shows. Also the page's words that differ by deal.

use super::chart::chart;
use super::deal::{deal_view, DealView};
use crate::scenario::deal_form::Deal;
use crate::scenario::link::LinkScenario;
use crate::scenario::output::scenario_results;
use crate::scenario::run::{last_few, Last};
use crate::scenario::venture::out_of_model_range;
use std::rc::Rc;

/// The page's view of a scenario, built once: the page's results and its tables
/// below the fold (which follow a frame later) ask for the same scenarios, and
/// the last few are kept.
pub fn kept_page_view(scenario: &LinkScenario) -> Result<Rc<DealView>, String> {
    /// How many views are kept: the one on show, the settled one, one more.
    const KEPT: usize = 3;
    thread_local! {
        static VIEWS: Last<LinkScenario, Result<Rc<DealView>, String>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    (*last_few(&VIEWS, KEPT, scenario, page_view)).clone()
}

/// The page's view of a scenario, every deal the same way: its output (from
/// the page's one run of the engine), and for the Venture its cash chart.
pub fn page_view(scenario: &LinkScenario) -> Result<Rc<DealView>, String> {
    let (results, notices) = scenario_results(scenario)?;
    let chart = match scenario {
        LinkScenario::Venture(inputs) => {
            let run = crate::scenario::run::venture(inputs);
            let outcome = run.as_ref().as_ref().map_err(out_of_model_range)?;
            Some(Rc::new(chart(inputs, outcome)))
        }
        _ => None,
    };
    Ok(Rc::new(deal_view(scenario, &results, notices, chart)))
}

/// The heading of the inputs beside the results.
pub fn levers_heading(deal: Deal) -> &'static str {
    match deal {
        Deal::Venture => "The three levers",
        Deal::Msa | Deal::Note => "The main terms",
    }
}

/// A line under the results, where the deal needs one.
pub fn results_footnote(deal: Deal) -> Option<&'static str> {
    (deal == Deal::Msa).then_some(
        "Every charge is before taxes and regulatory charges, which TWW pays on top (cl. 6(f), 7).",
    )
}

/// The CSV downloads of a table of the page: (the output's table, file name,
/// the button's words).
pub fn csv_files(
    deal: Deal,
    table_id: &str,
) -> &'static [(&'static str, &'static str, &'static str)] {
    match (deal, table_id) {
        (Deal::Venture, "monthly-table") => &[
            ("rows", "venture-monthly.csv", "Download CSV"),
            (
                "cash",
                "venture-cash.csv",
                "Download the cash by month (CSV)",
            ),
        ],
        (Deal::Msa, "invoice-table") => &[("rows", "msa-invoices.csv", "Download CSV")],
        (Deal::Msa, "dates-table") => &[("dates", "msa-dates.csv", "Download CSV")],
        (Deal::Note, "schedule-table") => &[("rows", "note-schedule.csv", "Download CSV")],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_venture_at_its_defaults() {
        let view = page_view(&Deal::Venture.defaults()).unwrap();
        assert_eq!(view.tables.get()[0].table.rows.len(), 24);
        assert!(view.notices.iter().any(|n| n.contains("cl. 6(12)")));
        // Beyond the model's range: why, in words.
        let mut huge = crate::engine::venture::VentureInputs::defaults();
        huge.minutes = rust_decimal::Decimal::from(20_000_000);
        huge.growth_pct = rust_decimal::Decimal::from(50);
        huge.months = 120;
        assert!(page_view(&LinkScenario::Venture(huge)).is_err_and(|m| m.contains("10^12")));
    }

    #[test]
    fn every_deal_has_headlines_and_tables() {
        for deal in Deal::ALL {
            let view = page_view(&deal.defaults()).expect("the defaults compute");
            assert!(!view.headlines.is_empty(), "{deal:?}");
            assert!(!view.tables.get().is_empty(), "{deal:?}");
            assert_eq!(view.chart.is_some(), deal == Deal::Venture);
            for table in view.tables.get() {
                assert!(
                    !csv_files(deal, table.id).is_empty(),
                    "{deal:?} {}",
                    table.id
                );
            }
        }
    }
}
