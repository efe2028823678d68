//! Goal seek as the page says it: the inputs and results to choose from by
//! their labels, and the answer — or why there is none — in words, never with
//! a link or JSON key. The search itself is `scenario::seek`.

use super::format::{group_thousands, show};
use crate::scenario::catalogue::{self, Aim, Kind};
use crate::scenario::deal_form::Deal;
use crate::scenario::link::LinkScenario;
use crate::scenario::seek::{
    numeric_params, read_target, seek_with, varied, Evaluator, Extreme, Goal, SeekAnswer,
};
use crate::scenario::values::write_decimal;

/// One choice of a list: its key (the `<option>`'s value) and its label.
pub type Choice = (&'static str, &'static str);

/// The inputs a goal seek may vary in this scenario, by label.
pub fn vary_choices(scenario: &LinkScenario) -> Vec<Choice> {
    let deal = Deal::of_scenario(scenario);
    numeric_params(scenario)
        .into_iter()
        .map(|param| (param, catalogue::input_label(deal, param)))
        .collect()
}

/// The results a goal seek may aim at, by label: months first, then amounts.
pub fn target_choices(deal: Deal) -> Vec<Choice> {
    let results = catalogue::results(deal);
    let of = |aim: Aim| {
        results
            .iter()
            .filter(move |figure| figure.aim == aim)
            .map(|figure| (figure.key, figure.label))
    };
    of(Aim::ByMonth).chain(of(Aim::AtLeast)).collect()
}

/// What the value box asks for, by what the result is.
pub fn value_label(deal: Deal, key: &str) -> &'static str {
    match catalogue::result(deal, key).map(|figure| figure.aim) {
        Some(Aim::ByMonth) => "is at most (month)",
        _ => "is at least ($)",
    }
}

/// What the page shows after "Find".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeekShown {
    /// The value found, as the input's box takes it, and the sentence.
    Found { value: String, words: String },
    /// No value meets, or the request cannot be asked: why, in words.
    NotFound(String),
}

/// The goal in words: "at most 6", "at least $1,000.00".
fn goal_words(goal: Goal) -> String {
    match goal {
        Goal::ByMonth(month) => format!("at most {month}"),
        Goal::AtLeast(amount) => {
            let shown = crate::engine::Money::round(amount)
                .map(|m| show(Kind::Money, &crate::scenario::output::Scalar::Money(m)));
            format!(
                "at least {}",
                shown.unwrap_or_else(|_| write_decimal(amount))
            )
        }
    }
}

/// Runs the goal seek for the page's form (`value` as typed, separators
/// allowed) and says the answer in words.
pub fn seek_on_page(
    scenario: &LinkScenario,
    param: &str,
    key: &str,
    value: &str,
    extreme: Extreme,
) -> SeekShown {
    let deal = Deal::of_scenario(scenario);
    let input = catalogue::input_label(deal, param);
    let result = catalogue::result_label(deal, key);
    let Ok(varying) = varied(scenario, param) else {
        return SeekShown::NotFound(format!("{input} cannot be varied in this scenario."));
    };
    let typed = super::format::plain_typed(value);
    let target_text = format!("{key}={typed}");
    let target = match read_target(deal.route(), &target_text) {
        Ok(target) => target,
        Err(_) if typed.is_empty() => {
            return SeekShown::NotFound(format!("Type the value {result} must reach."))
        }
        Err(_) => {
            let allowed = match catalogue::result(deal, key).map(|figure| figure.aim) {
                Some(Aim::ByMonth) => "a whole month number from 0 to 1,000",
                _ => "an amount in dollars with at most 2 decimals",
            };
            return SeekShown::NotFound(format!(
                "“{}” is not a value {result} can reach; type {allowed}.",
                value.trim()
            ));
        }
    };
    let answer = seek_with(
        &Evaluator::new(scenario),
        varying,
        &target,
        &target_text,
        extreme,
    );
    let edge = match extreme {
        Extreme::Smallest => varying.spec.min,
        Extreme::Largest => varying.spec.max,
    };
    words(deal, &answer, target.goal, input, result, edge)
}

