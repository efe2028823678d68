//! The Venture's link parameters (`links.md`, the Inputs table of the model book):
//! reading a whole link into [`VentureInputs`] with every error collected, writing
//! the canonical form, and reading or writing one field for the form.

use super::query::{decode, encode, RawParam};
use super::values::*;
use crate::engine::venture::*;
use crate::engine::{Money, YearMonth};
use rust_decimal::Decimal;

mod cost;
mod field;
mod specs;

pub use cost::{read_cost, sort_costs, write_cost};
pub use field::{field_text, set_field};
pub use specs::*;

/// A link's parameters by name, in the order first seen, with every value given.
pub type Grouped<'a> = Vec<(String, Vec<&'a str>)>;

/// A Venture link's parameters read into inputs, or every error.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadVenture {
    pub inputs: VentureInputs,
    pub warnings: Vec<String>,
}

/// Reads the parameters of a `#/venture` link (`v` already handled). Errors are
/// one message per bad parameter, in the order of the Inputs table.
pub fn read_params(params: &[(String, Vec<&str>)]) -> Result<ReadVenture, Vec<String>> {
    let mut inputs = VentureInputs::defaults();
    let mut errors: Vec<(usize, String)> = Vec::new();
    let mut warnings = Vec::new();
    let position = |param: &str| {
        PARAMS
            .iter()
            .position(|p| *p == param)
            .unwrap_or(usize::MAX)
    };
    let value_of = |param: &str| {
        params
            .iter()
            .find(|(name, _)| name == param)
            .map(|(_, values)| values.as_slice())
    };

    let mut valid = Context::default();
    // Independent fields first; `terms` and `months` decide the ranges of the others.
    for &param in PARAMS
        .iter()
        .filter(|p| !matches!(**p, "cost" | "share" | "contrib" | "nocap" | "end"))
    {
        let Some(&[raw]) = value_of(param) else {
            continue;
        };
        let text = decode(raw);
        let result = match &text {
            Some(text) => set_field(&mut inputs, param, text, valid),
            None => Err(Refusal::new(
                "has a malformed escape",
                "percent-escapes of two hex digits",
            )),
        };
        match result {
            Ok(()) => match param {
                "terms" => valid.terms = Some(inputs.terms),
                "months" => valid.months = Some(inputs.months),
                _ => {}
            },
            Err(refusal) => errors.push((position(param), refusal.message(param, raw))),
        }
    }
    if value_of("terms").is_none() {
        valid.terms = Some(inputs.terms);
    }
    if value_of("months").is_none() {
        valid.months = Some(inputs.months);
    }
    inputs.share_pct = inputs.terms.default_share_pct();

    for &param in &["share", "contrib", "nocap", "end"] {
        let Some(&[raw]) = value_of(param) else {
            continue;
        };
        let applies = match (param, valid.terms) {
            ("contrib", Some(Terms::Original)) | ("nocap", Some(Terms::Amended)) => {
                let terms = if param == "contrib" {
                    "original"
                } else {
                    "amended"
                };
                warnings.push(format!(
                    "{param}: ignored under the {terms} terms, to which it does not apply."
                ));
                false
            }
            ("contrib" | "nocap", None) => false,
            _ => true,
        };
        if !applies {
            continue;
        }
        let result = match decode(raw) {
            Some(text) => set_field(&mut inputs, param, &text, valid),
            None => Err(Refusal::new(
                "has a malformed escape",
                "percent-escapes of two hex digits",
            )),
        };
        if let Err(refusal) = result {
            errors.push((position(param), refusal.message(param, raw)));
        }
    }

    if let Some(raws) = value_of("cost") {
        let mut costs = Vec::new();
        if raws.len() > MAX_COST_ITEMS {
            errors.push((
                position("cost"),
                format!(
                    "cost: {} items given; allowed: 1 to {MAX_COST_ITEMS} items.",
                    raws.len()
                ),
            ));
        }
        for raw in raws {
            match read_cost(raw, valid.months) {
                Ok(item) => costs.push(item),
                Err(refusal) => errors.push((position("cost"), refusal.message("cost", raw))),
            }
        }
        sort_costs(&mut costs);
        inputs.costs = costs;
    }

    if errors.is_empty() {
        if let Err(error) = crate::scenario::run::venture(&inputs).as_ref() {
            errors.push((position("min"), out_of_model_range(error)));
        }
    }
    if errors.is_empty() {
        Ok(ReadVenture { inputs, warnings })
    } else {
        crate::engine::order::sort_small_by_key(&mut errors, |(index, _)| *index);
        Err(errors.into_iter().map(|(_, message)| message).collect())
    }
}

