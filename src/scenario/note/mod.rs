//! The Note's link parameters (`links.md`, the Inputs table of `note.md`): reading
//! a link into [`NoteInputs`] with every error collected in table order, writing
//! the canonical form, and one field's text for the form.

pub mod edit;
pub mod fields;
pub mod lists;
pub mod output;

use super::query::{decode, encode};
use super::values::*;
use crate::engine::note::{DayBasis, NoteError, NoteInputs};
use crate::engine::{Date, Money};
use lists::{read_missed_dates, read_paydowns, write_paydown, MissedRange, PaydownRange};
use rust_decimal::Decimal;

/// For the page's words-against-figures panel.
pub use crate::engine::note::{PrincipalReading, FIGURES_AMOUNT, WORDS_AMOUNT};

/// The parameters in the order of the Inputs table (the canonical order).
pub const PARAMS: &[&str] = &[
    "amount", "dated", "rate", "usury", "basis", "first", "demand", "paydown", "missed", "collect",
];
/// The parameters that may repeat.
pub const LISTS: &[&str] = &["paydown", "missed"];

/// The earliest date an input may name.
pub fn date_min() -> Date {
    Date::known(1990, 1, 1)
}

/// The latest date an input may name (a following demand may be later).
pub fn date_max() -> Date {
    Date::known(2099, 12, 31)
}
pub const AMOUNT_MAX: Decimal = dec(100_000_000, 0);
/// An amount given instead of the words or figures.
pub const AMOUNT: DecimalSpec = DecimalSpec::new(2, dec(1, 2), AMOUNT_MAX, "$");
pub const RATE: DecimalSpec = DecimalSpec::new(2, dec(0, 0), dec(100, 0), "% a year");
pub const COLLECT: DecimalSpec = DecimalSpec::new(2, dec(0, 0), AMOUNT_MAX, "$");
pub const BASIS: &[(&str, DayBasis)] = &[
    ("act360", DayBasis::Act360),
    ("act365", DayBasis::Act365),
    ("30360", DayBasis::Thirty360),
];
/// The words `amount` takes besides a number.
pub const READINGS: &[(&str, PrincipalReading)] = &[
    ("words", PrincipalReading::Words),
    ("figures", PrincipalReading::Figures),
];

fn position(param: &str) -> usize {
    PARAMS
        .iter()
        .position(|p| *p == param)
        .unwrap_or(usize::MAX)
}

fn read_amount(raw: &str) -> Result<PrincipalReading, Refusal> {
    if let Ok(reading) = read_choice(raw, READINGS) {
        return Ok(reading);
    }
    let allowed = format!(
        "`words` ({}), `figures` ({}), or {}",
        PrincipalReading::Words.principal(),
        PrincipalReading::Figures.principal(),
        AMOUNT.allowed()
    );
    let value = AMOUNT.read(raw).map_err(|refusal| {
        let problem = if refusal.problem == "is not a number" {
            "is not `words`, `figures` or a number".to_string()
        } else {
            refusal.problem
        };
        Refusal::new(problem, allowed.clone())
    })?;
    let amount = Money::round(value).map_err(|_| Refusal::new("is out of range", allowed))?;
    Ok(PrincipalReading::Amount(amount))
}

fn money(spec: &DecimalSpec, raw: &str) -> Result<Money, Refusal> {
    Money::round(spec.read(raw)?).map_err(|_| Refusal::new("is out of range", spec.allowed()))
}

/// A quarter's last day after `dated` (when `dated` is valid).
fn read_first(raw: &str, dated: Option<Date>) -> Result<Date, Refusal> {
    let allowed = match dated {
        Some(dated) => format!(
            "a calendar quarter's last day after dated ({dated}), to {}",
            date_max()
        ),
        None => format!(
            "a calendar quarter's last day after dated, to {}",
            date_max()
        ),
    };
    let date = read_date(raw, date_min(), date_max())
        .map_err(|refusal| Refusal::new(refusal.problem, allowed.clone()))?;
    if !date.is_quarter_end() {
        return Err(Refusal::new(
            "is not a calendar quarter's last day",
            allowed,
        ));
    }
    if dated.is_some_and(|dated| date <= dated) {
        return Err(Refusal::new("is not after the note date", allowed));
    }
    Ok(date)
}