/// The answer in words; `edge` is the end of the input's range the search
/// starts from (its lowest value for the smallest, its highest for the largest).
fn words(
    deal: Deal,
    answer: &SeekAnswer,
    goal: Goal,
    input: &str,
    result: &str,
    edge: rust_decimal::Decimal,
) -> SeekShown {
    let goal = goal_words(goal);
    let (which, end) = match answer.extreme {
        Extreme::Smallest => ("smallest", "lowest"),
        Extreme::Largest => ("largest", "highest"),
    };
    if let Some(found) = answer.value {
        let value = write_decimal(found);
        // At the range's own end the search found no turning point: say that
        // the target already holds there, not that it is "the smallest value".
        let words = if found == edge {
            format!(
                "{input}: even its {end} allowed value, {}, gives {result} {goal}; no value beyond it is allowed, so the target holds from that end of the range.",
                group_thousands(&value)
            )
        } else {
            format!(
                "{input}: {} is the {which} value with {result} {goal}.",
                group_thousands(&value)
            )
        };
        return SeekShown::Found { words, value };
    }
    let Some(why) = &answer.impossible else {
        return SeekShown::NotFound(format!("No value of {input} gives {result} {goal}."));
    };
    let kind = catalogue::result(deal, answer_key(answer)).map_or(Kind::Text, |f| f.kind);
    let there = match &why.result_there {
        None => "the scenario is not valid there".to_string(),
        Some(value) if value.text().is_empty() => format!("{result} does not exist there"),
        Some(value) => format!("{result} is {}", show(kind, value)),
    };
    SeekShown::NotFound(format!(
        "Impossible in range: no value of {input} from {} to {} gives {result} {goal} (at {}, {there}).",
        group_thousands(&write_decimal(why.from)),
        group_thousands(&write_decimal(why.to)),
        group_thousands(&write_decimal(why.at)),
    ))
}

/// The result key of an answer's target (`recoup_month=6` → `recoup_month`).
fn answer_key(answer: &SeekAnswer) -> &str {
    answer
        .target
        .split_once('=')
        .map_or(answer.target.as_str(), |(key, _)| key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::read_link;

    fn scenario(link: &str) -> LinkScenario {
        read_link(link).unwrap().scenario
    }

    #[test]
    fn lists_read_as_labels() {
        let venture = scenario("#/venture?v=1");
        let vary = vary_choices(&venture);
        assert!(vary.contains(&("min", "Minutes per month")));
        assert!(vary.iter().all(|(key, label)| key != label));
        let targets = target_choices(Deal::Venture);
        assert_eq!(targets[0], ("recoup_month", "Loan recouped in month"));
        assert!(targets.iter().any(|(key, _)| *key == "thil_npv"));
    }

    #[test]
    fn a_target_met_at_the_end_of_the_range_says_so() {
        let scenario = read_link("#/venture?v=1").unwrap().scenario;
        let shown = seek_on_page(
            &scenario,
            "min",
            "thil_npv",
            "-10,000,000",
            Extreme::Smallest,
        );
        let SeekShown::Found { value, words } = shown else {
            panic!("{shown:?}")
        };
        assert_eq!(value, "0");
        assert!(
            words.starts_with(
                "Minutes per month: even its lowest allowed value, 0, gives THIL's NPV at least"
            ),
            "{words}"
        );
    }

    #[test]
    fn answers_are_words() {
        let venture = scenario("#/venture?v=1");
        let SeekShown::Found { value, words } =
            seek_on_page(&venture, "min", "recoup_month", "8", Extreme::Smallest)
        else {
            panic!("found")
        };
        assert!(value.parse::<u64>().is_ok(), "{value}");
        assert_eq!(
            words,
            format!(
                "Minutes per month: {} is the smallest value with Loan recouped in month at most 8.",
                group_thousands(&value)
            )
        );
        assert!(
            !words.contains("recoup_month") && !words.contains("min ="),
            "{words}"
        );
    }

    #[test]
    fn bad_values_and_impossible_targets_say_why_in_words() {
        let venture = scenario("#/venture?v=1");
        let SeekShown::NotFound(empty) =
            seek_on_page(&venture, "min", "thil_npv", " ", Extreme::Smallest)
        else {
            panic!("empty")
        };
        assert_eq!(empty, "Type the value THIL's NPV must reach.");
        let SeekShown::NotFound(bad) =
            seek_on_page(&venture, "min", "recoup_month", "6.5", Extreme::Smallest)
        else {
            panic!("bad")
        };
        assert!(
            bad.contains("whole month number") && !bad.contains("--target"),
            "{bad}"
        );
        let SeekShown::NotFound(never) =
            seek_on_page(&venture, "disc", "recoup_month", "1", Extreme::Smallest)
        else {
            panic!("impossible")
        };
        assert!(
            never.starts_with("Impossible in range: no value of Discount rate"),
            "{never}"
        );
        assert!(
            !never.contains("disc ") && !never.contains("recoup_month"),
            "{never}"
        );
    }
}
