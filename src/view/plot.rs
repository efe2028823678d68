//! The frame the cash chart and Fusion's chart share, so that the two read
//! alike: one band per month with its bar centred in it, the bars' parts
//! stacked from zero on a value axis above, and a line of a cumulative figure
//! on a value axis below, with the titles around them. Each chart says what
//! its parts are and labels its months; this lays them out.

use super::axis::{stack, value_axis};
use super::chart::{
    Tick, BARS_BOTTOM, HEIGHT, LINE_BOTTOM, LINE_TITLE_Y, LINE_TOP, MAX_BAR_WIDTH, MONTH_LABEL_Y,
    MONTH_TITLE_Y, PLOT_LEFT, PLOT_RIGHT, WIDTH,
};
use super::format::{axis_label, figure};
use crate::scenario::values::write_fixed;

/// Everything of a chart but its bars: the axes, the line and the words.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub plot_left: f64,
    pub plot_right: f64,
    pub bars_top: f64,
    pub bars_bottom: f64,
    pub bars_zero: f64,
    pub bar_ticks: Vec<Tick>,
    pub line_title: String,
    pub line_title_y: f64,
    pub line_top: f64,
    pub line_bottom: f64,
    pub line_zero: f64,
    pub line_ticks: Vec<Tick>,
    /// SVG path data of the cumulative figure.
    pub line: String,
    pub month_ticks: Vec<Tick>,
    pub month_label_y: f64,
    pub month_title: String,
    pub month_title_y: f64,
    pub title: String,
    pub desc: String,
}

/// What a chart says of itself, besides its description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub title: &'static str,
    pub line_title: &'static str,
    pub month_title: &'static str,
}

/// One part of a month's bar, placed, with what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar<T> {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub part: T,
    /// The tooltip: month, part and amount.
    pub title: String,
    /// The figure a click on the bar explains, where it is one.
    pub figure: Option<String>,
}

/// The months laid out: the frame (its month labels left to the chart), each
/// month's stacked parts, and the line's points.
#[derive(Debug, Clone, PartialEq)]
pub struct Plot<T> {
    pub frame: Frame,
    /// Month by month, each month's parts in stacking order.
    pub bars: Vec<Bar<T>>,
    pub points: Vec<(f64, f64)>,
    band: f64,
}

impl<T> Plot<T> {
    /// The x of the middle of month `index`'s band: where its bar, its point
    /// and its label stand.
    pub fn centre(&self, index: usize) -> f64 {
        centre(self.band, index)
    }

    /// Labels the months given, each `(index, label)`, under the plot.
    pub fn label_months(&mut self, labels: impl IntoIterator<Item = (usize, String)>) {
        self.frame.month_ticks = labels
            .into_iter()
            .map(|(index, label)| Tick {
                at: self.centre(index),
                label,
            })
            .collect();
    }
}

fn centre(band: f64, index: usize) -> f64 {
    PLOT_LEFT + band * (index as f64 + 0.5)
}

/// A value axis scaled onto the panel from `top` to `bottom`.
struct Panel {
    low: f64,
    high: f64,
    top: f64,
    bottom: f64,
    values: Vec<f64>,
}

impl Panel {
    fn new((least, most): (f64, f64), target: f64, top: f64, bottom: f64) -> Panel {
        let (low, high, values) = value_axis(least, most, target);
        Panel {
            low,
            high,
            top,
            bottom,
            values,
        }
    }

    fn y(&self, value: f64) -> f64 {
        self.bottom - (value - self.low) / (self.high - self.low) * (self.bottom - self.top)
    }

    fn ticks(&self) -> Vec<Tick> {
        self.values
            .iter()
            .map(|v| Tick {
                at: self.y(*v),
                label: axis_label(*v),
            })
            .collect()
    }
}

/// The lowest and highest any month's stack reaches (zero included):
/// positive parts add up above zero, negative ones below.
fn extent<T>(months: &[Vec<(T, f64)>]) -> (f64, f64) {
    let (mut most, mut least) = (0.0f64, 0.0f64);
    for parts in months {
        most = most.max(parts.iter().map(|(_, v)| v.max(0.0)).sum());
        least = least.min(parts.iter().map(|(_, v)| v.min(0.0)).sum());
    }
    (least, most)
}