/// A date after `dated` (when `dated` is valid), to 2099-12-31.
fn read_demand(raw: &str, dated: Option<Date>) -> Result<Date, Refusal> {
    let allowed = match dated {
        Some(dated) => format!("a date after dated ({dated}), to {}", date_max()),
        None => format!("a date after dated, to {}", date_max()),
    };
    let date = read_date(raw, date_min(), date_max())
        .map_err(|refusal| Refusal::new(refusal.problem, allowed.clone()))?;
    if dated.is_some_and(|dated| date <= dated) {
        return Err(Refusal::new("is on or before the note date", allowed));
    }
    Ok(date)
}

/// Sets one scalar parameter from its decoded text. `dated` is the note date
/// where it is valid (`first` and `demand` are checked against it).
fn set_scalar(
    inputs: &mut NoteInputs,
    param: &str,
    text: &str,
    dated: Option<Date>,
) -> Result<(), Refusal> {
    match param {
        "amount" => inputs.amount = Some(read_amount(text)?),
        "dated" => inputs.dated = read_date(text, date_min(), date_max())?,
        "rate" => inputs.rate_pct = RATE.read(text)?,
        "usury" => inputs.usury_pct = RATE.read(text)?,
        "basis" => inputs.basis = read_choice(text, BASIS)?,
        "first" => inputs.first = Some(read_first(text, dated)?),
        "demand" => inputs.demand = Some(read_demand(text, dated)?),
        "collect" => inputs.collection = money(&COLLECT, text)?,
        _ => {
            return Err(Refusal::new(
                "is not a Note input",
                "one of the Note's parameters",
            ))
        }
    }
    Ok(())
}

/// Messages tagged with their parameter's place in the Inputs table, in that
/// order (stable: a list's items keep theirs).
fn in_table_order(mut errors: Vec<(usize, String)>) -> Vec<String> {
    crate::engine::order::sort_small_by_key(&mut errors, |(index, _)| *index);
    errors.into_iter().map(|(_, message)| message).collect()
}

/// The message for a scenario whose results would leave the model's range.
pub fn out_of_model_range(error: &NoteError) -> String {
    match error {
        NoteError::AmountTooLarge => "amount, rate, missed: an amount would exceed 10^15 (overdue interest compounding quarterly); allowed: amounts up to 10^15 (lower the amount or the rate, or miss fewer interest dates).".to_string(),
        NoteError::DemandNotAfterDated => "demand: is on or before the note date; allowed: a date after dated.".to_string(),
    }
}

/// Reads the grouped parameters of a link (`v` already handled): the inputs and
/// the warnings, or one message per bad parameter (per bad list item) in table
/// order. A scenario beyond the model's range is refused here too.
pub fn read_params(
    params: &[(String, Vec<&str>)],
) -> Result<(NoteInputs, Vec<String>), Vec<String>> {
    let mut inputs = NoteInputs::defaults();
    let mut errors: Vec<(usize, String)> = Vec::new();
    let values_of = |param: &str| {
        params
            .iter()
            .find(|(name, _)| name == param)
            .map(|(_, values)| values.as_slice())
    };
    // A repeated scalar was refused while grouping: it is left at its default here.
    let single = |param: &str| match values_of(param) {
        Some(&[raw]) => Some(raw),
        _ => None,
    };
    let mut invalid: Vec<&str> = Vec::new();

    // Independent inputs first; `dated` decides the ranges of `first` and `demand`.
    for param in [
        "amount", "dated", "rate", "usury", "basis", "collect", "first", "demand",
    ] {
        if values_of(param).is_some_and(|values| values.len() > 1) {
            invalid.push(param);
            continue;
        }
        let Some(raw) = single(param) else { continue };
        let dated = (!invalid.contains(&"dated")).then_some(inputs.dated);
        let result = match decode(raw) {
            Some(text) => set_scalar(&mut inputs, param, &text, dated),
            None => Err(Refusal::new(
                "has a malformed escape",
                "percent-escapes of two hex digits",
            )),
        };
        if let Err(refusal) = result {
            invalid.push(param);
            errors.push((position(param), refusal.message(param, raw)));
        }
    }
    let valid = |param: &str| !invalid.contains(&param);

    let paydown_range = (valid("dated") && valid("demand")).then(|| PaydownRange::of(&inputs));
    if let Some(raws) = values_of("paydown") {
        let principal = valid("amount").then(|| inputs.principal());
        let items = raws.iter().map(|raw| (*raw, *raw));
        inputs.paydowns = read_paydowns(items, paydown_range, principal, &mut errors);
    }

    let missed_range =
        (valid("dated") && valid("first") && valid("demand")).then(|| MissedRange::of(&inputs));
    if let Some(raws) = values_of("missed") {
        let items = raws.iter().map(|raw| (*raw, *raw));
        inputs.missed = read_missed_dates(items, missed_range, &mut errors);
    }

    if errors.is_empty() && invalid.is_empty() {
        if let Err(error) = crate::scenario::run::note(&inputs).as_ref() {
            errors.push((position("amount"), out_of_model_range(error)));
        }
    }
    if errors.is_empty() {
        Ok((inputs, Vec::new()))
    } else {
        Err(in_table_order(errors))
    }
}

