//! What the comparison of A (pinned) and B (on show) shows: every result of both
//! with B − A, the rows that changed (month by month for the Venture), and both
//! cash curves on one chart. The differences come from `scenario::compare`.

use super::format::{show, show_change};
use super::table::table;
use super::table::Table;
use crate::scenario::catalogue::{self, Figure, Kind};
use crate::scenario::compare::{cash_curve, result_differences, row_differences, Difference};
use crate::scenario::output::{DealOutput, Scalar};
use crate::scenario::values::write_fixed;

/// A result's figure in the catalogue, for any deal's output.
fn result_figure(model: &str, key: &str) -> Option<&'static Figure> {
    catalogue::deal_of_model(model).and_then(|deal| catalogue::result(deal, key))
}

/// One line of the comparison: the figure under A, under B, and B − A.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareLine {
    pub key: &'static str,
    pub label: String,
    pub a: String,
    pub b: String,
    /// "" where there is no difference to show (dates, missing values).
    pub change: String,
    /// The difference as the output writes it, for `data-value`.
    pub change_value: String,
    /// B differs from A.
    pub changed: bool,
}

/// The two curves, as points (index, cumulative amount) for A and B.
#[derive(Debug, Clone, PartialEq)]
pub struct Curves {
    pub title: &'static str,
    pub labels: Vec<String>,
    pub a: Vec<f64>,
    pub b: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompareView {
    pub lines: Vec<CompareLine>,
    /// B − A row by row, where the rows line up.
    pub by_row: Option<Table>,
    pub curves: Option<Curves>,
}

fn line(models: [&str; 2], difference: &Difference) -> CompareLine {
    let figure = models
        .iter()
        .find_map(|model| result_figure(model, difference.key));
    let kind = figure.map_or(Kind::Text, |f| f.kind);
    CompareLine {
        key: difference.key,
        label: figure.map_or("", |f| f.label).to_string(),
        a: show(kind, &difference.a),
        b: show(kind, &difference.b),
        change: difference
            .change
            .as_ref()
            .map(|change| show_change(kind, change))
            .unwrap_or_default(),
        change_value: difference
            .change
            .as_ref()
            .map(Scalar::text)
            .unwrap_or_default(),
        changed: difference.a != difference.b,
    }
}

/// Where a curve's point falls in time: its date or month, with the points that
/// are not dated ("paid down by D", "termination charge", "payoff") just after
/// what they follow.
fn when(label: &str, previous: &str) -> String {
    match label.strip_prefix("paid down by ") {
        Some(date) => format!("{date}+"),
        None if label.starts_with(|c: char| c.is_ascii_digit()) => label.to_string(),
        None => format!("{previous}~"),
    }
}

/// Both curves on one axis of time: every point of either, in time order, each
/// curve holding its last total where it has no point of its own.
fn aligned(
    title: &'static str,
    a: &[(String, crate::engine::Money)],
    b: &[(String, crate::engine::Money)],
) -> Curves {
    let keyed = |curve: &[(String, crate::engine::Money)]| {
        let mut previous = String::new();
        curve
            .iter()
            .map(|(label, total)| {
                let key = when(label, &previous);
                previous = key.clone();
                (key, label.clone(), total.to_f64_lossy())
            })
            .collect::<Vec<_>>()
    };
    let (ka, kb) = (keyed(a), keyed(b));
    let mut keys: Vec<(String, String)> = ka
        .iter()
        .chain(&kb)
        .map(|(k, l, _)| (k.clone(), l.clone()))
        .collect();
    crate::engine::order::sort_small_by(&mut keys, |a, b| a < b);
    keys.dedup_by(|x, y| x.0 == y.0);
    let follow = |curve: &[(String, String, f64)]| {
        let mut total = 0.0;
        keys.iter()
            .map(|(key, _)| {
                if let Some((_, _, value)) = curve.iter().rev().find(|(k, _, _)| k <= key) {
                    total = *value;
                }
                total
            })
            .collect::<Vec<f64>>()
    };
    Curves {
        title,
        a: follow(&ka),
        b: follow(&kb),
        labels: keys.into_iter().map(|(_, label)| label).collect(),
    }
}

pub fn compare_view(a: &DealOutput, b: &DealOutput) -> CompareView {
    let lines = result_differences(a, b)
        .iter()
        .map(|difference| line([a.model, b.model], difference))
        .collect();
    let columns =
        catalogue::deal_of_model(a.model).map_or(&[][..], |deal| catalogue::columns(deal, "rows"));
    let by_row = row_differences(a, b).map(|rows| table(columns, &rows));
    let curves = match (cash_curve(a), cash_curve(b)) {
        (Some((title, ca)), Some((_, cb))) => Some(aligned(title, &ca, &cb)),
        _ => None,
    };
    CompareView {
        lines,
        by_row,
        curves,
    }
}

/// The two curves drawn: SVG paths in a fixed view box, the value ticks and a
/// few labels along the bottom.
#[derive(Debug, Clone, PartialEq)]
pub struct CurvesChart {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub bottom: f64,
    pub a: String,
    pub b: String,
    pub ticks: Vec<super::chart::Tick>,
    pub labels: Vec<super::chart::Tick>,
}

fn path(points: &[f64], x: impl Fn(usize) -> f64, y: impl Fn(f64) -> f64) -> String {
    points
        .iter()
        .enumerate()
        .map(|(i, v)| {
            format!(
                "{}{},{}",
                if i == 0 { 'M' } else { 'L' },
                write_fixed(x(i), 1),
                write_fixed(y(*v), 1)
            )
        })
        .collect()
}

pub fn curves_chart(curves: &Curves) -> CurvesChart {
    let (width, height, left, right, top, bottom) = (760.0, 260.0, 84.0, 740.0, 16.0, 220.0);
    let all = curves.a.iter().chain(&curves.b);
    let (low, high) = all.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
    let (low, high, ticks) = super::axis::value_axis(low, high, 4.0);
    let count = curves.labels.len().max(2) - 1;
    let x = |i: usize| left + i as f64 / count as f64 * (right - left);
    let y = |v: f64| bottom - (v - low) / (high - low) * (bottom - top);
    let every = curves.labels.len().div_ceil(8).max(1);
    CurvesChart {
        width,
        height,
        left,
        right,
        bottom,
        a: path(&curves.a, x, y),
        b: path(&curves.b, x, y),
        ticks: ticks
            .into_iter()
            .map(|v| super::chart::Tick {
                at: y(v),
                label: super::format::axis_label(v),
            })
            .collect(),
        labels: curves
            .labels
            .iter()
            .enumerate()
            .filter(|(i, _)| i % every == 0)
            .map(|(i, label)| super::chart::Tick {
                at: x(i),
                label: label.clone(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::link::Link;
    use crate::scenario::output::link_output;
    use crate::scenario::read_link;

    fn output(link: &str) -> DealOutput {
        let link: Link = read_link(link).unwrap();
        link_output(&link).unwrap()
    }

    #[test]
    fn lines_show_both_sides_and_the_signed_change() {
        let view = compare_view(&output("#/msa?v=1"), &output("#/msa?v=1&mrc=12000"));
        let total = view
            .lines
            .iter()
            .find(|l| l.key == "total_charges")
            .unwrap();
        assert_eq!(
            (total.a.as_str(), total.b.as_str(), total.change.as_str()),
            ("$122,500.00", "$146,500.00", "+$24,000.00")
        );
        assert_eq!(total.label, "Total charges");
        assert_eq!(total.change_value, "24000.00");
        assert!(total.changed);
        let end = view.lines.iter().find(|l| l.key == "term_end").unwrap();
        assert_eq!(end.change, "");
        assert!(!end.changed);
        assert!(view.by_row.is_some());
        let chart = curves_chart(view.curves.as_ref().unwrap());
        assert!(chart.a.starts_with('M') && chart.b.starts_with('M'));
    }

    #[test]
    fn curves_line_up_in_time() {
        // B stops on 2003-11-20: its charge sits after its last invoice, and A keeps
        // its own invoices at their dates.
        let view = compare_view(&output("#/msa?v=1"), &output("#/msa?v=1&stop=2003-11-20"));
        let curves = view.curves.unwrap();
        let at = |label: &str| curves.labels.iter().position(|l| l == label).unwrap();
        let charge = at("termination charge");
        assert_eq!(charge, at("2003-11-01") + 1);
        assert_eq!(curves.b[charge], 122_500.0);
        assert_eq!(curves.a[at("2003-12-01")], 67_500.0);
        assert_eq!(curves.b[at("2003-12-01")], 122_500.0, "B holds its total");
        assert_eq!(curves.a.len(), curves.labels.len());
    }

    #[test]
    fn a_fall_reads_with_a_minus() {
        let view = compare_view(&output("#/note?v=1&amount=figures"), &output("#/note?v=1"));
        let payoff = view.lines.iter().find(|l| l.key == "payoff").unwrap();
        assert_eq!(payoff.change, "−$0.10");
    }

    #[test]
    fn fractions_and_the_irr_read_as_percentages() {
        let view = compare_view(
            &output("#/venture?v=1"),
            &output("#/venture?v=1&contrib=70000"),
        );
        let line = |key: &str| view.lines.iter().find(|l| l.key == key).unwrap().clone();
        let share = line("thil_percentage_share");
        assert_eq!(share.label, "THIL Percentage Share");
        assert_eq!(share.a, "21.05 %");
        assert!(
            share.change.starts_with('−') && share.change.ends_with(" %"),
            "{share:?}"
        );
        assert!(line("thil_irr").a.ends_with(" % a year"));
        assert!(line("retention_rate").a.ends_with(" %"));
    }
}
