//! Everything the results part of the page shows for one scenario, built once
//! per scenario: the canonical link, the headlines, the chart, the monthly
//! table and the notices.

use super::chart::{chart, Chart};
use super::headline::{headlines, Headline};
use super::table::{table, Table};
use crate::engine::venture::VentureInputs;
use crate::scenario::link::{write_link, LinkScenario};
use crate::scenario::venture::out_of_model_range;

#[derive(Debug, Clone, PartialEq)]
pub struct ResultsView {
    pub headlines: Vec<Headline>,
    pub chart: Chart,
    pub table: Table,
    /// The engine's notices, in its order.
    pub notices: Vec<String>,
}

/// One computation of a scenario, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    /// The canonical link part (`#/venture?v=1&…`) of the scenario.
    pub link: String,
    /// The results, or why the model cannot give them.
    pub results: Result<ResultsView, String>,
}

pub fn computed(inputs: &VentureInputs) -> Computed {
    let link = write_link(&LinkScenario::Venture(inputs.clone()));
    let run = crate::scenario::run::venture(inputs);
    let results = run
        .as_ref()
        .as_ref()
        .map(|outcome| ResultsView {
            headlines: headlines(inputs, outcome),
            chart: chart(inputs, outcome),
            table: table(&outcome.rows),
            notices: outcome
                .notices
                .iter()
                .map(|notice| notice.text.clone())
                .collect(),
        })
        .map_err(out_of_model_range);
    Computed { link, results }
}

/// The notices list: the link's warnings first, then the engine's (as the
/// command line lists them).
pub fn notice_lines(warnings: &[String], results: &Result<ResultsView, String>) -> Vec<String> {
    let mut lines = warnings.to_vec();
    if let Ok(view) = results {
        lines.extend(view.notices.iter().cloned());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::deal_form::{Deal, DealForm};

    #[test]
    fn defaults_compute() {
        let computed = computed(&VentureInputs::defaults());
        assert_eq!(computed.link, "#/venture?v=1");
        let view = computed.results.as_ref().unwrap();
        assert_eq!(view.table.rows.len(), 24);
        assert!(view.notices.iter().any(|n| n.contains("cl. 6(12)")));
    }

    #[test]
    fn warnings_come_first() {
        let form = DealForm::from_link(Deal::Venture, "#/venture?v=1&zzz=1");
        assert_eq!(form.warnings.len(), 1);
        let computed = computed(form.venture().unwrap());
        let lines = notice_lines(&form.warnings, &computed.results);
        assert!(lines[0].starts_with("zzz:"));
        assert!(lines.len() > 1);
    }
}
