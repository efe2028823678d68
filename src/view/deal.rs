//! What every deal's page shows of a scenario's output, one way for the three:
//! the headline figures (`headline.rs`), the Venture's chart, and each table
//! with human headers, every cell keeping the value `dealmodel` prints
//! (`data-value`) beside the text people read.

use super::chart::Chart;
use super::headline::{headlines, Headline};
use super::table::{table, Cell, Table};
use crate::scenario::catalogue::{self, Figure};
use crate::scenario::deal_form::Deal;
use crate::scenario::link::LinkScenario;
use crate::scenario::output::{DealOutput, Row};
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
pub fn deal_view(
    scenario: &LinkScenario,
    results: &Row,
    notices: Vec<String>,
    chart: Option<Rc<Chart>>,
) -> DealView {
    let deal = Deal::of_scenario(scenario);
    let later = scenario.clone();
    DealView {
        headlines: Rc::new(headlines(scenario, results)),
        chart,
        // Below the fold, a painted frame after the headlines: the output's
        // rows and the tables are built when first asked for.
        tables: Tables::later(move || {
            crate::scenario::output::link_output(&crate::scenario::link::Link::plain(
                later.clone(),
                Vec::new(),
            ))
            .map(|output| named_tables(deal, &output))
            .unwrap_or_default()
        }),
        notices,
    }
}

/// The iCalendar file of an MSA scenario's dates that matter, stamped `stamp`
/// (the page's clock: the scenario layer has none); `None` for another deal.
pub fn calendar_of(scenario: &LinkScenario, stamp: &str) -> Option<String> {
    match scenario {
        LinkScenario::Msa(inputs) => crate::scenario::msa::ics::calendar(inputs, stamp).ok(),
        _ => None,
    }
}

/// The CSV of a table (`rows`, `cash`, `dates`) of the scenario `link`: the
/// same text as `dealmodel --format csv` writes; `None` where it has none.
pub fn table_csv_of(link: &str, table: &str) -> Option<String> {
    let read = crate::scenario::read_link(link).ok()?;
    crate::scenario::output::link_output(&read)
        .ok()?
        .table_csv(table)
}

/// The Note's payoff under each reading of its principal, (words, figures), as
/// the output writes it (`""` where the model cannot give it): the same
/// scenario with the reading changed on its typed inputs.
pub fn payoffs_by_reading(scenario: &LinkScenario) -> (String, String) {
    use crate::engine::note::PrincipalReading;
    let under = |reading: PrincipalReading| {
        let LinkScenario::Note(inputs) = scenario else {
            return String::new();
        };
        let read = LinkScenario::Note(crate::engine::note::NoteInputs {
            amount: Some(reading),
            ..inputs.clone()
        });
        crate::scenario::output::link_output(&crate::scenario::link::Link::plain(read, Vec::new()))
            .map(|output| crate::scenario::output::scalar_text(&output.results, "payoff"))
            .unwrap_or_default()
    };
    (
        under(PrincipalReading::Words),
        under(PrincipalReading::Figures),
    )
}

/// Both sides of a compare as the page shows them (A pinned, B on show).
pub fn compare_of(
    a: &LinkScenario,
    b: &LinkScenario,
) -> Result<super::compare::CompareView, String> {
    let output = |scenario: &LinkScenario| {
        crate::scenario::output::link_output(&crate::scenario::link::Link::plain(
            scenario.clone(),
            Vec::new(),
        ))
    };
    Ok(super::compare::compare_view(&output(a)?, &output(b)?))
}

/// What each deal's `rows` table is called on its page: (element id, title, intro).
fn rows_table(deal: Deal) -> (&'static str, &'static str, &'static str) {
    match deal {
        Deal::Venture => ("monthly-table", "Monthly statement", "Each month's statement, the division of its distributable profit, and THIL's loan balance ($)."),
        Deal::Msa => ("invoice-table", "Invoices", "Each invoice, issued in advance on its period's first day, with its due date and the last day to dispute it ($, before taxes)."),
        Deal::Note => ("schedule-table", "Interest schedule", "Each interest date before the demand: the days counted, the interest on principal and on overdue interest, what falls due and whether it was paid ($). Untick “Paid” to see a date missed."),
    }
}

/// The page's tables of an output: its rows (with their closing lines), then
/// the MSA's dates that matter.
fn named_tables(deal: Deal, output: &DealOutput) -> Vec<Rc<NamedTable>> {
    let (id, title, intro) = rows_table(deal);
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
    tables
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::output::Scalar;

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
}
