//! The risk view in words and shapes: the headline ("68 % chance the loan is
//! recouped by month 6") with the counts that make it, the histogram of recoup
//! months with its "not recouped" bar, the curve "recouped by month N", and
//! THIL's NPV and Fusion's net cash at 5, 50 and 95 %. Plain data for the
//! component to draw; every figure says how it was counted.

use super::format::{dollars, group_thousands, percent};
use crate::engine::venture::risk::figures::{RiskFigures, Spread};
use crate::scenario::values::write_fixed;

/// The chart's drawing area, in SVG units.
pub const CHART_WIDTH: f64 = 560.0;
pub const CHART_HEIGHT: f64 = 140.0;

/// One bar of the histogram: its label, where it stands and what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskBar {
    pub label: String,
    pub x: f64,
    pub width: f64,
    pub height: f64,
    pub title: String,
}

/// One figure at its three percentiles and mean, as text.
#[derive(Debug, Clone, PartialEq)]
pub struct SpreadLine {
    pub label: &'static str,
    pub key: &'static str,
    /// The small chart: x of p5, p50, p95, the mean and zero on [0, SPREAD_WIDTH],
    /// over a range that always holds zero (is the figure likely positive?).
    pub marks: SpreadMarks,
    pub p5: String,
    pub p50: String,
    pub p95: String,
    pub mean: String,
}

/// Where the small chart of a spread puts its marks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SpreadMarks {
    pub p5: f64,
    pub p50: f64,
    pub p95: f64,
    pub mean: f64,
    pub zero: f64,
}

/// The small chart's width, in SVG units.
pub const SPREAD_WIDTH: f64 = 240.0;

