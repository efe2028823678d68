//! What the MSA and Note pages show of a scenario's output: the headline figures
//! with labels and notes, and each table with human headers, every cell keeping
//! the value `dealmodel` prints (`data-value`) beside the text people read.

use super::chart::Chart;
use super::format::show;
use super::headline::Headline;
use super::table::{Cell, Column, Table};
use crate::engine::Date;
use crate::scenario::catalogue::{self, Figure, Kind};
use crate::scenario::deal_form::Deal;
use crate::scenario::link::LinkScenario;
use crate::scenario::output::{scalar_text, DealOutput, Row, Scalar};
use std::rc::Rc;

/// A table of the page: its element id, title and a line saying what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedTable {
    pub id: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub table: Table,
}

/// A page's tables, built when first asked for: they sit below the fold and
/// follow a painted frame after the headlines, so the render a slider's input
/// makes at once does not build them (the Venture's 24 × 18 cells were a
/// fifth of it).
#[derive(Clone)]
pub struct Tables(Rc<TablesInner>);

struct TablesInner {
    built: std::cell::OnceCell<Vec<Rc<NamedTable>>>,
    build: Box<dyn Fn() -> Vec<Rc<NamedTable>>>,
}

impl Tables {
    /// Tables already built.
    pub fn ready(tables: Vec<Rc<NamedTable>>) -> Tables {
        let built = std::cell::OnceCell::new();
        let _ = built.set(tables);
        Tables(Rc::new(TablesInner {
            built,
            build: Box::new(Vec::new),
        }))
    }

    /// Tables `build` makes the first time they are asked for.
    pub fn later(build: impl Fn() -> Vec<Rc<NamedTable>> + 'static) -> Tables {
        Tables(Rc::new(TablesInner {
            built: std::cell::OnceCell::new(),
            build: Box::new(build),
        }))
    }

    pub fn get(&self) -> &[Rc<NamedTable>] {
        self.0.built.get_or_init(|| (self.0.build)())
    }
}

/// The same tables: the same view's (they are built from its scenario).
impl PartialEq for Tables {
    fn eq(&self, other: &Tables) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Tables {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.built.get() {
            Some(tables) => f.debug_list().entries(tables.iter().map(|t| t.id)).finish(),
            None => f.write_str("[not built yet]"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DealView {
    pub headlines: Rc<Vec<Headline>>,
    /// The Venture's cash by month, drawn under its headlines.
    pub chart: Option<Rc<Chart>>,
    pub tables: Tables,
    /// The engine's notices, in its order.
    pub notices: Vec<String>,
}

/// (output key, element id, label, note) of each headline, in reading order. The
/// id is the key with hyphens: a headline opens its figure's explanation by it.
type HeadlineSpec = (&'static str, &'static str, &'static str, &'static str);

const MSA_HEADLINES: &[HeadlineSpec] = &[
    ("total_charges", "total-charges", "Total charges", "Every invoice of the term (with a stop: those standing plus the termination charge), before taxes (cl. 6(f), 7)"),
    ("termination_charge", "termination-charge", "Termination charge", "The rest of the term's recurring charges after the stop (cl. 12); none without a stop"),
    ("termination_due", "termination-due", "Termination charge due", "Billed like an invoice issued on the stop date: due the payment days after it (cl. 6(b), 12; a reading)"),
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
                        explain: None,
                    }
                })
                .collect()
        })
        .collect();
    Table {
        columns: columns.iter().map(Column::of).collect(),
        rows,
        closing: Vec::new(),
    }
}

/// The Service Term's end after TWW stops on `stop`: the service ends then, and
/// the scheduled end is the basis of the termination charge (`msa.md`).
fn stopped_term_end(stop: Date) -> (&'static str, String) {
    (
        "Service Term's scheduled end",
        format!(
            "The service ends on {stop}, when TWW stops (cl. 12); the charge runs to this scheduled end (cl. 3)"
        ),
    )
}

fn headlines(
    deal: Deal,
    specs: &[HeadlineSpec],
    results: &Row,
    stop: Option<Date>,
) -> Vec<Headline> {
    let stopped = results
        .iter()
        .any(|(k, v)| *k == "termination_charge" && *v != Scalar::Null);
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
                (Scalar::Null, "termination_due") if stopped => {
                    "none (nothing charged)".to_string()
                }
                (Scalar::Null, "termination_due") => "none (no stop)".to_string(),
                _ => show(kind, &value),
            };
            let (label, note) = match (key, stop) {
                ("term_end", Some(stop)) => stopped_term_end(stop),
                _ => (label, note.to_string()),
            };
            Headline {
                id,
                label,
                text,
                note,
                data_value: scalar_text(results, key),
                lead: index == 0,
            }
        })
        .collect()
}

/// The closing lines of a table: the MSA's termination charge, its number cell
/// naming it and its money and due date explaining the results they show.
fn closing_lines(columns: &'static [Figure], rows: &[Row]) -> Vec<Vec<Cell>> {
    let mut lines = table(columns, rows).rows;
    for line in &mut lines {
        for cell in line.iter_mut() {
            cell.explain = match cell.key {
                "recurring" | "amount" => Some("results.termination_charge"),
                "due" => Some("results.termination_due"),
                _ => None,
            };
        }
        if let Some(first) = line.first_mut() {
            first.text = "Termination charge".to_string();
        }
    }
    lines
}

/// The page's view of an MSA or Note output.
pub fn deal_view(scenario: &LinkScenario, output: &DealOutput) -> DealView {
    let deal = Deal::of_scenario(scenario);
    let stop = match scenario {
        LinkScenario::Msa(inputs) => inputs.stop,
        _ => None,
    };
    let (specs, rows_table) = match deal {
        Deal::Msa => (MSA_HEADLINES, ("invoice-table", "Invoices", "Each invoice, issued in advance on its period's first day, with its due date and the last day to dispute it ($, before taxes).")),
        _ => (NOTE_HEADLINES, ("schedule-table", "Interest schedule", "Each interest date before the demand: the days counted, the interest on principal and on overdue interest, what falls due and whether it was paid ($). Untick “Paid” to see a date missed.")),
    };
    let (id, title, intro) = rows_table;
    let columns = catalogue::columns(deal, "rows");
    let mut rows_table = table(columns, &output.rows);
    rows_table.closing = closing_lines(columns, &output.closing_rows);
    let mut tables = vec![Rc::new(NamedTable {
        id,
        title,
        intro,
        table: rows_table,
    })];
    for (name, rows) in &output.tables {
        if *name == "dates" {
            tables.push(Rc::new(NamedTable {
                id: "dates-table",
                title: "Dates that matter",
                intro: "Every date the inputs fix, in date order, with its clause. Download them into a calendar below.",
                table: table(catalogue::columns(deal, "dates"), rows),
            }));
        }
    }
    DealView {
        headlines: Rc::new(headlines(deal, specs, &output.results, stop)),
        chart: None,
        tables: Tables::ready(tables),
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
        let h = headlines(Deal::Msa, MSA_HEADLINES, &results, None);
        assert_eq!(h[1].text, "none (no stop)");
        assert_eq!(h[1].data_value, "");
        assert!(h[0].lead);
        let rate = vec![(
            "act365_equivalent_rate",
            Scalar::Decimal("4.8159722222222222222222222222".parse().unwrap()),
        )];
        let h = headlines(Deal::Note, NOTE_HEADLINES, &rate, None);
        assert_eq!(h[4].text, "4.816 %");
        assert_eq!(h[4].data_value, "4.8159722222222222222222222222");
    }
}
