//! Explaining one figure of a scenario: reads the FIGURE key (`rows[N].KEY`,
//! `results.KEY`) against the deal's output keys, computes the scenario once and
//! asks the deal's engine for the explanation; refusals name the key and list
//! the allowed forms. The command line prints the result as text or JSON.

use super::catalogue;
use super::deal_form::Deal;
use super::link::LinkScenario;
use crate::engine::explain::{parse_key, ExplainError, Explanation, Key};
use crate::engine::{msa, note, venture};

/// The keys a deal's figures can have: its row keys (output and explain-only),
/// its result keys and its further tables' columns, all from the catalogue.
pub struct FigureKeys {
    pub rows: Vec<&'static str>,
    pub results: Vec<&'static str>,
    /// Further tables: the Venture's `cash`, the MSA's `dates`.
    pub tables: Vec<(&'static str, Vec<&'static str>)>,
}

/// The figure keys of the scenario's deal.
pub fn figure_keys(scenario: &LinkScenario) -> FigureKeys {
    let deal = Deal::of_scenario(scenario);
    let mut rows = catalogue::keys(catalogue::columns(deal, "rows"));
    if deal == Deal::Venture {
        rows.extend(venture::explain::EXTRA_ROW_KEYS);
    }
    let tables = ["cash", "dates"]
        .into_iter()
        .map(|table| (table, catalogue::keys(catalogue::columns(deal, table))))
        .filter(|(_, columns)| !columns.is_empty())
        .collect();
    FigureKeys {
        rows,
        results: catalogue::keys(catalogue::results(deal)),
        tables,
    }
}

/// The allowed forms, for a refusal.
fn allowed(scenario: &LinkScenario, rows: usize) -> String {
    let keys = figure_keys(scenario);
    let range = match rows {
        0 => "there are no rows".to_string(),
        n => format!("N from 0 to {}", n - 1),
    };
    let tables: String = keys
        .tables
        .iter()
        .map(|(name, columns)| format!(", {name}[N].KEY (KEY one of {})", columns.join(", ")))
        .collect();
    format!(
        "allowed: rows[N].KEY ({range}; KEY one of {}), results.KEY (KEY one of {}){tables}.",
        keys.rows.join(", "),
        keys.results.join(", ")
    )
}

/// The explanation of `figure` in the scenario, or the messages saying why not.
pub fn explain(scenario: &LinkScenario, figure: &str) -> Result<Explanation, Vec<String>> {
    let (answer, rows) = match scenario {
        LinkScenario::Venture(inputs) => {
            let run = super::run::venture(inputs);
            let outcome = run
                .as_ref()
                .as_ref()
                .map_err(|error| vec![super::venture::out_of_model_range(error)])?;
            (
                known(scenario, figure)
                    .and_then(|()| venture::explain::explain(inputs, outcome, figure)),
                outcome.rows.len(),
            )
        }
        LinkScenario::Msa(inputs) => {
            let run = super::run::msa(inputs);
            let outcome = run
                .as_ref()
                .as_ref()
                .map_err(|error| vec![super::msa::out_of_model_range(error)])?;
            (
                known(scenario, figure)
                    .and_then(|()| msa::explain::explain(inputs, outcome, figure)),
                outcome.shown_count,
            )
        }
        LinkScenario::Note(inputs) => {
            let run = super::run::note(inputs);
            let outcome = run
                .as_ref()
                .as_ref()
                .map_err(|error| vec![super::note::out_of_model_range(error)])?;
            (
                known(scenario, figure)
                    .and_then(|()| note::explain::explain(inputs, outcome, figure)),
                outcome.rows.len(),
            )
        }
    };
    answer.map_err(|error| vec![message(scenario, figure, &error, rows)])
}

/// Refuses a key whose name is not one of the deal's (before any row lookup).
fn known(scenario: &LinkScenario, figure: &str) -> Result<(), ExplainError> {
    let keys = figure_keys(scenario);
    let ok = match parse_key(figure) {
        Some(Key::Row(_, name)) => keys.rows.contains(&name),
        Some(Key::Result(name)) => keys.results.contains(&name),
        Some(Key::Table(table, _, name)) => keys
            .tables
            .iter()
            .any(|(t, columns)| *t == table && columns.contains(&name)),
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(ExplainError::UnknownFigure(figure.to_string()))
    }
}

/// The message for an explanation refused.
pub fn message(scenario: &LinkScenario, figure: &str, error: &ExplainError, rows: usize) -> String {
    let shown = super::values::shorten(figure);
    match error {
        ExplainError::UnknownFigure(_) => format!("FIGURE: \"{shown}\" is not a figure of this {} scenario; {}", scenario.route(), allowed(scenario, rows)),
        ExplainError::NotCovered(_) => format!(
            "FIGURE: \"{shown}\" has no explanation yet (an index, a calendar month, a yes/no, or the IRR, found in f64 by bisection); allowed: the other figures of rows[N].KEY and results.KEY."
        ),
        ExplainError::NoValue(_, why) => format!("FIGURE: \"{shown}\" is null in this scenario ({why}); there is nothing to explain."),
        ExplainError::NotComputed => "the scenario is beyond the model's range; there are no figures to explain.".to_string(),
    }
}
