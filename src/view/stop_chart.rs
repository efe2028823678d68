//! The MSA's chart: the termination charge TWW would owe for each day it could
//! stop in the Service Term, as a step line, with the chosen `stop` marked.
//! Geometry only (f64 for drawing); the figures come from the engine's curve,
//! as runs of days with one charge (one run an invoice): the chart draws a step
//! a run and finds a day's charge by its run, without a point a day.

use super::axis::value_axis;
use super::chart::Tick;
use super::format::figure;
use crate::engine::msa::termination::ChargeRun;
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
    /// The days TWW could stop, as runs with one charge, for picking a day.
    pub runs: Vec<ChargeRun>,
    /// How many days the runs hold.
    pub day_count: usize,
}

/// The chart of an MSA scenario with the stop as typed in its box (a date not
/// yet valid marks nothing); `None` for another deal or beyond the model's range.
pub fn stop_chart_of(
    scenario: &crate::scenario::link::LinkScenario,
    stop_text: &str,
) -> Option<StopChart> {
    let crate::scenario::link::LinkScenario::Msa(inputs) = scenario else {
        return None;
    };
    let stop = crate::scenario::values::read_date(
        stop_text,
        Date::known(1, 1, 1),
        Date::known(9999, 12, 31),
    )
    .ok();
    let runs = crate::engine::msa::termination_runs(inputs).ok()?;
    Some(stop_chart(&runs, stop))
}

impl StopChart {
    /// Day `index` as the stop box takes it (`YYYY-MM-DD`).
    pub fn day_text(&self, index: usize) -> Option<String> {
        self.day(index).map(|(date, _)| date.to_string())
    }

    /// Day `index` (0 = the first day TWW could stop) and its charge.
    pub fn day(&self, index: usize) -> Option<(Date, Money)> {
        let mut before = 0usize;
        for run in &self.runs {
            let days = run.days as usize;
            if index < before + days {
                let offset = i64::try_from(index - before).ok()?;
                return Some((run.first.plus_days(offset)?, run.charge));
            }
            before += days;
        }
        None
    }

    /// Where day `index` is drawn.
    pub fn day_x(&self, index: usize) -> f64 {
        let days = self.day_count.max(1) as f64;
        self.left + index as f64 / days * (self.right - self.left)
    }

    /// The day drawn at `x` (clamped to the term's days; `None` without days).
    pub fn day_at(&self, x: f64) -> Option<usize> {
        let last = self.day_count.checked_sub(1)?;
        let fraction = (x - self.left) / (self.right - self.left);
        let index = (fraction * self.day_count as f64).floor();
        Some(if index <= 0.0 {
            0
        } else {
            (index as usize).min(last)
        })
    }

