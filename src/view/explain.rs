//! What the page shows when a figure is clicked or focused: its explanation as
//! plain text (the line, each value with where it comes from, the rounding and
//! the notes), the keys of the values that can be explained in turn (the "walk
//! back"), and how a headline or a table cell names its figure.

use crate::engine::explain::TermSource;
use crate::scenario::catalogue;
use crate::scenario::deal_form::Deal;
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

/// How a row of each table is counted: "month 6", "invoice 2".
fn row_word(deal: Deal, table: &str) -> &'static str {
    match (deal, table) {
        (Deal::Venture, "cash") => "cash month",
        (Deal::Venture, _) => "month",
        (Deal::Msa, "dates") => "date that matters",
        (Deal::Msa, _) => "invoice",
        (Deal::Note, _) => "interest date",
    }
}

/// A figure's key (`results.thil_npv`, `rows[5].retained`, `cash[3].thil`,
/// `dates[2].date`) as a person reads it: "THIL NPV", "Retained for the loan,
/// month 6", "THIL's cash, cash month 3". A value with no column of its own
/// (`rows[0].costs_to_date`) reads by its name in words.
pub fn figure_words(deal: Deal, figure: &str) -> String {
    if let Some(key) = figure.strip_prefix("results.") {
        return catalogue::result(deal, key)
            .map_or_else(|| words_of_name(key), |f| f.label.to_string());
    }
    let Some((table, rest)) = figure.split_once('[') else {
        return words_of_name(figure);
    };
    let Some((index, column)) = rest.split_once("].") else {
        return words_of_name(figure);
    };
    let Ok(index) = index.parse::<usize>() else {
        return words_of_name(figure);
    };
    // Rows count from 1 as people count them; cash months from 0, as t does.
    let number = if table == "cash" { index } else { index + 1 };
    let name = catalogue::column(deal, table, column)
        .map_or_else(|| words_of_name(column), |f| f.label.to_string());
    format!("{name}, {} {number}", row_word(deal, table))
}