/// The link text of the principal reading: `words`, `figures` or the amount.
pub fn amount_text(reading: PrincipalReading) -> String {
    match reading {
        PrincipalReading::Amount(amount) => write_decimal(amount.amount()),
        other => write_choice(&other, READINGS).to_string(),
    }
}

/// What the form's box for `param` shows: the value in force as link text (a
/// following default shows the value it follows to; lists their items joined
/// by ", "; "" for an unknown parameter).
pub fn field_text(inputs: &NoteInputs, param: &str) -> String {
    match param {
        "amount" => amount_text(inputs.reading()),
        "dated" => inputs.dated.to_string(),
        "rate" => write_decimal(inputs.rate_pct),
        "usury" => write_decimal(inputs.usury_pct),
        "basis" => write_choice(&inputs.basis, BASIS).to_string(),
        "first" => inputs.first_date().to_string(),
        "demand" => inputs.demand_date().to_string(),
        "paydown" => sorted_paydowns(inputs)
            .iter()
            .map(write_paydown)
            .collect::<Vec<_>>()
            .join(", "),
        "missed" => sorted_missed(inputs)
            .iter()
            .map(Date::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        "collect" => write_decimal(inputs.collection.amount()),
        _ => String::new(),
    }
}

fn sorted_paydowns(inputs: &NoteInputs) -> Vec<crate::engine::note::PayDown> {
    let mut paydowns = inputs.paydowns.clone();
    crate::engine::order::sort_small_by(&mut paydowns, |a, b| a < b);
    paydowns
}

fn sorted_missed(inputs: &NoteInputs) -> Vec<Date> {
    let mut missed = inputs.missed.clone();
    crate::engine::order::sort_small_by(&mut missed, |a, b| a < b);
    missed
}

/// The canonical parameters (`v` excluded), in table order, values encoded: an
/// explicit `amount`, `first` or `demand` always; the others where they differ
/// from their defaults; list items sorted by date.
pub fn write_params(inputs: &NoteInputs) -> Vec<(&'static str, String)> {
    let defaults = NoteInputs::defaults();
    let mut written = Vec::new();
    for &param in PARAMS {
        match param {
            "amount" => written.extend(
                inputs
                    .amount
                    .map(|reading| ("amount", encode(&amount_text(reading)))),
            ),
            "first" => written.extend(inputs.first.map(|date| ("first", date.to_string()))),
            "demand" => written.extend(inputs.demand.map(|date| ("demand", date.to_string()))),
            "paydown" => written.extend(
                sorted_paydowns(inputs)
                    .iter()
                    .map(|p| ("paydown", write_paydown(p))),
            ),
            "missed" => written.extend(
                sorted_missed(inputs)
                    .iter()
                    .map(|date| ("missed", date.to_string())),
            ),
            _ => {
                let text = field_text(inputs, param);
                if text != field_text(&defaults, param) {
                    written.push((param, encode(&text)));
                }
            }
        }
    }
    written
}
