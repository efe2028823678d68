//! Fusion's view as the page shows it: the chart's geometry (for each calendar
//! month, stacked bars of each deal's part — received up, paid down — and below
//! a line of the cumulative total), the table with every cell's `data-value` as
//! `dealmodel fusion` writes it, and the caption's links to the three scenarios.
//!
//! Figures become `f64` here only to be drawn; the table is the chart's exact
//! text alternative.

use super::deal::NamedTable;
use super::format::figure;
use super::plot::{amount, plot, Bar, Frame, Words};
use super::table::{Cell, Column, Table};
use crate::engine::msa::MsaInputs;
use crate::engine::note::NoteInputs;
use crate::engine::venture::VentureInputs;
use crate::scenario::fusion::{fusion_timeline, Timeline, TimelineRow, TIMELINE_KEYS};
use crate::scenario::link::{write_link, LinkScenario};

// The cash chart's frame (laid out by `plot`), so the two charts read alike;
// the bars start higher here (no marker label above them).
#[cfg(test)]
use super::chart::BARS_BOTTOM;
pub use super::chart::{HEIGHT, WIDTH};
const BARS_TOP: f64 = 20.0;
const WORDS: Words = Words {
    title: "Fusion's cash by month from the three deals",
    line_title: "Fusion's cumulative cash from the three deals ($)",
    month_title: "Calendar month",
};
/// At most this many month labels fit under the plot.
const MAX_MONTH_LABELS: usize = 10;

/// A deal's part of a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Venture,
    Msa,
    Note,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Venture, Part::Msa, Part::Note];

    /// The CSS class that colours it.
    pub fn class(self) -> &'static str {
        match self {
            Part::Venture => "part-venture",
            Part::Msa => "part-msa",
            Part::Note => "part-note",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Part::Venture => "The Venture: Fusion's cash",
            Part::Msa => "The MSA: what TWW pays",
            Part::Note => "The Note: what Fusion pays",
        }
    }

    fn value(self, row: &TimelineRow) -> f64 {
        match self {
            Part::Venture => row.venture.to_f64_lossy(),
            Part::Msa => row.msa.to_f64_lossy(),
            Part::Note => row.note.to_f64_lossy(),
        }
    }
}

/// A deal's part of a month's bar; its tooltip says the month, the deal and
/// the amount.
pub type PartBar = Bar<Part>;

#[derive(Debug, Clone, PartialEq)]
pub struct FusionChart {
    /// The axes, the cumulative total and the words, laid out as the cash
    /// chart lays out its own.
    pub frame: Frame,
    pub bars: Vec<PartBar>,
}

/// A link to one deal's scenario for the caption.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioLink {
    pub deal: &'static str,
    /// The canonical link, `#/…`.
    pub href: String,
    /// "its defaults" or "the scenario on its page".
    pub which: &'static str,
}

