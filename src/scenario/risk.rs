//! The risk view's link parameters (`risk.md`, The link): `risk=PARAM:DIST:RANGE`
//! repeated, `draws` and `seed`, read into the engine's [`RiskPlan`] with every
//! error collected, and written in the canonical form.
//!
//! An item is split at raw `:` into exactly three fields (an encoded `%3A` is
//! part of a field, never a separator), each field decoded once; RANGE is split
//! at `..`. Each bound follows its input's number grammar, precision and range,
//! as the input itself does in the link.

use super::query::decode;
use super::values::{dec, write_decimal, DecimalSpec, Refusal};
use super::venture::{share_spec, Grouped, FEE_RATE, GROWTH, MINUTES, SELL, TERMINATION};
use crate::engine::venture::risk::{
    Distribution, RiskPlan, Shape, UncertainInput, DRAWS_DEFAULT, DRAWS_MAX, DRAWS_MIN,
    SEED_DEFAULT,
};
use crate::engine::venture::Terms;

/// The risk view's parameters, after the Venture's own in the canonical order.
pub const PARAMS: &[&str] = &["risk", "draws", "seed"];

const DRAWS: DecimalSpec = DecimalSpec::new(
    0,
    dec(DRAWS_MIN as i64, 0),
    dec(DRAWS_MAX as i64, 0),
    "draws",
);
const SEED: DecimalSpec = DecimalSpec::new(0, dec(0, 0), dec(u32::MAX as i64, 0), "");

const ITEM_ALLOWED: &str = "PARAM:DIST:RANGE with PARAM one of min, growth, sell, term, ffee, sfee or share, DIST uniform (RANGE LO..HI) or tri (RANGE LO..MODE..HI)";

/// The link key of an uncertain input.
pub fn input_key(input: UncertainInput) -> &'static str {
    match input {
        UncertainInput::Minutes => "min",
        UncertainInput::Growth => "growth",
        UncertainInput::Sell => "sell",
        UncertainInput::Termination => "term",
        UncertainInput::FusionFee => "ffee",
        UncertainInput::SubcontractorFee => "sfee",
        UncertainInput::Share => "share",
    }
}

/// The link key of a shape.
pub fn shape_key(shape: Shape) -> &'static str {
    match shape {
        Shape::Uniform => "uniform",
        Shape::Triangular => "tri",
    }
}

/// The number grammar, precision and range of an input's bounds (`share`'s
/// range is that of the terms in force; unknown terms check the form only).
fn bound_spec(input: UncertainInput, terms: Option<Terms>) -> DecimalSpec {
    match input {
        UncertainInput::Minutes => MINUTES,
        UncertainInput::Growth => GROWTH,
        UncertainInput::Sell => SELL,
        UncertainInput::Termination => TERMINATION,
        UncertainInput::FusionFee | UncertainInput::SubcontractorFee => FEE_RATE,
        UncertainInput::Share => share_spec(terms),
    }
}

