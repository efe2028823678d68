//! The Venture's edits on its typed inputs, for the one page form
//! (`deal_form::apply`): a field or a cost item set from the text typed, checked
//! against its own range and against the ranges it decides (`end` and the cost
//! items within the months modelled, the share within its terms), and against the
//! model's range — on the typed values, without writing and reading a link.
//! Each returns the next inputs, or the message that keeps the typed text as a draft.

use super::query::encode;
use super::values::{write_decimal, Refusal};
use super::venture::{read_cost, set_field, write_cost, Context, MAX_COST_ITEMS};
use crate::engine::venture::{CostItem, CostKind, Side, Terms, VentureInputs};
use crate::engine::Money;

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

/// What the box of a cost item's field shows (`rest` is `N.field` of `cost.N.field`).
pub fn cost_field_text(inputs: &VentureInputs, rest: &str) -> String {
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

fn set_scalar(inputs: &mut VentureInputs, param: &str, text: &str) -> Result<(), String> {
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
pub fn share_moved(before: &VentureInputs, after: &VentureInputs) -> Option<String> {
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

/// The terms word for a radio button's checked state.
pub fn terms_word(terms: Terms) -> &'static str {
    match terms {
        Terms::Amended => "amended",
        Terms::Original => "original",
    }
}

/// The inputs with `param` set from `text` (`end` empty: none), checked.
pub fn set(inputs: &VentureInputs, param: &str, text: &str) -> Result<VentureInputs, String> {
    let mut next = inputs.clone();
    set_scalar(&mut next, param, text)?;
    check(&next)?;
    Ok(next)
}

/// The inputs with a field of cost item `index` set from `text`, checked.
pub fn set_cost(
    inputs: &VentureInputs,
    index: usize,
    field: CostField,
    text: &str,
) -> Result<VentureInputs, String> {
    let mut next = inputs.clone();
    set_cost_field(&mut next, index, field, text)?;
    check(&next)?;
    Ok(next)
}

/// The inputs with an empty cost item added (up to the most a link holds).
pub fn add_cost(inputs: &VentureInputs) -> Option<VentureInputs> {
    (inputs.costs.len() < MAX_COST_ITEMS).then(|| {
        let mut next = inputs.clone();
        next.costs.push(CostItem {
            amount: Money::ZERO,
            month: 0,
            side: Side::Pakistan,
            kind: CostKind::Other,
            label: String::new(),
        });
        next
    })
}

/// The inputs without cost item `index` (one item always stays), if they hold.
pub fn remove_cost(inputs: &VentureInputs, index: usize) -> Option<VentureInputs> {
    if inputs.costs.len() <= 1 || index >= inputs.costs.len() {
        return None;
    }
    let mut next = inputs.clone();
    next.costs.remove(index);
    check(&next).ok().map(|()| next)
}

/// What a link reader would refuse of inputs whose every field was set within
/// its own range: the ranges one input decides for another (`end` and each cost
/// item's month within `months`, the share within its terms' range) and the
/// model's range (the engine runs once; the page shows that run).
pub fn check(inputs: &VentureInputs) -> Result<(), String> {
    let decided = Context::of(inputs);
    if let Some(end) = inputs.end {
        let text = end.to_string();
        let mut probe = inputs.clone();
        set_field(&mut probe, "end", &text, decided)
            .map_err(|refusal| refusal.message("end", &text))?;
    }
    for item in &inputs.costs {
        let written = write_cost(item);
        read_cost(&written, decided.months).map_err(|refusal| refusal.message("cost", &written))?;
    }
    let share = write_decimal(inputs.share_pct);
    let mut probe = inputs.clone();
    set_field(&mut probe, "share", &share, decided)
        .map_err(|refusal| refusal.message("share", &share))?;
    match super::run::venture(inputs).as_ref() {
        Ok(_) => Ok(()),
        Err(error) => Err(super::venture::out_of_model_range(error)),
    }
}