/// Everything the Fusion section shows.
#[derive(Debug, Clone, PartialEq)]
pub struct FusionView {
    pub chart: FusionChart,
    pub table: NamedTable,
    pub links: Vec<ScenarioLink>,
    /// (label, plain value) of each column's total, and the three together.
    pub totals: Vec<(&'static str, String)>,
}

/// Every `step`-th month is labelled, `step` a round number of months.
pub fn label_step(months: usize) -> usize {
    [1, 2, 3, 6, 12, 24, 60, 120, 240, 600]
        .into_iter()
        .find(|step| months.div_ceil(*step) <= MAX_MONTH_LABELS)
        .unwrap_or(1200)
}

/// The chart of a timeline.
pub fn chart(timeline: &Timeline) -> FusionChart {
    let rows = &timeline.rows;
    let months: Vec<Vec<(Part, f64)>> = rows
        .iter()
        .map(|row| Part::ALL.into_iter().map(|p| (p, p.value(row))).collect())
        .collect();
    let cumulative: Vec<f64> = rows
        .iter()
        .map(|row| row.cumulative.to_f64_lossy())
        .collect();
    let mut plot = plot(
        &months,
        &cumulative,
        BARS_TOP,
        &WORDS,
        describe(timeline),
        |index, part, value| {
            let month = rows.get(index).map(|row| row.month.to_string());
            let title = format!(
                "{}: {} {}",
                month.unwrap_or_default(),
                part.label(),
                amount(value)
            );
            (title, None)
        },
    );

    let step = label_step(rows.len());
    plot.label_months(
        rows.iter()
            .enumerate()
            .filter(|(index, _)| index % step == 0)
            .map(|(index, row)| (index, row.month.to_string())),
    );
    FusionChart {
        frame: plot.frame,
        bars: plot.bars,
    }
}

/// The chart in words, for its `<desc>`.
fn describe(timeline: &Timeline) -> String {
    match (timeline.rows.first(), timeline.rows.last()) {
        (Some(first), Some(last)) => format!(
            "Stacked bars for each month from {} to {}: Fusion's cash from the Venture, what TWW pays it under the MSA (up) and what it pays on the Note (down). Below, a line of the cumulative total, ending at {}. The table gives every figure.",
            first.month,
            last.month,
            amount(last.cumulative.to_f64_lossy()),
        ),
        _ => "There is no cash in these scenarios.".to_string(),
    }
}

const HEADERS: [&str; 6] = ["Month", "Venture", "MSA", "Note", "Total", "Cumulative"];

/// The table: one row per month, every cell's `data-value` as the CSV writes it.
pub fn table(timeline: &Timeline) -> NamedTable {
    let columns = TIMELINE_KEYS
        .iter()
        .zip(HEADERS)
        .map(|(&key, header)| Column {
            key,
            header,
            numeric: key != "month",
        })
        .collect();
    let rows = timeline
        .rows
        .iter()
        .map(|row| {
            row.values()
                .into_iter()
                .map(|(key, value)| Cell {
                    key,
                    text: if key == "month" {
                        value.clone()
                    } else {
                        figure(&value)
                    },
                    value,
                    explain: None,
                })
                .collect()
        })
        .collect();
    NamedTable {
        id: "fusion-table",
        title: "Fusion's cash by month",
        intro: "Received (+) and paid (−) by Fusion each calendar month: the Venture's cash table, each MSA invoice when TWW pays it, the Note's interest, pay-downs and payoff.",
        table: Table {
            columns,
            rows,
            closing: Vec::new(),
        },
    }
}

fn scenario_link(deal: &'static str, scenario: LinkScenario, default_link: &str) -> ScenarioLink {
    let href = write_link(&scenario);
    let which = if href == default_link {
        "its defaults"
    } else {
        "the scenario on its page"
    };
    ScenarioLink { deal, href, which }
}

/// The whole section for the three scenarios, or the message of a deal the
/// model cannot compute.
/// The CSV of Fusion's timeline for the three deals' scenarios (what
/// `dealmodel fusion` prints); `None` where it cannot be computed.
pub fn fusion_csv_of(
    venture: &crate::scenario::link::LinkScenario,
    msa: &crate::scenario::link::LinkScenario,
    note: &crate::scenario::link::LinkScenario,
) -> Option<String> {
    use crate::scenario::link::LinkScenario;
    match (venture, msa, note) {
        (LinkScenario::Venture(v), LinkScenario::Msa(m), LinkScenario::Note(n)) => {
            let timeline = crate::scenario::fusion::fusion_timeline(v, m, n).ok()?;
            Some(crate::scenario::fusion::timeline_csv(&timeline))
        }
        _ => None,
    }
}

/// Fusion's view of the three deals' scenarios as the page holds them (each
/// deal's form keeps a scenario of its own deal).
pub fn fusion_view_of(
    venture: &crate::scenario::link::LinkScenario,
    msa: &crate::scenario::link::LinkScenario,
    note: &crate::scenario::link::LinkScenario,
) -> Result<FusionView, String> {
    use crate::scenario::link::LinkScenario;
    match (venture, msa, note) {
        (LinkScenario::Venture(v), LinkScenario::Msa(m), LinkScenario::Note(n)) => {
            fusion_view(v, m, n)
        }
        _ => Err("fusion: a deal's scenario is missing.".to_string()),
    }
}

pub fn fusion_view(
    venture: &VentureInputs,
    msa: &MsaInputs,
    note: &NoteInputs,
) -> Result<FusionView, String> {
    let timeline = fusion_timeline(venture, msa, note)?;
    let links = vec![
        scenario_link(
            "the Venture",
            LinkScenario::Venture(venture.clone()),
            "#/venture?v=1",
        ),
        scenario_link("the MSA", LinkScenario::Msa(msa.clone()), "#/msa?v=1"),
        scenario_link("the Note", LinkScenario::Note(note.clone()), "#/note?v=1"),
    ];
    let t = &timeline.totals;
    let totals = vec![
        ("venture", t.venture.to_string()),
        ("msa", t.msa.to_string()),
        ("note", t.note.to_string()),
        ("total", t.total.to_string()),
    ];
    Ok(FusionView {
        chart: chart(&timeline),
        table: table(&timeline),
        links,
        totals,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> FusionView {
        fusion_view(
            &VentureInputs::defaults(),
            &MsaInputs::defaults(),
            &NoteInputs::defaults(),
        )
        .unwrap()
    }

    #[test]
    fn bars_stack_up_and_down_from_zero() {
        let view = defaults();
        let chart = &view.chart;
        assert!(chart.bars.iter().all(|b| b.height >= 0.0
            && b.y >= BARS_TOP - 1e-9
            && b.y + b.height <= BARS_BOTTOM + 1e-9));
        // A Note payment hangs below zero, a Venture inflow stands on it.
        let note = chart.bars.iter().find(|b| b.part == Part::Note).unwrap();
        assert!((note.y - chart.frame.bars_zero).abs() < 1e-9);
        let venture_up = chart
            .bars
            .iter()
            .find(|b| b.part == Part::Venture && b.title.starts_with("2002-11"))
            .unwrap();
        assert!((venture_up.y + venture_up.height - chart.frame.bars_zero).abs() < 1e-9);
        assert!(chart.frame.line.starts_with('M'));
        assert_eq!(
            chart.frame.line.matches('L').count(),
            view.table.table.rows.len() - 1
        );
        assert!(chart.frame.month_ticks.len() <= MAX_MONTH_LABELS);
        assert_eq!(chart.frame.month_ticks[0].label, "2002-09");
    }

    #[test]
    fn the_table_writes_the_csv_values_and_the_caption_links_each_deal() {
        let view = defaults();
        let first = &view.table.table.rows[0];
        assert_eq!(first[1].value, "-300000.00");
        assert_eq!(first[1].text, figure("-300000.00"));
        assert_eq!(first[0].value, "2002-09");
        assert_eq!(view.links[1].href, "#/msa?v=1");
        assert_eq!(view.links[1].which, "its defaults");
        assert_eq!(view.totals[1], ("msa", "122500.00".to_string()));
    }

    #[test]
    fn month_labels_stay_few() {
        assert_eq!(label_step(10), 1);
        assert_eq!(label_step(30), 3);
        assert_eq!(label_step(1_320), 240);
    }
}
