//! Goal seek: the smallest value of one input, at its precision and within its
//! range, for which a result meets a target ("what minutes recoup the loan by
//! month 6?"), or why no value in range does.
//!
//! The results step (months, cents), so there is no Newton: the input's values
//! are the integers k of `min + k × step`; a coarse scan brackets the first
//! value that meets, bisection narrows the bracket, and the last bracket is
//! searched value by value, so that the answer meets and the value one step
//! below it does not.

pub mod target;
pub mod vary;

use crate::scenario::link::LinkScenario;
use crate::scenario::output::Scalar;
use crate::scenario::values::write_decimal;
use rust_decimal::Decimal;
pub use target::{read_target, target_keys, Goal, Target};
pub use vary::{numeric_params, varied, Evaluator, Varied};

/// Points of the coarse scan over the whole range.
const SCAN_POINTS: u64 = 64;
/// A bracket this narrow is searched value by value.
const EXHAUSTIVE: u64 = 32;

/// Which value that meets the target is wanted: the question is the
/// smallest ("what minutes recoup by month 6?"); where the result falls as the
/// input rises ("what termination rate still breaks even?") it is the largest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Extreme {
    #[default]
    Smallest,
    Largest,
}

/// What a goal seek found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeekAnswer {
    pub vary: &'static str,
    pub extreme: Extreme,
    /// The target as given, `recoup_month=6`.
    pub target: String,
    /// The smallest (or largest) value that meets the target.
    pub value: Option<Decimal>,
    /// Why no value in range meets it (only with no value).
    pub reason: Option<String>,
    /// The same, typed, for the page to say in words (only with no value).
    pub impossible: Option<Impossible>,
}

/// Why no value in range meets a target: the range searched, and the result at
/// the end searched last (`None`: the scenario is not valid there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Impossible {
    pub from: Decimal,
    pub to: Decimal,
    pub at: Decimal,
    pub result_there: Option<Scalar>,
}

impl SeekAnswer {
    /// The value as links write it: `4500000`, `0.1875`, `27.5`.
    pub fn value_text(&self) -> Option<String> {
        self.value.map(write_decimal)
    }
}

/// The smallest `k` in `0..=last` with `meets(k)`: exact where the values that
/// meet start within a bracket of the coarse scan and, inside that bracket,
/// the bisection's bracket (both hold where meeting is monotone in k, as for
/// minutes against a recoup month; within the last bracket any order is
/// handled). `None` when no scanned point meets.
pub fn smallest_meeting(last: u64, mut meets: impl FnMut(u64) -> bool) -> Option<u64> {
    if meets(0) {
        return Some(0);
    }
    let points = last.min(SCAN_POINTS);
    let mut below = 0;
    for i in 1..=points {
        let k =
            u64::try_from(u128::from(i) * u128::from(last) / u128::from(points)).unwrap_or(last);
        if meets(k) {
            return Some(narrow(below, k, &mut meets));
        }
        below = k;
    }
    None
}

/// The first k in `(below, meeting]` that meets, given that `below` does not
/// and `meeting` does.
fn narrow(mut below: u64, mut meeting: u64, meets: &mut impl FnMut(u64) -> bool) -> u64 {
    while meeting - below > EXHAUSTIVE {
        let middle = below + (meeting - below) / 2;
        if meets(middle) {
            meeting = middle;
        } else {
            below = middle;
        }
    }
    (below + 1..meeting).find(|&k| meets(k)).unwrap_or(meeting)
}

/// Seeks the smallest (or largest) value of `param` for which the result meets
/// `target` (`KEY=X`). A bad request (an input that is not numeric, a result that is not
/// a target) gives its message; a value for which the scenario is invalid or
/// beyond the model's range does not meet.
pub fn seek(
    scenario: &LinkScenario,
    param: &str,
    target: &str,
    extreme: Extreme,
) -> Result<SeekAnswer, Vec<String>> {
    let varied = varied(scenario, param).map_err(|message| format!("--vary: {message}"));
    let read = read_target(scenario.route(), target);
    let (varied, read) = match (varied, read) {
        (Ok(varied), Ok(read)) => (varied, read),
        (varied, read) => return Err(varied.err().into_iter().chain(read.err()).collect()),
    };
    Ok(seek_with(
        &Evaluator::new(scenario),
        varied,
        &read,
        target,
        extreme,
    ))
}

/// [`seek`] with its parts read, on a chosen evaluator.
pub fn seek_with(
    evaluator: &Evaluator,
    varied: Varied,
    target: &Target,
    target_text: &str,
    extreme: Extreme,
) -> SeekAnswer {
    let last = varied.last_index();
    // The search runs over j from the end wanted: k = j, or k = last − j.
    let index = |j: u64| match extreme {
        Extreme::Smallest => j,
        Extreme::Largest => last - j.min(last),
    };
    let meets = |j: u64| {
        evaluator
            .result(&[(varied.param, varied.value(index(j)))], target.key)
            .is_some_and(|result| target.met_by(&result))
    };
    let found = smallest_meeting(last, meets).map(index);
    let impossible = match found {
        Some(_) => None,
        None => Some(impossible(evaluator, varied, target, extreme)),
    };
    SeekAnswer {
        vary: varied.param,
        extreme,
        target: target_text.to_string(),
        value: found.map(|k| varied.value(k)),
        reason: impossible
            .as_ref()
            .map(|why| reason(varied, target, target_text, why)),
        impossible,
    }
}

/// The range searched and the result at the end searched last (the top when
/// seeking the smallest value).
fn impossible(
    evaluator: &Evaluator,
    varied: Varied,
    target: &Target,
    extreme: Extreme,
) -> Impossible {
    let at = match extreme {
        Extreme::Smallest => varied.spec.max,
        Extreme::Largest => varied.spec.min,
    };
    Impossible {
        from: varied.spec.min,
        to: varied.spec.max,
        at,
        result_there: evaluator.result(&[(varied.param, at)], target.key),
    }
}

/// "impossible in range", as the command line says it (with link and JSON keys).
fn reason(varied: Varied, target: &Target, target_text: &str, why: &Impossible) -> String {
    let at_top = match &why.result_there {
        None => "the scenario is not valid or beyond the model's range".to_string(),
        Some(result) if result.text().is_empty() => format!("{} does not exist", target.key),
        Some(result) => format!("{} is {}", target.key, result.text()),
    };
    format!(
        "impossible in range: no value of {} {} meets {target_text} (at {}, {at_top}).",
        varied.param,
        varied.range_text(),
        write_decimal(why.at)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_step_of_a_monotone_step_function() {
        for threshold in [0u64, 1, 31, 32, 33, 1_000, 999_999, 1_000_000] {
            assert_eq!(
                smallest_meeting(1_000_000, |k| k >= threshold),
                Some(threshold),
                "{threshold}"
            );
        }
        assert_eq!(smallest_meeting(1_000_000, |_| false), None);
        assert_eq!(smallest_meeting(0, |_| true), Some(0));
        assert_eq!(smallest_meeting(0, |_| false), None);
        assert_eq!(smallest_meeting(5, |k| k == 5), Some(5));
    }

    #[test]
    fn the_last_bracket_is_searched_value_by_value() {
        // Meets at 500 and from 510 on: within one last bracket, the first wins.
        let found = smallest_meeting(1_000_000, |k| k == 500 || k >= 510);
        assert!(found == Some(500) || found == Some(510));
        let found = smallest_meeting(100, |k| k == 3 || k >= 20);
        assert_eq!(found, Some(3));
    }
}
