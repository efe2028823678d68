//! What the MSA and Note pages show of a scenario's output: the headline figures
//! with labels and notes, and each table with human headers, every cell keeping
//! the value `dealmodel` prints (`data-value`) beside the text people read.

use super::format::show;
use super::headline::Headline;
use super::table::{Cell, Column, Table};
use crate::scenario::catalogue::{self, Figure, Kind};
use crate::scenario::deal_form::Deal;
use crate::scenario::output::{scalar_text, DealOutput, Row, Scalar};

/// A table of the page: its element id, title and a line saying what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedTable {
    pub id: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub table: Table,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DealView {
    pub headlines: Vec<Headline>,
    pub tables: Vec<NamedTable>,
    pub notices: Vec<String>,
}

/// (output key, element id, label, note) of each headline, in reading order. The
/// id is the key with hyphens: a headline opens its figure's explanation by it.
type HeadlineSpec = (&'static str, &'static str, &'static str, &'static str);

const MSA_HEADLINES: &[HeadlineSpec] = &[
    ("total_charges", "total-charges", "Total charges", "Every invoice of the term (with a stop: those standing plus the termination charge), before taxes (cl. 6(f), 7)"),
    ("termination_charge", "termination-charge", "Termination charge", "The rest of the term's recurring charges after the stop (cl. 12); none without a stop"),
    ("shortfall", "shortfall", "Minimum Commitment shortfall", "Due when the Commitment Period ends (cl. 3)"),
    ("late_interest", "late-interest", "Late-payment interest", "On the invoice paid late, at the lower of the late and lawful rates (cl. 6(c))"),
    ("max_deposit", "max-deposit", "Largest deposit the Provider may ask", "The term's expected charges (cl. 5)"),
    ("term_start", "term-start", "Service Term starts", "The Acceptance Date (Exhibit A)"),
    ("term_end", "term-end", "Service Term ends", "As scheduled (cl. 3)"),
    ("commitment_end", "commitment-end", "Commitment Period ends", "Its first 12 months (cl. 3)"),
];

const NOTE_HEADLINES: &[HeadlineSpec] = &[
    (
        "payoff",
        "payoff",
        "Payoff on the demand date",
        "Principal, overdue interest, interest since the last interest date, and collection costs",
    ),
    (
        "total_interest",
        "total-interest",
        "Total interest",
        "On principal and on overdue interest, over the note's life",
    ),
    (
        "act360_cost_vs_act365",
        "act360-cost-vs-act365",
        "What Actual/360 costs Fusion",
        "Total interest on a 360-day year less on a 365-day year",
    ),
    (
        "rate",
        "rate",
        "Rate applied (% a year)",
        "The lesser of the stated rate and the highest lawful rate",
    ),
    (
        "act365_equivalent_rate",
        "act365-equivalent-rate",
        "As an Actual/365 rate (%)",
        "The rate × 365 / 360",
    ),
    (
        "principal",
        "principal",
        "Principal",
        "As the reading in force takes it",
    ),
    (
        "payoff_principal",
        "payoff-principal",
        "Payoff: principal",
        "Outstanding on the demand date",
    ),
    (
        "payoff_overdue",
        "payoff-overdue",
        "Payoff: overdue interest",
        "Interest due and not paid",
    ),
    (
        "payoff_accrued",
        "payoff-accrued",
        "Payoff: interest since the last date",
        "On principal and on overdue interest",
    ),
    (
        "payoff_collection",
        "payoff-collection",
        "Payoff: collection costs",
        "Attorneys' and collection fees",
    ),
];

/// A table of rows with the given columns from the catalogue: each cell keeps
/// the value `dealmodel` writes (`data-value`) and reads as its kind says.
pub fn table(columns: &'static [Figure], rows: &[Row]) -> Table {
    let rows = rows
        .iter()
        .map(|row| {
            columns
                .iter()
                .map(|column| {
                    let value = row
                        .iter()
                        .find(|(k, _)| *k == column.key)
                        .map_or(Scalar::Null, |(_, v)| v.clone());
                    Cell {
                        key: column.key,
                        value: value.text(),
                        text: show(column.kind, &value),
                    }
                })
                .collect()
        })
        .collect();
    Table {
        columns: columns.iter().map(Column::of).collect(),
        rows,
    }
}

