//! One field of the Note typed into the form, checked on the typed inputs: the
//! field read by its own reader and range (a list item by item, each as a
//! link carries it), then the fields whose range it decides (`first` and
//! `demand` after `dated`; the pay-downs between `dated` and the demand, and
//! in total at most the principal; the missed dates among the interest dates)
//! checked again in the same cascade as a link's, and the model's range.
//! Nothing is written into a link and read back.

use super::lists::{read_missed, read_paydown, repeated, write_paydown, MissedRange, PaydownRange};
use super::{out_of_model_range, position, read_demand, read_first, set_scalar};
use crate::engine::note::{NoteInputs, PayDown};
use crate::engine::{Date, Money};
use crate::scenario::query::encode;

/// The inputs with `param` set from `text` (empty: back to its default, or to
/// following; a list's items separated by commas or spaces), or every message
/// in the Inputs table's order.
pub fn set(inputs: &NoteInputs, param: &str, text: &str) -> Result<NoteInputs, Vec<String>> {
    let mut next = inputs.clone();
    let mut errors: Vec<(usize, String)> = Vec::new();
    match param {
        "paydown" => next.paydowns = read_paydowns(&items(text), &next, &mut errors),
        "missed" => next.missed = read_missed_dates(&items(text), &next, &mut errors),
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
        let raws: Vec<Item> = next
            .paydowns
            .iter()
            .map(|p| Item::written(write_paydown(p)))
            .collect();
        let range = (!invalid.contains(&"demand")).then(|| paydown_range(&next));
        check_paydowns(&raws, range, &next, &mut errors);
    }
    if param != "missed" {
        let range = invalid.is_empty().then(|| missed_range(&next));
        for date in &next.missed {
            let raw = date.to_string();
            if let Err(refusal) = read_missed(&raw, range) {
                errors.push((position("missed"), refusal.message("missed", &raw)));
            }
        }
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
fn items(text: &str) -> Vec<Item> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|item| !item.is_empty())
        .map(|item| Item {
            shown: item.to_string(),
            raw: item.split(':').map(encode).collect::<Vec<_>>().join(":"),
        })
        .collect()
}

/// One item of a list: as typed (for its message) and as a link carries it.
struct Item {
    shown: String,
    raw: String,
}

impl Item {
    /// An item the inputs hold, as the link writes it.
    fn written(raw: String) -> Item {
        Item {
            shown: raw.clone(),
            raw,
        }
    }
}

fn paydown_range(inputs: &NoteInputs) -> PaydownRange {
    PaydownRange {
        dated: inputs.dated,
        demand: inputs.demand_date(),
    }
}

fn missed_range(inputs: &NoteInputs) -> MissedRange {
    MissedRange {
        first: inputs.first_date(),
        demand: inputs.demand_date(),
    }
}

/// The pay-downs typed, each read in its range, sorted by date.
fn read_paydowns(
    raws: &[Item],
    inputs: &NoteInputs,
    errors: &mut Vec<(usize, String)>,
) -> Vec<PayDown> {
    let mut paydowns = check_paydowns(raws, Some(paydown_range(inputs)), inputs, errors);
    crate::engine::order::sort_small_by(&mut paydowns, |a, b| a < b);
    paydowns
}

/// Reads pay-downs as a link's (a date twice is refused), and their total
/// against the principal once every one is read.
fn check_paydowns(
    raws: &[Item],
    range: Option<PaydownRange>,
    inputs: &NoteInputs,
    errors: &mut Vec<(usize, String)>,
) -> Vec<PayDown> {
    let mut paydowns: Vec<PayDown> = Vec::new();
    let mut all_read = true;
    for Item { shown, raw } in raws {
        match read_paydown(raw, range) {
            Ok(item) if paydowns.iter().any(|p| p.date == item.date) => {
                all_read = false;
                errors.push((position("paydown"), repeated("paydown", shown, item.date)));
            }
            Ok(item) => paydowns.push(item),
            Err(refusal) => {
                all_read = false;
                errors.push((position("paydown"), refusal.message("paydown", shown)));
            }
        }
    }
    let total = Money::sum(paydowns.iter().map(|p| p.amount));
    if all_read && !raws.is_empty() {
        match total {
            Ok(total) if total <= inputs.principal() => {}
            _ => errors.push((
                position("paydown"),
                format!(
                    "paydown: the pay-downs total {}, more than the principal; allowed: in total at most the principal ({}).",
                    total.map_or_else(|_| "more than 10^15".to_string(), |t| t.to_string()),
                    inputs.principal()
                ),
            )),
        }
    }
    paydowns
}

/// The missed interest dates typed, each among the interest dates, sorted.
fn read_missed_dates(
    raws: &[Item],
    inputs: &NoteInputs,
    errors: &mut Vec<(usize, String)>,
) -> Vec<Date> {
    let range = Some(missed_range(inputs));
    let mut missed: Vec<Date> = Vec::new();
    for Item { shown, raw } in raws {
        match read_missed(raw, range) {
            Ok(date) if missed.contains(&date) => {
                errors.push((position("missed"), repeated("missed", shown, date)))
            }
            Ok(date) => missed.push(date),
            Err(refusal) => errors.push((position("missed"), refusal.message("missed", shown))),
        }
    }
    crate::engine::order::sort_small_by(&mut missed, |a, b| a < b);
    missed
}

fn in_table_order(mut errors: Vec<(usize, String)>) -> Vec<String> {
    crate::engine::order::sort_small_by_key(&mut errors, |(index, _)| *index);
    errors.into_iter().map(|(_, message)| message).collect()
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
