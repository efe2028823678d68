//! The page's form as a pure state machine: `apply(form, action)` gives the next
//! form. A valid change updates the scenario; an invalid one keeps the typed text
//! beside its message and leaves the scenario (and the results) as they were, so
//! nothing the user had is lost. A link that is refused leaves everything as it was.

use super::link::{read_link, write_link, write_link_with_risk, Link, LinkScenario};
use super::query::encode;
use super::values::{write_decimal, Refusal};
use super::venture::{field_text, read_cost, set_field, write_cost, Context, MAX_COST_ITEMS};
use crate::engine::venture::risk::RiskPlan;
use crate::engine::venture::{CostItem, CostKind, Side, Terms, VentureInputs};
use crate::engine::Money;
use std::collections::BTreeMap;

/// Text typed into a field that is not valid (yet), with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub text: String,
    pub error: String,
}

/// The fields of a cost item, as the form edits them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostField {
    Amount,
    Month,
    Side,
    Kind,
    Label,
}

impl CostField {
    /// The field's place in `AMOUNT:MONTH:SIDE:KIND:LABEL`.
    fn position(self) -> usize {
        match self {
            CostField::Amount => 0,
            CostField::Month => 1,
            CostField::Side => 2,
            CostField::Kind => 3,
            CostField::Label => 4,
        }
    }

