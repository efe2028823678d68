//! The chart's geometry: for each statement month, stacked bars of who receives
//! its distributable profit (THIL, Fusion's retention for the loan, Fusion's own
//! share), a line of THIL's cumulative cash below, and the recoup month marked.
//!
//! Figures become `f64` here only to be drawn (`Money::to_f64_lossy`); the
//! monthly table is the chart's exact text alternative.

use super::axis::month_step;
use super::plot::{amount, plot, Frame, Words};
use crate::engine::venture::{VentureInputs, VentureOutcome};

/// The SVG's coordinate box; the page scales it to the width available.
pub const WIDTH: f64 = 720.0;
pub const HEIGHT: f64 = 424.0;
pub(super) const PLOT_LEFT: f64 = 60.0;
pub(super) const PLOT_RIGHT: f64 = WIDTH - 16.0;
const MARKER_LABEL_Y: f64 = 16.0;
const BARS_TOP: f64 = 30.0;
pub(super) const BARS_BOTTOM: f64 = 232.0;
pub(super) const LINE_TITLE_Y: f64 = 260.0;
pub(super) const LINE_TOP: f64 = 282.0;
pub(super) const LINE_BOTTOM: f64 = 374.0;
pub(super) const MONTH_LABEL_Y: f64 = 393.0;
pub(super) const MONTH_TITLE_Y: f64 = 416.0;
pub(super) const MAX_BAR_WIDTH: f64 = 32.0;

const WORDS: Words = Words {
    title: "Monthly cash flows by statement month",
    line_title: "THIL's cumulative cash after each month settles ($)",
    month_title: "Statement month",
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Series {
    Thil,
    Retained,
    Fusion,
}

impl Series {
    pub const ALL: [Series; 3] = [Series::Thil, Series::Retained, Series::Fusion];

    /// The CSS class that colours it.
    pub fn class(self) -> &'static str {
        match self {
            Series::Thil => "series-thil",
            Series::Retained => "series-retained",
            Series::Fusion => "series-fusion",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Series::Thil => "Paid to THIL (profit and amortization)",
            Series::Retained => "Retained by Fusion for the loan",
            Series::Fusion => "Fusion's profit share",
        }
    }
}

/// One statement month's figures, as drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MonthFlows {
    pub month: u32,
    pub thil: f64,
    pub retained: f64,
    pub fusion: f64,
    /// THIL's cumulative cash once this month has settled (cash month m + lag).
    pub thil_cumulative: f64,
}

impl MonthFlows {
    fn value(&self, series: Series) -> f64 {
        match series {
            Series::Thil => self.thil,
            Series::Retained => self.retained,
            Series::Fusion => self.fusion,
        }
    }
}

/// The drawn figures of every statement month.
pub fn flows(inputs: &VentureInputs, outcome: &VentureOutcome) -> Vec<MonthFlows> {
    let mut running = 0.0;
    let cumulative: Vec<f64> = outcome
        .cash
        .iter()
        .map(|row| {
            running += row.thil.to_f64_lossy();
            running
        })
        .collect();
    outcome
        .rows
        .iter()
        .map(|row| {
            let settled = (row.month + inputs.lag) as usize;
            MonthFlows {
                month: row.month,
                thil: row.thil_paid.to_f64_lossy() + row.thil_amortization.to_f64_lossy(),
                retained: row.retained.to_f64_lossy(),
                // D(m) less THIL's entitlement (paid + retained) is what Fusion keeps.
                fusion: row.distributable.to_f64_lossy() - row.thil_entitlement.to_f64_lossy(),
                thil_cumulative: cumulative
                    .get(settled.min(cumulative.len().saturating_sub(1)))
                    .copied()
                    .unwrap_or(0.0),
            }
        })
        .collect()
}

/// A part of a month's bar; its figure is what a click on it explains
/// (`rows[N].retained`), where it is one.
pub type Bar = super::plot::Bar<Series>;

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// y for a value axis, x for the month axis.
    pub at: f64,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub x: f64,
    pub top: f64,
    pub bottom: f64,
    pub label: String,
    pub label_x: f64,
    pub label_y: f64,
    /// The label ends at `label_x` (near the right edge) instead of starting there.
    pub anchor_end: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The axes, THIL's cumulative cash and the words, laid out as Fusion's
    /// chart lays out its own.
    pub frame: Frame,
    pub bars: Vec<Bar>,
    /// Points on the line, drawn when there are few months.
    pub dots: Vec<(f64, f64)>,
    pub recoup: Option<Marker>,
}