/// A coordinate path through `points`: `M x y L x y …`.
fn line_path(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .enumerate()
        .map(|(i, (x, y))| {
            format!(
                "{}{} {}",
                if i == 0 { "M" } else { "L" },
                write_fixed(*x, 1),
                write_fixed(*y, 1)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An amount as a tooltip or a description writes it.
pub fn amount(value: f64) -> String {
    figure(&write_fixed(value, 2))
}

/// Lays out `months` (each month's parts with their amounts, in stacking
/// order) as bars from `bars_top` down, and `cumulative` (a figure a month)
/// as the line below, with `desc` (the chart in words). `says` gives a part's tooltip and the figure it
/// explains, from its month's index, the part and the part's amount.
pub fn plot<T: Copy>(
    months: &[Vec<(T, f64)>],
    cumulative: &[f64],
    bars_top: f64,
    words: &Words,
    desc: String,
    says: impl Fn(usize, T, f64) -> (String, Option<String>),
) -> Plot<T> {
    let band = (PLOT_RIGHT - PLOT_LEFT) / months.len().max(1) as f64;
    let bar_width = (band * 0.72).min(MAX_BAR_WIDTH);
    let bar_panel = Panel::new(extent(months), 4.0, bars_top, BARS_BOTTOM);
    let mut bars = Vec::with_capacity(months.len() * 3);
    for (index, parts) in months.iter().enumerate() {
        for (part, from, to) in stack(parts.iter().copied()) {
            let (y_from, y_to) = (bar_panel.y(from), bar_panel.y(to));
            let (title, figure) = says(index, part, to - from);
            bars.push(Bar {
                x: centre(band, index) - bar_width / 2.0,
                y: y_from.min(y_to),
                width: bar_width,
                height: (y_from - y_to).abs(),
                part,
                title,
                figure,
            });
        }
    }
    let line_extent = (
        cumulative.iter().copied().fold(0.0, f64::min),
        cumulative.iter().copied().fold(0.0, f64::max),
    );
    let line_panel = Panel::new(line_extent, 3.0, LINE_TOP, LINE_BOTTOM);
    let points: Vec<(f64, f64)> = cumulative
        .iter()
        .enumerate()
        .map(|(index, v)| (centre(band, index), line_panel.y(*v)))
        .collect();
    let frame = Frame {
        width: WIDTH,
        height: HEIGHT,
        plot_left: PLOT_LEFT,
        plot_right: PLOT_RIGHT,
        bars_top,
        bars_bottom: BARS_BOTTOM,
        bars_zero: bar_panel.y(0.0),
        bar_ticks: bar_panel.ticks(),
        line_title: words.line_title.to_string(),
        line_title_y: LINE_TITLE_Y,
        line_top: LINE_TOP,
        line_bottom: LINE_BOTTOM,
        line_zero: line_panel.y(0.0),
        line_ticks: line_panel.ticks(),
        line: line_path(&points),
        month_ticks: Vec::new(),
        month_label_y: MONTH_LABEL_Y,
        month_title: words.month_title.to_string(),
        month_title_y: MONTH_TITLE_Y,
        title: words.title.to_string(),
        desc,
    };
    Plot {
        frame,
        bars,
        points,
        band,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: Words = Words {
        title: "t",
        line_title: "l",
        month_title: "m",
    };

    fn none(_: usize, _: &str, _: f64) -> (String, Option<String>) {
        (String::new(), None)
    }

    #[test]
    fn parts_stack_up_and_down_from_the_zero_line() {
        let months = vec![vec![("a", 3.0), ("b", -1.0)], vec![("a", 1.0), ("b", 0.0)]];
        let plot = plot(
            &months,
            &[2.0, 3.0],
            20.0,
            &WORDS,
            "d".to_string(),
            |index, part, value| (format!("{index} {part} {value}"), Some(part.to_string())),
        );
        let f = &plot.frame;
        // The zero-valued part draws nothing.
        assert_eq!(plot.bars.len(), 3);
        let up = &plot.bars[0];
        assert_eq!(
            (up.title.as_str(), up.figure.as_deref()),
            ("0 a 3", Some("a"))
        );
        assert!((up.y + up.height - f.bars_zero).abs() < 1e-9);
        let down = &plot.bars[1];
        assert_eq!(down.title, "0 b -1");
        assert!((down.y - f.bars_zero).abs() < 1e-9);
        assert!(plot
            .bars
            .iter()
            .all(|b| b.y >= 20.0 - 1e-9 && b.y + b.height <= BARS_BOTTOM + 1e-9));
        let band = (PLOT_RIGHT - PLOT_LEFT) / 2.0;
        assert!((up.x + up.width / 2.0 - plot.centre(0)).abs() < 1e-9);
        assert!((plot.centre(1) - (PLOT_LEFT + band * 1.5)).abs() < 1e-9);
        assert_eq!(up.width, MAX_BAR_WIDTH);
    }

    #[test]
    fn the_line_goes_through_each_month_and_the_words_stay() {
        let plot = plot::<&str>(
            &[vec![], vec![], vec![]],
            &[-1.0, 0.0, 2.0],
            30.0,
            &WORDS,
            "d".to_string(),
            none,
        );
        let f = &plot.frame;
        assert_eq!(plot.points.len(), 3);
        assert!(f.line.starts_with('M') && f.line.matches('L').count() == 2);
        assert!((plot.points[1].1 - f.line_zero).abs() < 1e-9);
        assert!(f.line_ticks.iter().any(|t| t.label == axis_label(0.0)));
        assert_eq!(
            (f.title.as_str(), f.month_title.as_str(), f.bars_top),
            ("t", "m", 30.0)
        );
        assert!(f.month_ticks.is_empty(), "each chart labels its months");
        let mut plot = plot;
        plot.label_months([(2, "c".to_string())]);
        let tick = &plot.frame.month_ticks[0];
        assert_eq!((tick.at, tick.label.as_str()), (plot.centre(2), "c"));
    }

    #[test]
    fn no_months_still_has_a_scale() {
        let plot = plot::<&str>(&[], &[], 30.0, &WORDS, "d".to_string(), none);
        assert!(plot.bars.is_empty() && plot.frame.line.is_empty());
        assert!(plot.frame.bars_zero.is_finite() && plot.frame.line_zero.is_finite());
    }
}