    pub fn key(self, index: usize) -> String {
        let name = match self {
            CostField::Amount => "amount",
            CostField::Month => "month",
            CostField::Side => "side",
            CostField::Kind => "kind",
            CostField::Label => "label",
        };
        format!("cost.{index}.{name}")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormAction {
    /// A scalar input typed, slid or chosen, as link text (`end` empty: none).
    Set {
        param: &'static str,
        text: String,
    },
    SetCost {
        index: usize,
        field: CostField,
        text: String,
    },
    AddCost,
    RemoveCost(usize),
    /// A link opened (the page's address or a pasted link).
    OpenLink(String),
    /// The risk view's distributions, draws and seed (`None`: no risk view).
    SetRisk(Option<RiskPlan>),
    /// Back to the model book's defaults.
    Reset,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VentureForm {
    /// The scenario the results show: always valid.
    pub inputs: VentureInputs,
    /// The risk view the link carries (valid for `inputs`), where one is set.
    pub risk: Option<RiskPlan>,
    /// Invalid typed text by field key (`min`, `cost.2.amount`).
    pub drafts: BTreeMap<String, Draft>,
    /// The messages of the last link refused (empty when none).
    pub link_errors: Vec<String>,
    /// Warnings about the link that was opened.
    pub warnings: Vec<String>,
    /// What switching the terms moved, and why ("THIL's profit share moved
    /// from 25 % to 40 %: …"); cleared by the next change.
    pub terms_note: Option<String>,
}

impl Default for VentureForm {
    fn default() -> Self {
        VentureForm::new(VentureInputs::defaults())
    }
}

impl VentureForm {
    pub fn new(inputs: VentureInputs) -> VentureForm {
        VentureForm {
            inputs,
            risk: None,
            drafts: BTreeMap::new(),
            link_errors: Vec::new(),
            warnings: Vec::new(),
            terms_note: None,
        }
    }

    /// The form as a link opens it: the link's scenario, or the defaults with the
    /// link's messages.
    pub fn from_link(link: &str) -> VentureForm {
        apply(
            &VentureForm::default(),
            FormAction::OpenLink(link.to_string()),
        )
    }

    /// The canonical link part from `#` of the scenario shown, with its risk view.
    pub fn link(&self) -> String {
        write_link_with_risk(&Link {
            scenario: LinkScenario::Venture(self.inputs.clone()),
            risk: self.risk.clone(),
            warnings: Vec::new(),
        })
    }

    /// What a field's box shows: the typed draft, or the scenario's value.
    pub fn text(&self, key: &str) -> String {
        if let Some(draft) = self.drafts.get(key) {
            return draft.text.clone();
        }
        match key.strip_prefix("cost.") {
            Some(rest) => cost_field_text(&self.inputs, rest),
            None => field_text(&self.inputs, key),
        }
    }

    pub fn error(&self, key: &str) -> Option<&str> {
        self.drafts.get(key).map(|draft| draft.error.as_str())
    }
}

fn cost_field_text(inputs: &VentureInputs, rest: &str) -> String {
    let Some((index, field)) = rest.split_once('.') else {
        return String::new();
    };
    let Some(item) = index
        .parse::<usize>()
        .ok()
        .and_then(|i| inputs.costs.get(i))
    else {
        return String::new();
    };
    let written = write_cost(item);
    let parts: Vec<&str> = written.splitn(5, ':').collect();
    match (field, parts.as_slice()) {
        ("amount", [amount, ..]) => amount.to_string(),
        ("month", [_, month, ..]) => month.to_string(),
        ("side", [_, _, side, ..]) => side.to_string(),
        ("kind", [_, _, _, kind, _]) => kind.to_string(),
        ("label", _) => item.label.clone(),
        _ => String::new(),
    }
}

/// The next form after `action`.
pub fn apply(form: &VentureForm, action: FormAction) -> VentureForm {
    let mut next = form.clone();
    next.terms_note = None;
    match action {
        FormAction::Set { param, text } => {
            let mut inputs = form.inputs.clone();
            let result = set_scalar(&mut inputs, param, &text);
            if param == "terms" && result.is_ok() {
                next.terms_note = share_moved(&form.inputs, &inputs);
            }
            settle(&mut next, param.to_string(), text, inputs, result);
        }
        FormAction::SetCost { index, field, text } => {
            let mut inputs = form.inputs.clone();
            let result = set_cost_field(&mut inputs, index, field, &text);
            settle(&mut next, field.key(index), text, inputs, result);
        }
        FormAction::AddCost => {
            if next.inputs.costs.len() < MAX_COST_ITEMS {
                next.inputs.costs.push(CostItem {
                    amount: Money::ZERO,
                    month: 0,
                    side: Side::Pakistan,
                    kind: CostKind::Other,
                    label: String::new(),
                });
            }
        }
        FormAction::RemoveCost(index) => {
            if next.inputs.costs.len() > 1 && index < next.inputs.costs.len() {
                let mut inputs = next.inputs.clone();
                inputs.costs.remove(index);
                if validate(&inputs).is_ok() {
                    next.inputs = inputs;
                    next.drafts.retain(|key, _| !key.starts_with("cost."));
                }
            }
        }
        FormAction::OpenLink(link) => match read_link(&link) {
            Ok(Link {
                scenario: LinkScenario::Venture(inputs),
                risk,
                warnings,
            }) => {
                next = VentureForm::new(inputs);
                next.risk = risk;
                next.warnings = warnings;
            }
            Ok(other) => {
                next.link_errors = vec![format!(
                    "route: this is a link to the {} page, not the Venture's.",
                    other.scenario.route()
                )];
            }
            Err(messages) => next.link_errors = messages,
        },
        FormAction::SetRisk(plan) => next.risk = plan,
        FormAction::Reset => next = VentureForm::default(),
    }
    // The share's range follows the terms: a risk view the scenario no longer
    // allows is dropped, so that the form's link always reads back.
    if next.risk.is_some() && read_link(&next.link()).is_err() {
        next.risk = None;
    }
    next
}

fn set_scalar(inputs: &mut VentureInputs, param: &'static str, text: &str) -> Result<(), String> {
    let text = text.trim();
    if param == "end" && text.is_empty() {
        inputs.end = None;
        return Ok(());
    }
    let old_terms = inputs.terms;
    set_field(inputs, param, text, Context::of(inputs))
        .map_err(|refusal: Refusal| refusal.message(param, text))?;
    if param == "terms" && inputs.terms != old_terms {
        // A share that followed the old terms, or that the new terms do not allow,
        // becomes the new terms' default.
        let (min, max) = inputs.terms.share_range_pct();
        if inputs.share_pct == old_terms.default_share_pct()
            || inputs.share_pct < min
            || inputs.share_pct > max
        {
            inputs.share_pct = inputs.terms.default_share_pct();
        }
    }
    Ok(())
}

/// What a switch of the terms did to THIL's profit share, in words: each terms
/// has its own range (amended 25–30 %, original 40–50 %).
fn share_moved(before: &VentureInputs, after: &VentureInputs) -> Option<String> {
    if before.terms == after.terms || before.share_pct == after.share_pct {
        return None;
    }
    let (min, max) = after.terms.share_range_pct();
    let terms = match after.terms {
        Terms::Amended => "amended",
        Terms::Original => "original",
    };
    Some(format!(
        "THIL's profit share moved from {} % to {} %: under the {terms} terms it is {}–{} %.",
        write_decimal(before.share_pct),
        write_decimal(after.share_pct),
        write_decimal(min),
        write_decimal(max)
    ))
}

fn set_cost_field(
    inputs: &mut VentureInputs,
    index: usize,
    field: CostField,
    text: &str,
) -> Result<(), String> {
    let Some(item) = inputs.costs.get(index) else {
        return Err(format!("cost: there is no item {}.", index + 1));
    };
    let written = write_cost(item);
    let mut parts: Vec<String> = written.splitn(5, ':').map(str::to_string).collect();
    let position = field.position();
    let value = if field == CostField::Label {
        encode(text)
    } else {
        encode(text.trim())
    };
    if let Some(slot) = parts.get_mut(position) {
        *slot = value;
    }
    let raw = parts.join(":");
    let item = read_cost(&raw, Some(inputs.months))
        .map_err(|refusal| refusal.message(&format!("cost {}", index + 1), text))?;
    if let Some(slot) = inputs.costs.get_mut(index) {
        *slot = item;
    }
    Ok(())
}

/// The whole scenario is checked as a link would be (dependent ranges, the
/// model's range), so the form cannot hold what a link could not.
fn validate(inputs: &VentureInputs) -> Result<(), String> {
    read_link(&write_link(&LinkScenario::Venture(inputs.clone())))
        .map(|_| ())
        .map_err(|messages| messages.join(" "))
}

fn settle(
    next: &mut VentureForm,
    key: String,
    text: String,
    inputs: VentureInputs,
    result: Result<(), String>,
) {
    match result.and_then(|()| validate(&inputs)) {
        Ok(()) => {
            next.inputs = inputs;
            next.drafts.remove(&key);
            // A change can make other drafts valid or moot: keep only their text.
            next.link_errors.clear();
        }
        Err(error) => {
            next.drafts.insert(key, Draft { text, error });
        }
    }
}

/// The terms word for a radio button's checked state.
pub fn terms_word(terms: Terms) -> &'static str {
    match terms {
        Terms::Amended => "amended",
        Terms::Original => "original",
    }
}