pub fn chart(inputs: &VentureInputs, outcome: &VentureOutcome) -> Chart {
    let flows = flows(inputs, outcome);
    let months: Vec<Vec<(Series, f64)>> = flows
        .iter()
        .map(|month| {
            Series::ALL
                .into_iter()
                .map(|series| (series, month.value(series)))
                .collect()
        })
        .collect();
    let cumulative: Vec<f64> = flows.iter().map(|m| m.thil_cumulative).collect();
    let mut plot = plot(
        &months,
        &cumulative,
        BARS_TOP,
        &WORDS,
        describe(&flows, outcome),
        |index, series, value| {
            let figure = match series {
                Series::Thil => Some(format!("rows[{index}].thil_paid")),
                Series::Retained => Some(format!("rows[{index}].retained")),
                // Fusion's share is D(m) − E(m), drawn only: the table's lines explain it.
                Series::Fusion => None,
            };
            let month = flows.get(index).map_or(0, |m| m.month);
            let title = format!(
                "Month {month}: {} {}",
                series.label().to_lowercase(),
                amount(value)
            );
            (title, figure)
        },
    );

    let step = month_step(flows.len());
    plot.label_months(
        flows
            .iter()
            .enumerate()
            .filter(|(_, m)| m.month % step == 0 || step == 1)
            .map(|(index, m)| (index, m.month.to_string())),
    );

    let recoup = outcome.results.recoup.and_then(|recoup| {
        let index = flows.iter().position(|m| m.month == recoup.month)?;
        let x = plot.centre(index);
        let anchor_end = x > PLOT_RIGHT - 180.0;
        Some(Marker {
            x,
            top: MARKER_LABEL_Y + 6.0,
            bottom: LINE_BOTTOM,
            label: format!("Loan recouped: month {}", recoup.month),
            label_x: if anchor_end { x - 5.0 } else { x + 5.0 },
            label_y: MARKER_LABEL_Y,
            anchor_end,
        })
    });

    Chart {
        dots: if plot.points.len() <= 36 {
            plot.points
        } else {
            Vec::new()
        },
        frame: plot.frame,
        bars: plot.bars,
        recoup,
    }
}

/// The chart in words, for its `<desc>`.
fn describe(flows: &[MonthFlows], outcome: &VentureOutcome) -> String {
    let first = flows.first().map_or(0.0, |m| m.thil_cumulative);
    let last = flows.last().map_or(0.0, |m| m.thil_cumulative);
    let recoup = match outcome.results.recoup {
        Some(recoup) => format!(
            " A vertical line marks month {}, when the loan is recouped.",
            recoup.month
        ),
        None => String::new(),
    };
    format!(
        "Stacked bars for each of the {} statement months: the part of the distributable profit paid to THIL (with the equipment amortization returned to it), the part Fusion retains for the loan, and Fusion's own share. Below, a line of THIL's cumulative cash, from {} after month 1 to {} at the end.{recoup} The monthly table gives every figure.",
        flows.len(),
        amount(first),
        amount(last),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::venture::compute;

    fn defaults() -> (VentureInputs, VentureOutcome) {
        let inputs = VentureInputs::defaults();
        let outcome = compute(&inputs).unwrap();
        (inputs, outcome)
    }

    #[test]
    fn flows_split_the_distributable_profit() {
        let (inputs, outcome) = defaults();
        let flows = flows(&inputs, &outcome);
        assert_eq!(flows.len(), 24);
        let first = flows[0];
        assert!((first.thil - (15_831.58 + 4_210.52)).abs() < 1e-6);
        assert!((first.retained - 2_968.42).abs() < 1e-6);
        assert!((first.fusion - (75_200.0 - 18_800.0)).abs() < 1e-6);
        // −80,000 paid in month 0, then month 1 settles in cash month 2 (lag 1).
        assert!((first.thil_cumulative - (-80_000.0 + 15_831.58 + 4_210.52)).abs() < 1e-6);
    }

    #[test]
    fn default_chart_geometry() {
        let (inputs, outcome) = defaults();
        let chart = chart(&inputs, &outcome);
        assert_eq!(chart.bars.len(), 24 * 2 + 6, "retention in months 1–6 only");
        assert!(chart.bars.iter().all(|b| b.height >= 0.0
            && b.y >= BARS_TOP - 1e-9
            && b.y + b.height <= BARS_BOTTOM + 1e-9));
        assert_eq!(chart.frame.bars_zero, BARS_BOTTOM);
        assert!(chart.frame.line.starts_with('M') && chart.frame.line.matches('L').count() == 23);
        let marker = chart.recoup.as_ref().unwrap();
        assert_eq!(marker.label, "Loan recouped: month 6");
        let band = (PLOT_RIGHT - PLOT_LEFT) / 24.0;
        assert!((marker.x - (PLOT_LEFT + band * 5.5)).abs() < 1e-9);
        assert!(!marker.anchor_end);
        assert_eq!(
            chart.frame.month_ticks.first().map(|t| t.label.as_str()),
            Some("2")
        );
        assert!(chart.frame.desc.contains("month 6"));
        assert_eq!(chart.dots.len(), 24);
    }

    #[test]
    fn no_marker_without_a_recoup() {
        let mut inputs = VentureInputs::defaults();
        inputs.terms = crate::engine::venture::Terms::Original;
        inputs.share_pct = inputs.terms.default_share_pct();
        let outcome = compute(&inputs).unwrap();
        let chart = chart(&inputs, &outcome);
        assert!(chart.recoup.is_none());
        assert!(chart.bars.iter().all(|b| b.part != Series::Retained));
    }
}