    /// Day `index` in words, for the chart's cursor.
    pub fn day_words(&self, index: usize) -> String {
        match self.day(index) {
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

/// The chart of the curve's `runs` (in date order, each at least a day).
pub fn stop_chart(runs: &[ChargeRun], stop: Option<Date>) -> StopChart {
    let high = runs
        .iter()
        .map(|run| run.charge.to_f64_lossy())
        .fold(0.0, f64::max);
    let (low, high, ticks) = value_axis(0.0, high, 4.0);
    let y = |value: f64| BOTTOM - (value - low) / (high - low) * (BOTTOM - TOP);
    let day_count: usize = runs.iter().map(|run| run.days as usize).sum();
    let days = day_count.max(1) as f64;
    let x = |index: usize| LEFT + index as f64 / days * (RIGHT - LEFT);
    // Where each run starts, in days from the first.
    let starts: Vec<usize> = runs
        .iter()
        .scan(0usize, |before, run| {
            let start = *before;
            *before += run.days as usize;
            Some(start)
        })
        .collect();
    let mut line = String::new();
    let mut last_y: Option<f64> = None;
    for (run, &index) in runs.iter().zip(&starts) {
        let point_y = y(run.charge.to_f64_lossy());
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
        line.push_str(&format!("H{}", fixed1(x(day_count))));
    }
    let value_ticks = ticks
        .into_iter()
        .map(|v| Tick {
            at: y(v),
            label: amount(v),
        })
        .collect();
    // A tick on each month's first day, thinned to about twelve.
    let first_day = runs.first().map(|run| run.first);
    let mut firsts: Vec<(usize, Date)> = Vec::new();
    if let Some(first_day) = first_day {
        let mut month = if first_day.day() == 1 {
            Some(first_day)
        } else {
            first_day.month_end().next_day()
        };
        while let Some(date) = month {
            let Ok(index) = usize::try_from(first_day.days_until(date)) else {
                break;
            };
            if index >= day_count {
                break;
            }
            firsts.push((index, date));
            month = date.month_end().next_day();
        }
    }
    let months = day_count / 30 + 1;
    let every = [1, 2, 3, 6, 12, 24]
        .into_iter()
        .find(|step| months.div_ceil(*step) <= 12)
        .unwrap_or(24);
    let date_ticks: Vec<Tick> = firsts
        .iter()
        .enumerate()
        .filter(|(counted, _)| counted % every == 0)
        .map(|(_, (index, date))| Tick {
            at: x(*index),
            label: format!("{:04}-{:02}", date.year(), date.month()),
        })
        .collect();
    let stop_marker = stop.and_then(|stop| {
        let (run, &start) = runs.iter().zip(&starts).find(|(run, _)| {
            run.first <= stop && run.first.days_until(stop) < i64::from(run.days)
        })?;
        let index = start + usize::try_from(run.first.days_until(stop)).ok()?;
        let charge = run.charge;
        let marker_x = x(index);
        Some(StopMarker {
            x: marker_x,
            y: y(charge.to_f64_lossy()),
            label: format!("stop {stop}: {}", figure(&charge.to_string())),
            anchor_end: marker_x > (LEFT + RIGHT) / 2.0,
        })
    });
    let first = runs.first().map(|run| {
        format!(
            "{} if TWW stops on {}",
            figure(&run.charge.to_string()),
            run.first
        )
    });
    let last_day = runs
        .last()
        .and_then(|run| run.first.plus_days(i64::from(run.days) - 1));
    let desc = match (first, last_day) {
        (Some(first), Some(last_day)) => format!(
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
        runs: runs.to_vec(),
        day_count,
    }
}

/// Runs of a day each from a curve of days (for the tests' curves).
#[cfg(test)]
fn runs_of(curve: &[(Date, Money)]) -> Vec<ChargeRun> {
    curve
        .iter()
        .map(|&(first, charge)| ChargeRun {
            first,
            days: 1,
            charge,
        })
        .collect()
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
        let chart = stop_chart(&runs_of(&curve), None);
        assert_eq!(chart.day_at(chart.day_x(2) + 0.1), Some(2));
        assert_eq!(chart.day_at(0.0), Some(0));
        assert_eq!(chart.day_at(10_000.0), Some(39));
        assert_eq!(
            chart.day_words(2),
            "TWW stops on 2003-07-02: a termination charge of 38.00"
        );
    }

    #[test]
    fn runs_draw_and_pick_as_their_days_would() {
        // Two runs of a month and more, against the same curve a day a run.
        let start = Date::known(2003, 6, 20);
        let runs = vec![
            ChargeRun {
                first: start,
                days: 11,
                charge: Money::from_whole(20_000),
            },
            ChargeRun {
                first: Date::known(2003, 7, 1),
                days: 45,
                charge: Money::from_whole(10_000),
            },
        ];
        let days: Vec<(Date, Money)> = runs
            .iter()
            .flat_map(|run| {
                (0..i64::from(run.days)).map(move |i| (run.first.plus_days(i).unwrap(), run.charge))
            })
            .collect();
        let stop = Some(Date::known(2003, 7, 9));
        let (by_runs, by_days) = (stop_chart(&runs, stop), stop_chart(&runs_of(&days), stop));
        assert_eq!(by_runs.line, by_days.line);
        assert_eq!(by_runs.date_ticks, by_days.date_ticks);
        assert_eq!(by_runs.stop, by_days.stop);
        assert_eq!(by_runs.desc, by_days.desc);
        assert_eq!(by_runs.day_count, 56);
        for index in [0, 10, 11, 30, 55, 56] {
            assert_eq!(by_runs.day(index), days.get(index).copied(), "day {index}");
            assert_eq!(by_runs.day_words(index), by_days.day_words(index));
        }
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
        let chart = stop_chart(&runs_of(&curve), Some(Date::known(2003, 7, 2)));
        assert_eq!(
            chart.line.matches('V').count(),
            1,
            "one step down on 1 July"
        );
        assert_eq!(chart.date_ticks.len(), 2, "July and August");
        let marker = chart.stop.unwrap();
        assert!(marker.label.contains("10,000.00"));
        assert!(stop_chart(&runs_of(&curve), Some(Date::known(2005, 1, 1)))
            .stop
            .is_none());
        assert!(stop_chart(&[], None).line.is_empty());
        assert_eq!(stop_chart(&[], None).day_at(300.0), None);
    }
}
