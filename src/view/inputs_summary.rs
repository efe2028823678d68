//! The printed report's list of inputs: every field of the deal with the value in
//! force and where it comes from (its clause, or "assumption"), so that a printed
//! scenario can be checked against the contract in a meeting.

use crate::engine::Money;
use crate::scenario::fields::{FieldInfo, Source, VENTURE_FIELDS};
use crate::scenario::link::LinkScenario;
use crate::scenario::{msa, note, venture};
use crate::view::format::group_thousands;

/// One line of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputLine {
    pub param: &'static str,
    pub label: &'static str,
    /// The value as the page would show it ("none" when empty).
    pub value: String,
    /// "cl. 4(5)(a)", "cl. 4(5)(b)(i); amount assumed" or "assumption".
    pub source: String,
}

fn source_text(source: Source) -> String {
    match source {
        Source::Contract(clause) => clause.to_string(),
        Source::Assumption => "assumption".to_string(),
        Source::ContractAmountAssumed(clause) => format!("{clause}; amount assumed"),
    }
}

/// A choice's label in place of its link word.
fn shown(field: &FieldInfo, text: String) -> String {
    if let crate::scenario::fields::Control::Choice(choices) = field.control {
        if let Some((_, label)) = choices.iter().find(|(word, _)| *word == text) {
            return (*label).to_string();
        }
    }
    match text.as_str() {
        "" => "none".to_string(),
        "true" => "yes".to_string(),
        "false" => "no".to_string(),
        // Numbers read grouped ("2,500,000"), as every figure on the page does.
        _ => group_thousands(&text),
    }
}

/// Every input of the scenario, in the order of the deal's Inputs table.
pub fn inputs_summary(scenario: &LinkScenario) -> Vec<InputLine> {
    let fields: &[FieldInfo] = match scenario {
        LinkScenario::Venture(_) => VENTURE_FIELDS,
        LinkScenario::Msa(_) => msa::fields::FIELDS,
        LinkScenario::Note(_) => note::fields::FIELDS,
    };
    fields
        .iter()
        .map(|field| InputLine {
            param: field.param,
            label: field.label,
            value: shown(field, value_text(scenario, field.param)),
            source: source_text(field.source),
        })
        .collect()
}

/// The value in force of a parameter as link text (the Venture's costs as a list).
fn value_text(scenario: &LinkScenario, param: &str) -> String {
    match scenario {
        LinkScenario::Venture(inputs) if param == "cost" => costs_text(&inputs.costs),
        LinkScenario::Venture(inputs) => venture::field_text(inputs, param),
        LinkScenario::Msa(inputs) => msa::field_text(inputs, param),
        LinkScenario::Note(inputs) => note::field_text(inputs, param),
    }
}

fn costs_text(costs: &[crate::engine::venture::CostItem]) -> String {
    costs
        .iter()
        .map(|item| {
            format!(
                "{} {} (month {})",
                item.label,
                money_text(item.amount),
                item.month
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn money_text(amount: Money) -> String {
    group_thousands(&amount.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::read_link;

    #[test]
    fn every_deal_lists_every_field_with_a_source() {
        for (text, count) in [
            ("#/venture?v=1", VENTURE_FIELDS.len()),
            ("#/msa?v=1", msa::fields::FIELDS.len()),
            ("#/note?v=1", note::fields::FIELDS.len()),
        ] {
            let lines = inputs_summary(&read_link(text).unwrap().scenario);
            assert_eq!(lines.len(), count);
            assert!(
                lines
                    .iter()
                    .all(|line| !line.value.is_empty() && !line.source.is_empty()),
                "{lines:?}"
            );
        }
        let venture = inputs_summary(&read_link("#/venture?v=1&min=4500000").unwrap().scenario);
        let min = venture.iter().find(|line| line.param == "min").unwrap();
        assert_eq!(min.value, "4,500,000");
        assert_eq!(venture[0].value, "Amended (July 2002)");
        assert_eq!(
            venture
                .iter()
                .find(|line| line.param == "disc")
                .unwrap()
                .source,
            "assumption"
        );
    }
}