/// A name with no label (an intermediate value): its words, capitalised.
fn words_of_name(name: &str) -> String {
    let spaced = name.replace('_', " ").replace("thil", "THIL");
    let mut chars = spaced.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Every figure key inside a text (`rows[5].retained = …`) replaced by its
/// words, so that no key reaches the page.
pub fn humanise(deal: Deal, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((start, len)) = next_key(rest) {
        out.push_str(&rest[..start]);
        out.push_str(&figure_words(deal, &rest[start..start + len]));
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    out
}

/// Where the next figure key starts in `text`, and its length.
fn next_key(text: &str) -> Option<(usize, usize)> {
    let is_name = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
    let name_len = |s: &str| s.find(|c: char| !is_name(c)).unwrap_or(s.len());
    let mut from = 0;
    while from < text.len() {
        let candidates = ["results.", "rows[", "cash[", "dates["];
        let (start, prefix) = candidates
            .iter()
            .filter_map(|p| text[from..].find(p).map(|i| (from + i, *p)))
            .min_by_key(|(i, _)| *i)?;
        let preceded_by_name = text[..start].chars().next_back().is_some_and(is_name);
        let after = &text[start + prefix.len()..];
        let len = if preceded_by_name {
            None
        } else if prefix == "results." {
            Some(name_len(after))
                .filter(|n| *n > 0)
                .map(|n| prefix.len() + n)
        } else {
            let digits = after
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(after.len());
            let tail = &after[digits..];
            match tail.strip_prefix("].") {
                Some(column) if digits > 0 && name_len(column) > 0 => {
                    Some(prefix.len() + digits + 2 + name_len(column))
                }
                _ => None,
            }
        };
        match len {
            Some(len) => return Some((start, len)),
            None => from = start + prefix.len(),
        }
    }
    None
}

/// Why a figure has no explanation, in words: the command line's message names
/// the figure grammar (`rows[N].KEY`), which the page has no use for.
fn refusal_words(deal: Deal, figure: &str, messages: &[String]) -> String {
    let words = figure_words(deal, figure);
    if messages
        .iter()
        .any(|m| m.contains("has no explanation yet"))
    {
        return format!("{words} has no explanation yet.");
    }
    messages
        .iter()
        .map(|m| {
            let m = m.split("; allowed:").next().unwrap_or(m);
            let m = m.strip_prefix("FIGURE: ").unwrap_or(m);
            humanise(deal, m)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where a term's value comes from, in words.
fn source_words(deal: Deal, source: &TermSource, fallback: String) -> String {
    match source {
        TermSource::Input(id) => format!("input “{}”", catalogue::input_id_label(*id)),
        TermSource::Figure(key) => figure_words(deal, key),
        _ => humanise(deal, &fallback),
    }
}

/// The explanation of `figure` in the scenario, ready to show: every key in
/// it said in words (the command line's `dealmodel explain` keeps the keys).
pub fn explain_view(scenario: &LinkScenario, figure: &str) -> ExplainView {
    let deal = Deal::of_scenario(scenario);
    match explain(scenario, figure) {
        Ok(e) => ExplainView {
            figure: figure.to_string(),
            heading: format!(
                "{} — {}: {}",
                figure_words(deal, &e.figure),
                humanise(deal, &e.label),
                e.result()
            ),
            line: humanise(deal, &e.line()),
            terms: e
                .terms()
                .into_iter()
                .map(|term| TermView {
                    walk: match &term.source {
                        TermSource::Figure(key) => Some(key.clone()),
                        _ => None,
                    },
                    value: term.text(),
                    source: source_words(
                        deal,
                        &term.source,
                        term.source_text(catalogue::input_key),
                    ),
                    symbol: humanise(deal, &term.symbol),
                })
                .collect(),
            rounding: e.rounding(),
            notes: e
                .notes
                .iter()
                .map(|note| humanise(deal, note))
                .chain(e.reading_input.map(|id| {
                    format!(
                        "The {} is the one chosen with the input “{}”.",
                        humanise(deal, e.reading.as_deref().unwrap_or("reading")),
                        catalogue::input_id_label(id)
                    )
                }))
                .collect(),
            copy_text: humanise(deal, &e.text(catalogue::input_key)),
            error: None,
        },
        Err(messages) => ExplainView {
            figure: figure.to_string(),
            heading: figure_words(deal, figure),
            line: String::new(),
            terms: Vec::new(),
            rounding: None,
            notes: Vec::new(),
            copy_text: humanise(deal, &messages.join("\n")),
            error: Some(refusal_words(deal, figure, &messages)),
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
            "Retained for the loan, month 1 — retained by Fusion to repay the loan: 2,968.42"
        );
        assert!(view
            .line
            .ends_with("= 2,968.42 — amended cl. 2(2)(1)(b); funded reading"));
        assert_eq!(view.terms[0].walk.as_deref(), Some("rows[0].distributable"));
        assert_eq!(view.terms[0].source, "Distributable, month 1");
        assert_eq!(view.terms[1].source, "THIL cost share, month 1");
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
        let refused = explain_view(&scenario, "results.recoup_settles");
        assert_eq!(
            refused.error.as_deref(),
            Some("Recoup settles in has no explanation yet.")
        );
    }

    #[test]
    fn keys_in_texts_read_as_words() {
        let d = Deal::Venture;
        assert_eq!(
            humanise(d, "Σ rows[*].thil_paid; rows[11].retained = 1.00 is the last; see results.thil_npv."),
            "Σ rows[*].thil_paid; Retained for the loan, month 12 = 1.00 is the last; see THIL's NPV."
        );
        assert_eq!(humanise(d, "cash[0].thil"), "THIL's cash, cash month 0");
        assert_eq!(
            humanise(Deal::Msa, "dates[2].date and rows[1].amount"),
            "Date, date that matters 3 and Amount, invoice 2"
        );
        assert_eq!(
            humanise(d, "myrows[1].x rows[].x results. plain"),
            "myrows[1].x rows[].x results. plain"
        );
    }
}