fn headlines(deal: Deal, specs: &[HeadlineSpec], results: &Row) -> Vec<Headline> {
    specs
        .iter()
        .enumerate()
        .map(|(index, &(key, id, label, note))| {
            let value = results
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(Scalar::Null, |(_, v)| v.clone());
            let kind = catalogue::result(deal, key).map_or(Kind::Text, |f| f.kind);
            let text = match (&value, key) {
                (Scalar::Null, "termination_charge") => "none (no stop)".to_string(),
                _ => show(kind, &value),
            };
            Headline {
                id,
                label,
                text,
                note: note.to_string(),
                data_value: scalar_text(results, key),
                lead: index == 0,
            }
        })
        .collect()
}

/// The page's view of an MSA or Note output.
pub fn deal_view(deal: Deal, output: &DealOutput) -> DealView {
    let (specs, rows_table) = match deal {
        Deal::Msa => (MSA_HEADLINES, ("invoice-table", "Invoices", "Each invoice, issued in advance on its period's first day, with its due date and the last day to dispute it ($, before taxes).")),
        _ => (NOTE_HEADLINES, ("schedule-table", "Interest schedule", "Each interest date before the demand: the days counted, the interest on principal and on overdue interest, what falls due and whether it was paid ($). Untick “Paid” to see a date missed.")),
    };
    let (id, title, intro) = rows_table;
    let mut tables = vec![NamedTable {
        id,
        title,
        intro,
        table: table(catalogue::columns(deal, "rows"), &output.rows),
    }];
    for (name, rows) in &output.tables {
        if *name == "dates" {
            tables.push(NamedTable {
                id: "dates-table",
                title: "Dates that matter",
                intro: "Every date the inputs fix, in date order, with its clause. Download them into a calendar below.",
                table: table(catalogue::columns(deal, "dates"), rows),
            });
        }
    }
    DealView {
        headlines: headlines(deal, specs, &output.results),
        tables,
        notices: output.notices.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_the_output_value_and_read_grouped() {
        let amount = crate::engine::Money::round("7500".parse().unwrap()).unwrap();
        let rows = vec![vec![
            ("date", Scalar::Text("2003-06-30".into())),
            ("interest", Scalar::Money(amount)),
            ("paid", Scalar::Bool(false)),
        ]];
        let t = table(catalogue::columns(Deal::Note, "rows"), &rows);
        let cell = |key: &str| t.rows[0].iter().find(|c| c.key == key).unwrap();
        assert_eq!(cell("interest").text, "$7,500.00");
        assert_eq!(cell("interest").value, "7500.00");
        assert_eq!(cell("paid").text, "no");
        assert_eq!(cell("due").text, "—");
        assert_eq!(t.columns[0].header, "Date");
    }

    #[test]
    fn headline_ids_name_their_figures() {
        for (key, id, _, _) in MSA_HEADLINES.iter().chain(NOTE_HEADLINES) {
            assert_eq!(id.replace('-', "_"), *key, "{id} would open another figure");
        }
    }

    #[test]
    fn a_missing_termination_charge_says_why() {
        let results = vec![("termination_charge", Scalar::Null)];
        let h = headlines(Deal::Msa, MSA_HEADLINES, &results);
        assert_eq!(h[1].text, "none (no stop)");
        assert_eq!(h[1].data_value, "");
        assert!(h[0].lead);
        let rate = vec![(
            "act365_equivalent_rate",
            Scalar::Decimal("4.8159722222222222222222222222".parse().unwrap()),
        )];
        let h = headlines(Deal::Note, NOTE_HEADLINES, &rate);
        assert_eq!(h[4].text, "4.816 %");
        assert_eq!(h[4].data_value, "4.8159722222222222222222222222");
    }
}
