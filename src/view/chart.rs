//! The chart's geometry: for each statement month, stacked bars of who receives
//! its distributable profit (THIL, Fusion's retention for the loan, Fusion's own
//! share), a line of THIL's cumulative cash below, and the recoup month marked.
//!
//! Figures become `f64` here only to be drawn (`Money::to_f64_lossy`); the
//! monthly table is the chart's exact text alternative.

use super::axis::{month_step, stack, value_axis};
use super::format::{axis_label, figure};
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

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub series: Series,
    /// The tooltip: month, series and amount.
    pub title: String,
    /// The figure a click on the bar explains (`rows[N].retained`), where it is one.
    pub figure: Option<String>,
}

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
    pub width: f64,
    pub height: f64,
    pub plot_left: f64,
    pub plot_right: f64,
    pub bars_top: f64,
    pub bars_bottom: f64,
    pub bars_zero: f64,
    pub bar_ticks: Vec<Tick>,
    pub bars: Vec<Bar>,
    pub line_title: String,
    pub line_title_y: f64,
    pub line_top: f64,
    pub line_bottom: f64,
    pub line_zero: f64,
    pub line_ticks: Vec<Tick>,
    /// SVG path data of THIL's cumulative cash.
    pub line: String,
    /// Points on the line, drawn when there are few months.
    pub dots: Vec<(f64, f64)>,
    pub month_ticks: Vec<Tick>,
    pub month_label_y: f64,
    pub month_title: String,
    pub month_title_y: f64,
    pub recoup: Option<Marker>,
    pub title: String,
    pub desc: String,
}

fn scale(value: f64, low: f64, high: f64, top: f64, bottom: f64) -> f64 {
    bottom - (value - low) / (high - low) * (bottom - top)
}

fn amount(value: f64) -> String {
    figure(&crate::scenario::values::write_fixed(value, 2))
}

pub fn chart(inputs: &VentureInputs, outcome: &VentureOutcome) -> Chart {
    let flows = flows(inputs, outcome);
    let count = flows.len().max(1);
    let band = (PLOT_RIGHT - PLOT_LEFT) / count as f64;
    let bar_width = (band * 0.72).min(MAX_BAR_WIDTH);
    let centre = |index: usize| PLOT_LEFT + band * (index as f64 + 0.5);

    // Bars: positive parts stack up from zero, negative ones down.
    let (mut most, mut least) = (0.0f64, 0.0f64);
    for month in &flows {
        let up: f64 = Series::ALL.iter().map(|s| month.value(*s).max(0.0)).sum();
        let down: f64 = Series::ALL.iter().map(|s| month.value(*s).min(0.0)).sum();
        most = most.max(up);
        least = least.min(down);
    }
    let (bar_low, bar_high, bar_values) = value_axis(least, most, 4.0);
    let bar_y = |v: f64| scale(v, bar_low, bar_high, BARS_TOP, BARS_BOTTOM);
    let mut bars = Vec::with_capacity(flows.len() * 3);
    for (index, month) in flows.iter().enumerate() {
        for (series, from, to) in stack(
            Series::ALL
                .into_iter()
                .map(|series| (series, month.value(series))),
        ) {
            let value = to - from;
            let (y_from, y_to) = (bar_y(from), bar_y(to));
            let figure = match series {
                Series::Thil => Some(format!("rows[{index}].thil_paid")),
                Series::Retained => Some(format!("rows[{index}].retained")),
                // Fusion's share is D(m) − E(m), drawn only: the table's lines explain it.
                Series::Fusion => None,
            };
            bars.push(Bar {
                figure,
                x: centre(index) - bar_width / 2.0,
                y: y_from.min(y_to),
                width: bar_width,
                height: (y_from - y_to).abs(),
                series,
                title: format!(
                    "Month {}: {} {}",
                    month.month,
                    series.label().to_lowercase(),
                    amount(value)
                ),
            });
        }
    }

    let line_values: Vec<f64> = flows.iter().map(|m| m.thil_cumulative).collect();
    let (line_low, line_high, line_ticks_values) = value_axis(
        line_values.iter().copied().fold(0.0, f64::min),
        line_values.iter().copied().fold(0.0, f64::max),
        3.0,
    );
    let line_y = |v: f64| scale(v, line_low, line_high, LINE_TOP, LINE_BOTTOM);
    let points: Vec<(f64, f64)> = line_values
        .iter()
        .enumerate()
        .map(|(index, v)| (centre(index), line_y(*v)))
        .collect();
    let line = points
        .iter()
        .enumerate()
        .map(|(i, (x, y))| {
            format!(
                "{}{} {}",
                if i == 0 { "M" } else { "L" },
                crate::scenario::values::write_fixed(*x, 1),
                crate::scenario::values::write_fixed(*y, 1)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");

    let step = month_step(flows.len());
    let month_ticks = flows
        .iter()
        .enumerate()
        .filter(|(_, m)| m.month % step == 0 || step == 1)
        .map(|(index, m)| Tick {
            at: centre(index),
            label: m.month.to_string(),
        })
        .collect();

    let recoup = outcome.results.recoup.and_then(|recoup| {
        let index = flows.iter().position(|m| m.month == recoup.month)?;
        let x = centre(index);
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

    let desc = describe(&flows, outcome);
    Chart {
        width: WIDTH,
        height: HEIGHT,
        plot_left: PLOT_LEFT,
        plot_right: PLOT_RIGHT,
        bars_top: BARS_TOP,
        bars_bottom: BARS_BOTTOM,
        bars_zero: bar_y(0.0),
        bar_ticks: bar_values
            .into_iter()
            .map(|v| Tick {
                at: bar_y(v),
                label: axis_label(v),
            })
            .collect(),
        bars,
        line_title: "THIL's cumulative cash after each month settles ($)".to_string(),
        line_title_y: LINE_TITLE_Y,
        line_top: LINE_TOP,
        line_bottom: LINE_BOTTOM,
        line_zero: line_y(0.0),
        line_ticks: line_ticks_values
            .into_iter()
            .map(|v| Tick {
                at: line_y(v),
                label: axis_label(v),
            })
            .collect(),
        line,
        dots: if points.len() <= 36 {
            points
        } else {
            Vec::new()
        },
        month_ticks,
        month_label_y: MONTH_LABEL_Y,
        month_title: "Statement month".to_string(),
        month_title_y: MONTH_TITLE_Y,
        recoup,
        title: "Monthly cash flows by statement month".to_string(),
        desc,
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
        assert_eq!(chart.bars_zero, BARS_BOTTOM);
        assert!(chart.line.starts_with('M') && chart.line.matches('L').count() == 23);
        let marker = chart.recoup.as_ref().unwrap();
        assert_eq!(marker.label, "Loan recouped: month 6");
        let band = (PLOT_RIGHT - PLOT_LEFT) / 24.0;
        assert!((marker.x - (PLOT_LEFT + band * 5.5)).abs() < 1e-9);
        assert!(!marker.anchor_end);
        assert_eq!(
            chart.month_ticks.first().map(|t| t.label.as_str()),
            Some("2")
        );
        assert!(chart.desc.contains("month 6"));
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
        assert!(chart.bars.iter().all(|b| b.series != Series::Retained));
    }
}