fn spread_marks(spread: &Spread) -> SpreadMarks {
    // Drawing only: the amounts become f64 positions, never figures.
    let at = |m: crate::engine::Money| m.to_f64_lossy();
    let low = at(spread.p5).min(0.0);
    let high = at(spread.p95).max(0.0);
    let width = (high - low).max(1.0);
    let x = |value: f64| SPREAD_WIDTH * (value - low) / width;
    SpreadMarks {
        p5: x(at(spread.p5)),
        p50: x(at(spread.p50)),
        p95: x(at(spread.p95)),
        mean: x(at(spread.mean)),
        zero: x(0.0),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RiskView {
    /// "68 % chance the loan is recouped by month 6".
    pub headline: String,
    /// "6,545 of 10,000 draws recouped by month 6".
    pub detail: String,
    /// The headline's share as `dealmodel risk` writes it ("0.6545").
    pub share: String,
    pub month: u32,
    /// How many draws were left out, where any were.
    pub invalid: Option<String>,
    pub bars: Vec<RiskBar>,
    /// The curve's points ("x,y x,y …") and each month's words.
    pub curve: String,
    pub curve_titles: Vec<(f64, f64, String)>,
    pub spreads: Vec<SpreadLine>,
}

/// The month the headline speaks of: the plain scenario's recoup month, or the
/// last month modelled where it has none.
pub fn headline_month(plain_recoup: Option<u32>, last_month: u32) -> u32 {
    plain_recoup
        .filter(|m| *m >= 1)
        .unwrap_or(last_month)
        .max(1)
}

fn count(n: u32) -> String {
    group_thousands(&n.to_string())
}

/// One figure's spread, labelled as the catalogue labels it.
fn spread_line(key: &'static str, spread: &Spread) -> SpreadLine {
    let text = |amount: crate::engine::Money| dollars(&amount.to_string());
    SpreadLine {
        label: crate::scenario::catalogue::result_label(
            crate::scenario::deal_form::Deal::Venture,
            key,
        ),
        key,
        marks: spread_marks(spread),
        p5: text(spread.p5),
        p50: text(spread.p50),
        p95: text(spread.p95),
        mean: text(spread.mean),
    }
}

pub fn risk_view(figures: &RiskFigures, month: u32) -> RiskView {
    let index = month.saturating_sub(1) as usize;
    let share = figures.recoup_by.get(index).copied().unwrap_or_default();
    let recouped = figures.recouped_by_count.get(index).copied().unwrap_or(0);
    let valid = figures.valid.max(1);

    // Histogram: months 0 … M, then "not recouped", scaled to the tallest bar.
    let mut counts: Vec<(String, u32, String)> = figures
        .histogram
        .iter()
        .enumerate()
        .map(|(m, n)| {
            let what = if m == 0 {
                "no loan drawn".to_string()
            } else {
                format!("recouped in month {m}")
            };
            (
                m.to_string(),
                *n,
                format!("{} of {} draws: {what}", count(*n), count(figures.valid)),
            )
        })
        .collect();
    counts.push((
        "not recouped".to_string(),
        figures.not_recouped_count,
        format!(
            "{} of {} draws: not recouped by the last month modelled",
            count(figures.not_recouped_count),
            count(figures.valid)
        ),
    ));
    let tallest = counts.iter().map(|(_, n, _)| *n).max().unwrap_or(0).max(1);
    let slot = CHART_WIDTH / counts.len() as f64;
    let bars = counts
        .into_iter()
        .enumerate()
        .map(|(i, (label, n, title))| RiskBar {
            label,
            x: slot * i as f64,
            width: (slot - 2.0).max(1.0),
            height: CHART_HEIGHT * f64::from(n) / f64::from(tallest),
            title,
        })
        .collect();

    // The curve: the share recouped by each month 1 … M.
    let months = figures.recouped_by_count.len().max(1) as f64;
    let mut curve_titles = Vec::new();
    for (m, n) in (1..).zip(&figures.recouped_by_count) {
        let x = CHART_WIDTH * (f64::from(m) - 0.5) / months;
        let y = CHART_HEIGHT * (1.0 - f64::from(*n) / f64::from(valid));
        curve_titles.push((
            x,
            y,
            format!(
                "month {m}: {} of {} draws recouped",
                count(*n),
                count(figures.valid)
            ),
        ));
    }
    let curve = curve_titles
        .iter()
        .map(|(x, y, _)| format!("{},{}", write_fixed(*x, 1), write_fixed(*y, 1)))
        .collect::<Vec<_>>()
        .join(" ");

    RiskView {
        headline: format!(
            "{} chance the loan is recouped by month {month}",
            percent(share, 0)
        ),
        detail: format!(
            "{} of {} draws recouped by month {month}",
            count(recouped),
            count(figures.valid)
        ),
        share: share.to_string(),
        month,
        invalid: (figures.invalid > 0).then(|| {
            format!(
                "{} of {} draws were beyond the model's range and are left out.",
                count(figures.invalid),
                count(figures.draws)
            )
        }),
        bars,
        curve,
        curve_titles,
        spreads: vec![
            spread_line("thil_npv", &figures.thil_npv),
            spread_line("fusion_net_cash", &figures.fusion_net_cash),
        ],
    }
}

/// A message about the risk boxes as the page says it: the input by its label
/// and the bounds by their boxes' names, without the link's text.
pub fn risk_message(text: &str) -> String {
    use crate::engine::venture::risk::UncertainInput;
    use crate::scenario::fields::venture_field;
    use crate::scenario::risk::input_key;
    let (param, rest) = text.split_once(": ").unwrap_or(("", text));
    // Drop the quoted text of the item: the boxes show it.
    let rest = match rest.strip_prefix('"').and_then(|r| r.split_once("\" ")) {
        Some((_, after)) => after,
        None => rest,
    };
    let mut subject = match param {
        "draws" => "Draws".to_string(),
        "seed" => "Seed".to_string(),
        _ => "Risk".to_string(),
    };
    let mut rest = rest.to_string();
    for input in UncertainInput::ALL {
        let key = input_key(input);
        let label = venture_field(key).map_or(key, |field| field.label);
        for pattern in [format!(" for {key} "), format!(" for {key};")] {
            if rest.contains(&pattern) {
                subject = label.to_string();
                rest = rest.replace(&pattern, &pattern.replace(&format!(" for {key}"), ""));
            }
        }
        if let Some(after) = rest.strip_prefix(&format!("{key} ")) {
            subject = label.to_string();
            rest = after.to_string();
        }
    }
    let rest = rest
        .replace("MODE", "“Most likely”")
        .replace("LO", "“From”")
        .replace("HI", "“To”");
    format!("{subject}: {rest}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::venture::risk::{run, Distribution, RiskPlan, UncertainInput};
    use crate::engine::venture::VentureInputs;

    #[test]
    fn the_headline_says_the_share_and_its_counts() {
        let minutes = Distribution::uniform(UncertainInput::Minutes, 2_000_000, 4_000_000).unwrap();
        let plan = RiskPlan::new(vec![minutes], 10_000, 1).unwrap();
        let figures = run(&plan, &VentureInputs::defaults()).unwrap();
        let view = risk_view(&figures, headline_month(Some(6), 24));
        assert_eq!(view.share, "0.6361");
        assert_eq!(view.headline, "64 % chance the loan is recouped by month 6");
        assert_eq!(view.detail, "6,361 of 10,000 draws recouped by month 6");
        assert_eq!(view.bars.len(), 26);
        assert_eq!(
            view.bars.last().map(|b| b.label.as_str()),
            Some("not recouped")
        );
        assert_eq!(
            view.spreads[0].p50,
            dollars(&figures.thil_npv.p50.to_string())
        );
        assert_eq!(headline_month(None, 24), 24);
        // Every NPV is positive here: zero is the chart's left end, p5 ≤ p50 ≤ p95.
        let marks = view.spreads[0].marks;
        assert_eq!(marks.zero, 0.0);
        assert!(marks.p5 <= marks.p50 && marks.p50 <= marks.p95 && marks.p95 <= SPREAD_WIDTH);
    }

    #[test]
    fn messages_name_the_input_by_its_label_and_no_link_key() {
        let said =
            risk_message("risk: \"min:uniform:5..4\" has LO above HI for min; allowed: LO ≤ HI.");
        assert!(!said.contains("min:") && !said.contains("risk"), "{said}");
        assert!(said.contains("“From” above “To”"), "{said}");
        let said = risk_message(
            "draws: \"50\" is out of range; allowed: a whole number from 100 to 100000 draws.",
        );
        assert!(said.starts_with("Draws: is out of range"), "{said}");
    }
}
