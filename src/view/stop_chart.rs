//! The MSA's chart: the termination charge TWW would owe for each day it could
//! stop in the Service Term, as a step line, with the chosen `stop` marked.
//! Geometry only (f64 for drawing); the figures come from the engine's curve.

use super::axis::value_axis;
use super::chart::Tick;
use super::format::figure;
use crate::engine::{Date, Money};

const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 84.0;
const RIGHT: f64 = 740.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 250.0;

#[derive(Debug, Clone, PartialEq)]
pub struct StopMarker {
    pub x: f64,
    pub y: f64,
    pub label: String,
    /// The label ends at the marker (near the right edge) instead of starting there.
    pub anchor_end: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StopChart {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub value_ticks: Vec<Tick>,
    pub date_ticks: Vec<Tick>,
    /// SVG path data of the charge, one step per day.
    pub line: String,
    pub stop: Option<StopMarker>,
    pub title: String,
    pub desc: String,
    /// Each day TWW could stop and its charge, for picking a day on the chart.
    pub days: Vec<(Date, Money)>,
}

impl StopChart {
    /// Where day `index` is drawn.
    pub fn day_x(&self, index: usize) -> f64 {
        let days = self.days.len().max(1) as f64;
        self.left + index as f64 / days * (self.right - self.left)
    }

    /// The day drawn at `x` (clamped to the term's days; `None` without days).
    pub fn day_at(&self, x: f64) -> Option<usize> {
        let last = self.days.len().checked_sub(1)?;
        let fraction = (x - self.left) / (self.right - self.left);
        let index = (fraction * self.days.len() as f64).floor();
        Some(if index <= 0.0 {
            0
        } else {
            (index as usize).min(last)
        })
    }

    /// Day `index` in words, for the chart's cursor.
    pub fn day_words(&self, index: usize) -> String {
        match self.days.get(index) {
            Some((date, charge)) => format!(
                "TWW stops on {date}: a termination charge of {}",
                figure(&charge.to_string())
            ),
            None => "There is no day to stop in this term".to_string(),
        }
    }
}

fn fixed1(value: f64) -> String {
    crate::scenario::values::write_fixed(value, 1)
}

fn amount(value: f64) -> String {
    figure(&crate::scenario::values::write_fixed(value, 0))
}

/// The chart of `curve` (one point per possible stop day, in date order).
pub fn stop_chart(curve: &[(Date, Money)], stop: Option<Date>) -> StopChart {
    let high = curve
        .iter()
        .map(|(_, m)| m.to_f64_lossy())
        .fold(0.0, f64::max);
    let (low, high, ticks) = value_axis(0.0, high, 4.0);
    let y = |value: f64| BOTTOM - (value - low) / (high - low) * (BOTTOM - TOP);
    let days = curve.len().max(1) as f64;
    let x = |index: usize| LEFT + index as f64 / days * (RIGHT - LEFT);
    let mut line = String::new();
    let mut last_y: Option<f64> = None;
    for (index, (_, charge)) in curve.iter().enumerate() {
        let point_y = y(charge.to_f64_lossy());
        // Only the corners of the steps: a term of years stays a short path.
        match last_y {
            None => line.push_str(&format!("M{},{}", fixed1(x(index)), fixed1(point_y))),
            Some(previous) if (previous - point_y).abs() > 0.05 => {
                line.push_str(&format!("H{}V{}", fixed1(x(index)), fixed1(point_y)));
            }
            Some(_) => {}
        }
        last_y = Some(point_y);
    }
    if last_y.is_some() {
        line.push_str(&format!("H{}", fixed1(x(curve.len()))));
    }
    let value_ticks = ticks
        .into_iter()
        .map(|v| Tick {
            at: y(v),
            label: amount(v),
        })
        .collect();
    let mut date_ticks: Vec<Tick> = Vec::new();
    let months = curve.len() / 30 + 1;
    let every = [1, 2, 3, 6, 12, 24]
        .into_iter()
        .find(|step| months.div_ceil(*step) <= 12)
        .unwrap_or(24);
    let mut counted = 0;
    for (index, (date, _)) in curve.iter().enumerate() {
        if date.day() == 1 {
            if counted % every == 0 {
                date_ticks.push(Tick {
                    at: x(index),
                    label: format!("{:04}-{:02}", date.year(), date.month()),
                });
            }
            counted += 1;
        }
    }
    let stop_marker = stop.and_then(|stop| {
        let index = curve.iter().position(|(date, _)| *date == stop)?;
        let charge = curve.get(index).map(|(_, m)| *m)?;
        let marker_x = x(index);
        Some(StopMarker {
            x: marker_x,
            y: y(charge.to_f64_lossy()),
            label: format!("stop {stop}: {}", figure(&charge.to_string())),
            anchor_end: marker_x > (LEFT + RIGHT) / 2.0,
        })
    });
    let first = curve
        .first()
        .map(|(d, m)| format!("{} if TWW stops on {d}", figure(&m.to_string())));
    let desc = match (first, curve.last()) {
        (Some(first), Some((last_day, _))) => format!(
            "The charge falls as the stop moves later: {first}, down to nothing on {last_day}, the term's last day. The invoice table gives the figures."
        ),
        _ => "There is no day to stop in this term.".to_string(),
    };
    StopChart {
        width: WIDTH,
        height: HEIGHT,
        left: LEFT,
        right: RIGHT,
        top: TOP,
        bottom: BOTTOM,
        value_ticks,
        date_ticks,
        line,
        stop: stop_marker,
        title: "The termination charge for each day TWW could stop".to_string(),
        desc,
        days: curve.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_on_the_chart_is_a_day_in_words() {
        let start = Date::known(2003, 6, 30);
        let curve: Vec<(Date, Money)> = (0..40)
            .map(|i| (start.plus_days(i).unwrap(), Money::from_whole(40 - i)))
            .collect();
        let chart = stop_chart(&curve, None);
        assert_eq!(chart.day_at(chart.day_x(2) + 0.1), Some(2));
        assert_eq!(chart.day_at(0.0), Some(0));
        assert_eq!(chart.day_at(10_000.0), Some(39));
        assert_eq!(
            chart.day_words(2),
            "TWW stops on 2003-07-02: a termination charge of 38.00"
        );
    }

    #[test]
    fn steps_and_the_stop_marker() {
        let start = Date::known(2003, 6, 30);
        let curve: Vec<(Date, Money)> = (0..40)
            .map(|i| {
                let date = start.plus_days(i).unwrap();
                let charge = if date.month() == 6 { 20_000 } else { 10_000 };
                (date, Money::from_whole(charge))
            })
            .collect();
        let chart = stop_chart(&curve, Some(Date::known(2003, 7, 2)));
        assert_eq!(
            chart.line.matches('V').count(),
            1,
            "one step down on 1 July"
        );
        assert_eq!(chart.date_ticks.len(), 2, "July and August");
        let marker = chart.stop.unwrap();
        assert!(marker.label.contains("10,000.00"));
        assert!(stop_chart(&curve, Some(Date::known(2005, 1, 1)))
            .stop
            .is_none());
        assert!(stop_chart(&[], None).line.is_empty());
        assert_eq!(stop_chart(&[], None).day_at(300.0), None);
    }
}