/// Reads one `risk` item.
pub fn read_item(raw: &str, terms: Option<Terms>) -> Result<Distribution, Refusal> {
    let fields: Vec<&str> = raw.split(':').collect();
    let [param, shape, range] = fields.as_slice() else {
        return Err(Refusal::new(
            format!("has {} fields", fields.len()),
            format!("three fields, {ITEM_ALLOWED}"),
        ));
    };
    let field = |text: &str| {
        decode(text).ok_or_else(|| Refusal::new("has a malformed escape", ITEM_ALLOWED))
    };
    let (param, shape, range) = (field(param)?, field(shape)?, field(range)?);
    let Some(input) = UncertainInput::ALL
        .into_iter()
        .find(|input| input_key(*input) == param)
    else {
        return Err(Refusal::new("names no uncertain input", ITEM_ALLOWED));
    };
    let key = input_key(input);
    let (shape, names): (Shape, &[&str]) = match shape.as_str() {
        "uniform" => (Shape::Uniform, &["LO", "HI"]),
        "tri" => (Shape::Triangular, &["LO", "MODE", "HI"]),
        _ => {
            return Err(Refusal::new(
                format!("has an unknown shape for {key}"),
                "uniform (RANGE LO..HI) or tri (RANGE LO..MODE..HI)",
            ))
        }
    };
    let bounds: Vec<&str> = range.split("..").collect();
    if bounds.len() != names.len() {
        return Err(Refusal::new(
            format!(
                "has {} bound{} for {key}",
                bounds.len(),
                if bounds.len() == 1 { "" } else { "s" }
            ),
            format!("{} for {}", names.join(".."), shape_key(shape)),
        ));
    }
    let spec = bound_spec(input, terms);
    let mut steps = Vec::with_capacity(bounds.len());
    for (bound, name) in bounds.iter().zip(names) {
        let value = spec.read(bound).map_err(|refusal| {
            Refusal::new(
                format!("has a {name} for {key} that {}", refusal.problem),
                refusal.allowed,
            )
        })?;
        let step = input.steps(value).ok_or_else(|| {
            Refusal::new(
                format!("has a {name} for {key} off its grid"),
                spec.allowed(),
            )
        })?;
        steps.push(step);
    }
    let ordered = "LO ≤ MODE ≤ HI";
    let distribution = match steps.as_slice() {
        [lo, hi] => Distribution::uniform(input, *lo, *hi)
            .ok_or_else(|| Refusal::new(format!("has LO above HI for {key}"), "LO ≤ HI"))?,
        [lo, mode, hi] => {
            if lo > mode {
                return Err(Refusal::new(
                    format!("has LO above MODE for {key}"),
                    ordered,
                ));
            }
            Distribution::triangular(input, *lo, *mode, *hi)
                .ok_or_else(|| Refusal::new(format!("has MODE above HI for {key}"), ordered))?
        }
        _ => return Err(Refusal::new("has no range", ITEM_ALLOWED)),
    };
    Ok(distribution)
}

/// Reads `draws` or `seed` (`None` where absent), with its message.
fn read_count(grouped: &Grouped, param: &str, spec: &DecimalSpec) -> Result<Option<u32>, String> {
    let Some((_, values)) = grouped.iter().find(|(name, _)| name == param) else {
        return Ok(None);
    };
    let [raw] = values.as_slice() else {
        // Repeats are refused when the parameters are grouped.
        return Ok(None);
    };
    let read = decode(raw)
        .ok_or_else(|| Refusal::new("has a malformed escape", spec.allowed()))
        .and_then(|text| spec.read(&text));
    match read {
        Ok(value) => Ok(u32::try_from(value.mantissa()).ok()),
        Err(refusal) => Err(refusal.message(param, raw)),
    }
}

