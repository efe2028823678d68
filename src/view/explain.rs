//! What the page shows when a figure is clicked or focused: its explanation as
//! plain text (the line, each value with where it comes from, the rounding and
//! the notes), the keys of the values that can be explained in turn (the "walk
//! back"), and how a headline or a table cell names its figure.

use crate::engine::explain::TermSource;
use crate::scenario::explain::explain;
use crate::scenario::link::LinkScenario;

/// The tables whose rows are `rows[N]` of the output.
pub const ROW_TABLES: &[&str] = &["monthly-table", "invoice-table", "schedule-table"];

/// One value the explanation used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermView {
    pub symbol: String,
    pub value: String,
    /// Where it comes from, in words.
    pub source: String,
    /// The figure to open next, where the value is itself a figure.
    pub walk: Option<String>,
}

/// The explanation panel's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplainView {
    pub figure: String,
    /// `rows[0].retained — retained by Fusion to repay the loan: 2,968.42`.
    pub heading: String,
    /// The one-line statement (formula, values, result, clause, reading).
    pub line: String,
    pub terms: Vec<TermView>,
    pub rounding: Option<String>,
    pub notes: Vec<String>,
    /// The whole explanation as text to copy into an e-mail.
    pub copy_text: String,
    /// Why there is no explanation, instead of the above.
    pub error: Option<String>,
}

/// The explanation of `figure` in the scenario, ready to show.
pub fn explain_view(scenario: &LinkScenario, figure: &str) -> ExplainView {
    match explain(scenario, figure) {
        Ok(e) => ExplainView {
            figure: figure.to_string(),
            heading: format!("{} — {}: {}", e.figure, e.label, e.result()),
            line: e.line(),
            terms: e
                .terms()
                .into_iter()
                .map(|term| TermView {
                    walk: match &term.source {
                        TermSource::Figure(key) => Some(key.clone()),
                        _ => None,
                    },
                    value: term.text(),
                    source: term.source_text(),
                    symbol: term.symbol,
                })
                .collect(),
            rounding: e.rounding(),
            notes: e.notes.clone(),
            copy_text: e.text(),
            error: None,
        },
        Err(messages) => ExplainView {
            figure: figure.to_string(),
            heading: figure.to_string(),
            line: String::new(),
            terms: Vec::new(),
            rounding: None,
            notes: Vec::new(),
            copy_text: messages.join("\n"),
            error: Some(messages.join(" ")),
        },
    }
}

/// The figure of a headline: its element id is its result key with hyphens.
pub fn figure_of_headline(id: &str) -> String {
    format!("results.{}", id.replace('-', "_"))
}

/// The figure of a table cell: `rows[N].KEY` in a table of rows, else none.
pub fn figure_of_cell(table_id: &str, row: usize, key: &str) -> Option<String> {
    if table_id == "dates-table" {
        return Some(format!("dates[{row}].{key}"));
    }
    ROW_TABLES
        .contains(&table_id)
        .then(|| format!("rows[{row}].{key}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::venture::VentureInputs;

    #[test]
    fn a_cell_opens_its_explanation_with_terms_to_walk_to() {
        let scenario = LinkScenario::Venture(VentureInputs::defaults());
        let figure = figure_of_cell("monthly-table", 0, "retained").unwrap_or_default();
        let view = explain_view(&scenario, &figure);
        assert_eq!(
            view.heading,
            "rows[0].retained — retained by Fusion to repay the loan: 2,968.42"
        );
        assert!(view
            .line
            .ends_with("= 2,968.42 — amended cl. 2(2)(1)(b); funded reading"));
        assert_eq!(view.terms[0].walk.as_deref(), Some("rows[0].distributable"));
        assert!(view.copy_text.contains(&view.line));
        assert_eq!(
            figure_of_headline("thil-percentage-share"),
            "results.thil_percentage_share"
        );
        assert_eq!(
            figure_of_cell("dates-table", 3, "date").as_deref(),
            Some("dates[3].date")
        );
        assert_eq!(figure_of_cell("other-table", 0, "date"), None);
        let refused = explain_view(&scenario, "results.thil_irr");
        assert!(refused.error.is_some());
    }
}
