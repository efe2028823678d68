//! The inputs a goal seek or a grid may vary — each numeric input with its
//! precision and range in the scenario at hand — and a scenario's result
//! evaluated with one or two of them set to other values.
//!
//! The Venture is evaluated directly on its [`VentureInputs`] (no link is read per
//! evaluation: a grid computes 1,681 scenarios); the MSA and the Note through
//! their canonical link with the value replaced, read and output as the command
//! line would.

use crate::engine::venture::figures::{key_figures, KeyFigures};
use crate::engine::venture::{compute, Terms, VentureInputs};
use crate::scenario::catalogue;
use crate::scenario::deal_form::Deal;
use crate::scenario::link::{read_link, write_link, LinkScenario};
use crate::scenario::output::{link_output, venture_result_scalar, Scalar};
use crate::scenario::values::{dec, write_decimal, DecimalSpec};
use crate::scenario::venture::{self as venture_params, Context};
use rust_decimal::Decimal;

/// A numeric input to vary, with its precision and range in this scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Varied {
    pub param: &'static str,
    pub spec: DecimalSpec,
}

impl Varied {
    /// One unit of the input's precision: 1, 0.01, 0.0001.
    pub fn step(&self) -> Decimal {
        Decimal::new(1, self.spec.dp)
    }

    /// How many steps from the range's minimum to its maximum.
    pub fn last_index(&self) -> u64 {
        let steps = ((self.spec.max - self.spec.min) / self.step()).floor();
        u64::try_from(steps).unwrap_or(0)
    }

    /// The value `k` steps above the range's minimum.
    pub fn value(&self, k: u64) -> Decimal {
        (self.spec.min + Decimal::from(k) * self.step()).normalize()
    }

    /// The index of a value that lies on the grid of steps within the range.
    pub fn index(&self, value: Decimal) -> Option<u64> {
        if value < self.spec.min || value > self.spec.max {
            return None;
        }
        let steps = (value - self.spec.min) / self.step();
        if steps.fract() != Decimal::ZERO {
            return None;
        }
        u64::try_from(steps).ok()
    }

    /// The range in words: `from 0 to 20000000 minutes`.
    pub fn range_text(&self) -> String {
        format!(
            "from {} to {} {}",
            write_decimal(self.spec.min),
            write_decimal(self.spec.max),
            self.spec.unit
        )
    }
}

/// The Venture's numeric inputs and their range under these inputs: each
/// field's own (the catalogue's), the share's by the terms, `end`'s up to the
/// months modelled.
fn venture_spec(inputs: &VentureInputs, param: &str) -> Option<DecimalSpec> {
    match param {
        "share" => {
            let (min, max) = inputs.terms.share_range_pct();
            Some(DecimalSpec::new(2, min, max, "%"))
        }
        "end" => Some(DecimalSpec::new(
            0,
            dec(1, 0),
            Decimal::from(inputs.months),
            "(a month modelled)",
        )),
        _ => catalogue::input(Deal::Venture, param).and_then(|field| field.range),
    }
}

/// The numeric inputs of the MSA or the Note with a range of their own (the
/// catalogue's); the MSA's late invoice, whose range is the invoices, is not one.
fn ranged(deal: Deal) -> impl Iterator<Item = Varied> {
    catalogue::inputs(deal).iter().filter_map(|field| {
        field.range.map(|spec| Varied {
            param: field.param,
            spec,
        })
    })
}

pub fn numeric_params(scenario: &LinkScenario) -> Vec<&'static str> {
    match scenario {
        LinkScenario::Venture(inputs) => venture_params::PARAMS
            .iter()
            .copied()
            .filter(|param| venture_spec(inputs, param).is_some())
            .filter(|param| !(*param == "contrib" && inputs.terms == Terms::Original))
            .collect(),
        other => ranged(Deal::of_scenario(other)).map(|v| v.param).collect(),
    }
}

/// The input `param` of this scenario's deal, if it is numeric and applies.
pub fn varied(scenario: &LinkScenario, param: &str) -> Result<Varied, String> {
    let found = match scenario {
        LinkScenario::Venture(inputs) => {
            if param == "contrib" && inputs.terms == Terms::Original {
                return Err("contrib does not apply under the original terms; allowed: an input that applies (contrib under the amended terms).".to_string());
            }
            venture_params::PARAMS
                .iter()
                .find(|p| **p == param)
                .and_then(|p| venture_spec(inputs, p).map(|spec| Varied { param: p, spec }))
        }
        other => ranged(Deal::of_scenario(other)).find(|v| v.param == param),
    };
    found.ok_or_else(|| {
        format!(
            "{} is not a numeric input of the {}; allowed: {}.",
            crate::scenario::values::shorten(param),
            scenario.route(),
            numeric_params(scenario).join(", ")
        )
    })
}

/// Evaluates a scenario's results with some inputs set to other values.
#[derive(Debug, Clone)]
pub enum Evaluator {
    /// Sets the fields of the inputs and computes: the fast path.
    Venture(VentureInputs),
    /// Replaces the parameters in the canonical link, reads it and outputs it.
    Link(LinkScenario),
}

impl Evaluator {
    /// The fastest evaluator for the scenario.
    pub fn new(scenario: &LinkScenario) -> Evaluator {
        match scenario {
            LinkScenario::Venture(inputs) => Evaluator::Venture(inputs.clone()),
            other => Evaluator::Link(other.clone()),
        }
    }