/// Reads the risk view of a Venture link: `None` without `risk` items (and
/// without `draws` or `seed`), else the plan; every problem is reported, each
/// message starting with `risk`, `draws` or `seed`.
pub fn read_risk(grouped: &Grouped, terms: Option<Terms>) -> Result<Option<RiskPlan>, Vec<String>> {
    let items: &[&str] = grouped
        .iter()
        .find(|(name, _)| name == "risk")
        .map_or(&[], |(_, values)| values.as_slice());
    let mut errors = Vec::new();
    let mut distributions: Vec<Distribution> = Vec::new();
    for raw in items {
        match read_item(raw, terms) {
            Ok(distribution) => {
                let input = distribution.input();
                if distributions.iter().any(|d| d.input() == input) {
                    errors.push(format!(
                        "risk: {} is given more than one distribution; allowed: one risk item per input.",
                        input_key(input)
                    ));
                } else {
                    distributions.push(distribution);
                }
            }
            Err(refusal) => errors.push(refusal.message("risk", raw)),
        }
    }
    let draws = read_count(grouped, "draws", &DRAWS);
    let seed = read_count(grouped, "seed", &SEED);
    for result in [&draws, &seed] {
        if let Err(message) = result {
            errors.push(message.clone());
        }
    }
    let draws = draws.ok().flatten();
    let seed = seed.ok().flatten();
    if items.is_empty() {
        for (param, given) in [("draws", draws.is_some()), ("seed", seed.is_some())] {
            if given {
                errors.push(format!(
                    "{param}: given without a risk item; allowed: {param} only with at least one risk=PARAM:DIST:RANGE."
                ));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if items.is_empty() {
        return Ok(None);
    }
    let plan = RiskPlan::new(
        distributions,
        draws.unwrap_or(DRAWS_DEFAULT),
        seed.unwrap_or(SEED_DEFAULT),
    );
    plan.map(Some).ok_or_else(|| {
        vec![format!(
            "risk: the items do not make a risk view; allowed: {ITEM_ALLOWED}."
        )]
    })
}

/// One distribution as its link writes it: `min:uniform:2000000..4000000`.
pub fn write_item(distribution: &Distribution) -> String {
    let input = distribution.input();
    let (lo, mode, hi) = distribution.bounds();
    let text = |steps: i64| write_decimal(input.value(steps));
    let range = match distribution.shape() {
        Shape::Uniform => format!("{}..{}", text(lo), text(hi)),
        Shape::Triangular => format!("{}..{}..{}", text(lo), text(mode), text(hi)),
    };
    format!(
        "{}:{}:{range}",
        input_key(input),
        shape_key(distribution.shape())
    )
}

/// The canonical risk parameters: the items in the inputs' order, then `draws`
/// and `seed` where they are not the defaults.
pub fn write_risk(plan: &RiskPlan) -> Vec<(&'static str, String)> {
    let mut written: Vec<(&'static str, String)> = plan
        .distributions()
        .iter()
        .map(|distribution| ("risk", write_item(distribution)))
        .collect();
    if plan.draws() != DRAWS_DEFAULT {
        written.push(("draws", plan.draws().to_string()));
    }
    if plan.seed() != SEED_DEFAULT {
        written.push(("seed", plan.seed().to_string()));
    }
    written
}

/// One uncertain input as the page's boxes hold it: its shape and the text of
/// its bounds (MODE is used by `tri` only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskBoxes {
    pub input: UncertainInput,
    pub shape: Shape,
    pub lo: String,
    pub mode: String,
    pub hi: String,
}

/// The boxes of each distribution of a plan.
pub fn boxes_of(plan: &RiskPlan) -> Vec<RiskBoxes> {
    plan.distributions()
        .iter()
        .map(|distribution| {
            let input = distribution.input();
            let (lo, mode, hi) = distribution.bounds();
            let text = |steps: i64| write_decimal(input.value(steps));
            RiskBoxes {
                input,
                shape: distribution.shape(),
                lo: text(lo),
                mode: text(mode),
                hi: text(hi),
            }
        })
        .collect()
}

/// The plan the page's boxes give, read exactly as a link's items are (an empty
/// `draws` or `seed` box: the default); `None` with no input ticked.
pub fn plan_from_boxes(
    boxes: &[RiskBoxes],
    draws: &str,
    seed: &str,
    terms: Terms,
) -> Result<Option<RiskPlan>, Vec<String>> {
    use super::query::encode;
    let items: Vec<String> = boxes
        .iter()
        .map(|b| {
            let bound = |text: &str| encode(text.trim());
            let range = match b.shape {
                Shape::Uniform => format!("{}..{}", bound(&b.lo), bound(&b.hi)),
                Shape::Triangular => {
                    format!("{}..{}..{}", bound(&b.lo), bound(&b.mode), bound(&b.hi))
                }
            };
            format!("{}:{}:{range}", input_key(b.input), shape_key(b.shape))
        })
        .collect();
    let (draws, seed) = (encode(draws.trim()), encode(seed.trim()));
    let mut grouped: Grouped = Vec::new();
    if !items.is_empty() {
        grouped.push((
            "risk".to_string(),
            items.iter().map(String::as_str).collect(),
        ));
    }
    for (name, value) in [("draws", draws.as_str()), ("seed", seed.as_str())] {
        if !value.is_empty() && !items.is_empty() {
            grouped.push((name.to_string(), vec![value]));
        }
    }
    read_risk(&grouped, Some(terms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_read_as_the_link_items_do_and_come_back() {
        let boxes = vec![RiskBoxes {
            input: UncertainInput::Termination,
            shape: Shape::Triangular,
            lo: " 0.17".into(),
            mode: "0.19".into(),
            hi: "0.21".into(),
        }];
        let plan = plan_from_boxes(&boxes, "", "7", Terms::Amended)
            .unwrap()
            .unwrap();
        assert_eq!(plan.seed(), 7);
        assert_eq!(plan.draws(), DRAWS_DEFAULT);
        assert_eq!(boxes_of(&plan)[0].lo, "0.17");
        assert_eq!(plan_from_boxes(&[], "500", "", Terms::Amended), Ok(None));
        let bad = RiskBoxes {
            hi: "0.1".into(),
            ..boxes[0].clone()
        };
        let messages = plan_from_boxes(&[bad], "", "", Terms::Amended).unwrap_err();
        assert!(messages[0].starts_with("risk:") && messages[0].contains("for term"));
    }
}
