//! One field of the Note typed into the form, checked on the typed inputs: the
//! field read by its own reader and range (a list item by item, each as a
//! link carries it), then the fields whose range it decides (`first` and
//! `demand` after `dated`; the pay-downs between `dated` and the demand, and
//! in total at most the principal; the missed dates among the interest dates)
//! checked again in the same cascade as a link's, and the model's range.
//! Nothing is written into a link and read back.

use super::lists::{read_missed_dates, read_paydowns, write_paydown, MissedRange, PaydownRange};
use super::{in_table_order, out_of_model_range, position, read_demand, read_first, set_scalar};
use crate::engine::note::NoteInputs;
use crate::engine::Date;
use crate::scenario::query::encode;

/// The inputs with `param` set from `text` (empty: back to its default, or to
/// following; a list's items separated by commas or spaces), or every message
/// in the Inputs table's order.
pub fn set(inputs: &NoteInputs, param: &str, text: &str) -> Result<NoteInputs, Vec<String>> {
    let mut next = inputs.clone();
    let mut errors: Vec<(usize, String)> = Vec::new();
    match param {
        "paydown" => {
            let typed = items(text);
            let (range, principal) = (Some(PaydownRange::of(&next)), Some(next.principal()));
            next.paydowns = read_paydowns(as_pairs(&typed), range, principal, &mut errors);
        }
        "missed" => {
            let typed = items(text);
            next.missed =
                read_missed_dates(as_pairs(&typed), Some(MissedRange::of(&next)), &mut errors);
        }
        _ if text.trim().is_empty() => clear(&mut next, param),
        _ => {
            let text = text.trim();
            set_scalar(&mut next, param, text, Some(inputs.dated))
                .map_err(|refusal| vec![refusal.message(param, text)])?;
        }
    }
    if !errors.is_empty() {
        return Err(in_table_order(errors));
    }

    // The fields whose range another decides, as a link reads them: a refused
    // `first` or `demand` leaves the lists checked only for their form.
    let mut invalid: Vec<&str> = Vec::new();
    if let Some(first) = next.first {
        let raw = first.to_string();
        if let Err(refusal) = read_first(&raw, Some(next.dated)) {
            errors.push((position("first"), refusal.message("first", &raw)));
            invalid.push("first");
        }
    }
    if let Some(demand) = next.demand {
        let raw = demand.to_string();
        if let Err(refusal) = read_demand(&raw, Some(next.dated)) {
            errors.push((position("demand"), refusal.message("demand", &raw)));
            invalid.push("demand");
        }
    }
    if param != "paydown" {
        let written: Vec<String> = next.paydowns.iter().map(write_paydown).collect();
        let items = written.iter().map(|raw| (raw.as_str(), raw.as_str()));
        let range = (!invalid.contains(&"demand")).then(|| PaydownRange::of(&next));
        read_paydowns(items, range, Some(next.principal()), &mut errors);
    }
    if param != "missed" {
        let written: Vec<String> = next.missed.iter().map(Date::to_string).collect();
        let items = written.iter().map(|raw| (raw.as_str(), raw.as_str()));
        let range = invalid.is_empty().then(|| MissedRange::of(&next));
        read_missed_dates(items, range, &mut errors);
    }
    if errors.is_empty() && invalid.is_empty() {
        if let Err(error) = crate::scenario::run::note(&next).as_ref() {
            errors.push((position("amount"), out_of_model_range(error)));
        }
    }
    if errors.is_empty() {
        Ok(next)
    } else {
        Err(in_table_order(errors))
    }
}

/// A list's items as typed, and as a link carries them (each field of an
/// item, `DATE:AMOUNT`, encoded; joined by raw colons), which is what the
/// list's readers take.
fn items(text: &str) -> Vec<(String, String)> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|item| !item.is_empty())
        .map(|item| {
            let raw = item.split(':').map(encode).collect::<Vec<_>>().join(":");
            (item.to_string(), raw)
        })
        .collect()
}

fn as_pairs(items: &[(String, String)]) -> impl Iterator<Item = (&str, &str)> {
    items
        .iter()
        .map(|(shown, raw)| (shown.as_str(), raw.as_str()))
}

/// What a link without `param` holds for it: the default, or none (`amount`,
/// `first` and `demand` then follow).
fn clear(next: &mut NoteInputs, param: &str) {
    let defaults = NoteInputs::defaults();
    match param {
        "amount" => next.amount = None,
        "dated" => next.dated = defaults.dated,
        "rate" => next.rate_pct = defaults.rate_pct,
        "usury" => next.usury_pct = defaults.usury_pct,
        "basis" => next.basis = defaults.basis,
        "first" => next.first = None,
        "demand" => next.demand = None,
        "collect" => next.collection = defaults.collection,
        // Not a Note input (the lists are read above): the form sends none.
        _ => {}
    }
}