    /// The evaluator through links, for any deal.
    pub fn through_link(scenario: &LinkScenario) -> Evaluator {
        Evaluator::Link(scenario.clone())
    }

    /// The result `key` with each `(param, value)` set: `None` where that is not
    /// a valid scenario or is beyond the model's range; `Null` where the result
    /// does not exist (or the deal does not give it).
    pub fn result(&self, settings: &[(&str, Decimal)], key: &str) -> Option<Scalar> {
        match self {
            Evaluator::Venture(base) => venture_result(base, settings, key),
            Evaluator::Link(base) => link_result(base, settings, key),
        }
    }
}

impl Evaluator {
    /// The result `key` at each of `values` of `param`, with `fixed` set first: a
    /// grid's row. The Venture sets the row's input once for the whole row.
    pub fn row(
        &self,
        fixed: (&str, Decimal),
        param: &str,
        values: &[Decimal],
        key: &str,
    ) -> Vec<Option<Scalar>> {
        let Evaluator::Venture(base) = self else {
            return values
                .iter()
                .map(|&value| self.result(&[fixed, (param, value)], key))
                .collect();
        };
        let context = Context {
            terms: Some(base.terms),
            months: None,
        };
        let mut row_inputs = base.clone();
        if set_venture_field(&mut row_inputs, fixed.0, fixed.1, context).is_none() {
            return vec![None; values.len()];
        }
        values
            .iter()
            .map(|&value| {
                let mut inputs = row_inputs.clone();
                set_venture_field(&mut inputs, param, value, context)?;
                venture_outcome(&inputs, key)
            })
            .collect()
    }
}

fn venture_result(base: &VentureInputs, settings: &[(&str, Decimal)], key: &str) -> Option<Scalar> {
    let mut inputs = base.clone();
    // `end` is checked against the months after all settings (they may vary too).
    let context = Context {
        terms: Some(base.terms),
        months: None,
    };
    for (param, value) in settings {
        set_venture_field(&mut inputs, param, *value, context)?;
    }
    venture_outcome(&inputs, key)
}

/// Sets one numeric input. The heatmap's two (minutes and the termination rate)
/// are set as numbers, checked as a link's text would be: writing 1,681 pairs as
/// text to read them back was a tenth of the grid's time. Others go through text.
fn set_venture_field(
    inputs: &mut VentureInputs,
    param: &str,
    value: Decimal,
    context: Context,
) -> Option<()> {
    match param {
        "min" => inputs.minutes = venture_params::MINUTES.check(value).ok()?,
        "term" => inputs.termination_rate = venture_params::TERMINATION.check(value).ok()?,
        _ => venture_params::set_field(inputs, param, &write_decimal(value), context).ok()?,
    }
    Some(())
}

/// The result `key` of the inputs once set: `None` where they are not a valid scenario.
fn venture_outcome(inputs: &VentureInputs, key: &str) -> Option<Scalar> {
    let within_months = inputs.end.is_none_or(|end| end <= inputs.months)
        && inputs.costs.iter().all(|item| item.month <= inputs.months);
    if !within_months {
        return None;
    }
    if let Some(pick) = key_figure(key) {
        // The heatmap's, the tornado's and goal seek's usual results: the engine's
        // key figures, without the rows, notices, IRR and break-even (2.5× less
        // work; `tests/key_figures.rs` holds them equal to `compute`'s, errors too).
        return key_figures(inputs).ok().map(|figures| pick(&figures));
    }
    let outcome = compute(inputs).ok()?;
    Some(venture_result_scalar(&outcome, key))
}

/// How to read the result `key` from the key figures, where they give it.
fn key_figure(key: &str) -> Option<fn(&KeyFigures) -> Scalar> {
    Some(match key {
        "recoup_month" => |f: &KeyFigures| {
            f.recoup_month
                .map_or(Scalar::Null, |m| Scalar::Int(i64::from(m)))
        },
        "thil_npv" => |f: &KeyFigures| Scalar::Money(f.thil_npv),
        "fusion_net_cash" => |f: &KeyFigures| Scalar::Money(f.fusion_net_cash),
        "loan" => |f: &KeyFigures| Scalar::Money(f.loan),
        "loan_outstanding" => |f: &KeyFigures| Scalar::Money(f.loan_outstanding),
        _ => return None,
    })
}

fn link_result(base: &LinkScenario, settings: &[(&str, Decimal)], key: &str) -> Option<Scalar> {
    let canonical = write_link(base);
    let (route, query) = canonical
        .split_once('?')
        .unwrap_or((canonical.as_str(), ""));
    let mut segments: Vec<String> = query
        .split('&')
        .filter(|segment| {
            let name = segment.split_once('=').map_or(*segment, |(name, _)| name);
            !settings.iter().any(|(param, _)| *param == name)
        })
        .map(str::to_string)
        .collect();
    segments.extend(
        settings
            .iter()
            .map(|(param, value)| format!("{param}={}", write_decimal(*value))),
    );
    let link = read_link(&format!("{route}?{}", segments.join("&"))).ok()?;
    let output = link_output(&link).ok()?;
    Some(find(output.results, key))
}

fn find(scalars: Vec<(&'static str, Scalar)>, key: &str) -> Scalar {
    scalars
        .into_iter()
        .find(|(name, _)| *name == key)
        .map_or(Scalar::Null, |(_, value)| value)
}