/// The terms a link gives, where it gives valid ones (the default where it gives
/// none): the range of `share` in the risk items depends on them.
pub fn terms_given(params: &[(String, Vec<&str>)]) -> Option<Terms> {
    match params.iter().find(|(name, _)| name == "terms") {
        None => Some(Terms::Amended),
        Some((_, values)) => match values.as_slice() {
            [raw] => decode(raw).and_then(|text| read_choice(&text, TERMS).ok()),
            _ => None,
        },
    }
}

/// The message for a scenario whose results would leave the model's range.
pub fn out_of_model_range(error: &VentureError) -> String {
    match error {
        VentureError::MinutesTooLarge { month } => format!(
            "min, growth, months: the minutes would exceed 1,000,000,000,000 in month {month}; allowed: at most 10^12 minutes in any month modelled (lower min or growth, or model fewer months)."
        ),
        VentureError::AmountTooLarge => "min, growth, months: an amount would exceed 10^15; allowed: amounts up to 10^15 (lower min or growth, or model fewer months).".to_string(),
    }
}

/// The canonical parameters after `v=1`, in table order.
pub fn write_params(inputs: &VentureInputs) -> Vec<(&'static str, String)> {
    let defaults = VentureInputs::defaults();
    let mut written = Vec::new();
    for &param in PARAMS {
        match param {
            "cost" => {
                if inputs.costs != defaults.costs {
                    let mut costs = inputs.costs.clone();
                    sort_costs(&mut costs);
                    written.extend(costs.iter().map(|item| ("cost", write_cost(item))));
                }
            }
            "share" => {
                if inputs.share_pct != inputs.terms.default_share_pct() {
                    written.push(("share", write_decimal(inputs.share_pct)));
                }
            }
            "contrib" if inputs.terms != Terms::Amended => {}
            "nocap" if inputs.terms != Terms::Original => {}
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

/// Groups raw parameters by name, refusing repeats of scalar parameters, empty
/// values and segments without `=`; unknown names become warnings. One message
/// per problem: a scalar parameter given twice is "given 2 times" whatever its
/// values (`min&min` too), not once more for each empty one.
pub fn group_params<'a>(
    raw: &[RawParam<'a>],
    known: &[&str],
    lists: &[&str],
) -> (Grouped<'a>, Vec<String>, Vec<String>) {
    let mut grouped: Vec<(String, Vec<&'a str>)> = Vec::new();
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut repeated: Vec<(&str, usize)> = Vec::new();
    for param in raw {
        let name = param.name.as_str();
        if known.contains(&name) && !lists.contains(&name) {
            match repeated.iter_mut().find(|(given, _)| *given == name) {
                Some((_, count)) => *count += 1,
                None => repeated.push((name, 1)),
            }
        }
    }
    repeated.retain(|(_, count)| *count > 1);
    for param in raw {
        if param.name == "v" {
            continue;
        }
        if !known.contains(&param.name.as_str()) {
            let note = super::values::unknown_parameter(&param.name);
            if !warnings.contains(&note) {
                warnings.push(note);
            }
            continue;
        }
        let once = !repeated.iter().any(|(name, _)| *name == param.name);
        match param.value {
            None if once => errors.push(format!(
                "{}: has no value; allowed: {}=VALUE.",
                param.name, param.name
            )),
            Some("") if once => errors.push(format!(
                "{}: is empty; allowed: a value (leave the parameter out for its default).",
                param.name
            )),
            None | Some("") => {}
            Some(value) => match grouped.iter_mut().find(|(name, _)| *name == param.name) {
                Some((_, values)) => values.push(value),
                None => grouped.push((param.name.clone(), vec![value])),
            },
        }
    }
    for (name, count) in repeated {
        errors.push(format!("{name}: given {count} times; allowed: once."));
    }
    (grouped, errors, warnings)
}
