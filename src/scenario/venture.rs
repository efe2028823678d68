//! The Venture's link parameters (`links.md`, the Inputs table of the model book):
//! reading a whole link into [`VentureInputs`] with every error collected, writing
//! the canonical form, and reading or writing one field for the form.

use super::query::{decode, encode, RawParam};
use super::values::*;
use crate::engine::venture::*;
use crate::engine::{Money, YearMonth};
use rust_decimal::Decimal;

pub const START_MIN: YearMonth = YearMonth::known(1990, 1);
pub const START_MAX: YearMonth = YearMonth::known(2099, 12);
pub const MONTHS: DecimalSpec = DecimalSpec::new(0, dec(1, 0), dec(120, 0), "months");
pub const MINUTES: DecimalSpec = DecimalSpec::new(0, dec(0, 0), dec(20_000_000, 0), "minutes");
pub const GROWTH: DecimalSpec = DecimalSpec::new(2, dec(-50, 0), dec(50, 0), "%");
pub const SELL: DecimalSpec = DecimalSpec::new(4, dec(0, 0), dec(2, 0), "$/min");
pub const CREDITS: DecimalSpec = DecimalSpec::new(2, dec(0, 0), dec(100, 0), "%");
pub const TERMINATION: DecimalSpec = DecimalSpec::new(4, dec(0, 0), dec(2, 0), "$/min");
pub const FEE_RATE: DecimalSpec = DecimalSpec::new(4, dec(0, 0), dec(1, 0), "$/min");
pub const MONTHLY_AMOUNT: DecimalSpec =
    DecimalSpec::new(2, dec(0, 0), dec(10_000_000, 0), "$ a month");
pub const COST_AMOUNT: DecimalSpec = DecimalSpec::new(2, dec(0, 0), dec(100_000_000, 0), "$");
pub const CONTRIBUTION: DecimalSpec = DecimalSpec::new(2, dec(0, 0), dec(80_000, 0), "$");
pub const LAG: DecimalSpec = DecimalSpec::new(0, dec(0, 0), dec(3, 0), "months");
pub const DISCOUNT: DecimalSpec = DecimalSpec::new(2, dec(0, 0), dec(100, 0), "% a year");
pub const SALVAGE: DecimalSpec = DecimalSpec::new(2, dec(0, 0), dec(100_000_000, 0), "$");
pub const MAX_COST_ITEMS: usize = 20;
pub const MAX_LABEL_CHARS: usize = 100;

pub const TERMS: &[(&str, Terms)] = &[("amended", Terms::Amended), ("original", Terms::Original)];
pub const BASIS: &[(&str, FeeBasis)] = &[
    ("perminute", FeeBasis::PerMinute),
    ("fixed", FeeBasis::Fixed),
];
pub const READING: &[(&str, Reading)] =
    &[("funded", Reading::Funded), ("literal", Reading::Literal)];
pub const LOSSES: &[(&str, LossTreatment)] = &[
    ("protect", LossTreatment::Protect),
    ("carry", LossTreatment::Carry),
    ("monthly", LossTreatment::Monthly),
];
pub const SIDES: &[(&str, Side)] = &[("pk", Side::Pakistan), ("us", Side::Us)];
pub const KINDS: &[(&str, CostKind)] =
    &[("equip", CostKind::Equipment), ("other", CostKind::Other)];

/// The parameters in the order of the Inputs table (the canonical order).
pub const PARAMS: &[&str] = &[
    "terms", "start", "months", "min", "growth", "sell", "credits", "term", "ffee", "sfee",
    "basis", "fiber", "loops", "budget", "cost", "share", "contrib", "nocap", "reading", "losses",
    "lag", "disc", "end", "salvage",
];

/// A link's parameters by name, in the order first seen, with every value given.
pub type Grouped<'a> = Vec<(String, Vec<&'a str>)>;

/// What a field's range depends on, where that is itself valid.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    pub terms: Option<Terms>,
    pub months: Option<u32>,
}

impl Context {
    pub fn of(inputs: &VentureInputs) -> Context {
        Context {
            terms: Some(inputs.terms),
            months: Some(inputs.months),
        }
    }
}

fn whole(value: Decimal) -> u32 {
    u32::try_from(value.normalize().mantissa()).unwrap_or(u32::MAX)
}

pub fn share_spec(terms: Option<Terms>) -> DecimalSpec {
    match terms {
        Some(terms) => {
            let (min, max) = terms.share_range_pct();
            DecimalSpec {
                dp: 2,
                min,
                max,
                unit: "%",
            }
        }
        // Its range depends on `terms`, which is invalid: check the form only.
        None => DecimalSpec::new(2, Decimal::MIN, Decimal::MAX, "%"),
    }
}

fn end_spec(months: Option<u32>) -> DecimalSpec {
    DecimalSpec::new(
        0,
        dec(1, 0),
        dec(i64::from(months.unwrap_or(120)), 0),
        "(a month modelled)",
    )
}

fn money(spec: &DecimalSpec, raw: &str) -> Result<Money, Refusal> {
    let value = spec.read(raw)?;
    Money::round(value).map_err(|_| Refusal::new("is out of range", spec.allowed()))
}

/// Sets one scalar field from its link text (`cost` is a list: see [`read_cost`]).
pub fn set_field(
    inputs: &mut VentureInputs,
    param: &str,
    raw: &str,
    ctx: Context,
) -> Result<(), Refusal> {
    match param {
        "terms" => inputs.terms = read_choice(raw, TERMS)?,
        "start" => inputs.start = read_year_month(raw, START_MIN, START_MAX)?,
        "months" => inputs.months = whole(MONTHS.read(raw)?),
        "min" => inputs.minutes = MINUTES.read(raw)?,
        "growth" => inputs.growth_pct = GROWTH.read(raw)?,
        "sell" => inputs.sell = SELL.read(raw)?,
        "credits" => inputs.credits_pct = CREDITS.read(raw)?,
        "term" => inputs.termination_rate = TERMINATION.read(raw)?,
        "ffee" => inputs.fusion_fee_rate = FEE_RATE.read(raw)?,
        "sfee" => inputs.subcontractor_fee_rate = FEE_RATE.read(raw)?,
        "basis" => inputs.basis = read_choice(raw, BASIS)?,
        "fiber" => inputs.fiber = money(&MONTHLY_AMOUNT, raw)?,
        "loops" => inputs.loops = money(&MONTHLY_AMOUNT, raw)?,
        "budget" => inputs.budget = money(&MONTHLY_AMOUNT, raw)?,
        "share" => inputs.share_pct = share_spec(ctx.terms).read(raw)?,
        "contrib" => inputs.contribution = money(&CONTRIBUTION, raw)?,
        "nocap" => inputs.exceed_cap = read_bool(raw)?,
        "reading" => inputs.reading = read_choice(raw, READING)?,
        "losses" => inputs.losses = read_choice(raw, LOSSES)?,
        "lag" => inputs.lag = whole(LAG.read(raw)?),
        "disc" => inputs.discount_pct = DISCOUNT.read(raw)?,
        "end" => inputs.end = Some(whole(end_spec(ctx.months).read(raw)?)),
        "salvage" => inputs.salvage = money(&SALVAGE, raw)?,
        _ => {
            return Err(Refusal::new(
                "is not a Venture input",
                "one of the Venture's parameters",
            ))
        }
    }
    Ok(())
}

/// The canonical text of one scalar field (empty for an absent `end`).
pub fn field_text(inputs: &VentureInputs, param: &str) -> String {
    match param {
        "terms" => write_choice(&inputs.terms, TERMS).to_string(),
        "start" => inputs.start.to_string(),
        "months" => inputs.months.to_string(),
        "min" => write_decimal(inputs.minutes),
        "growth" => write_decimal(inputs.growth_pct),
        "sell" => write_decimal(inputs.sell),
        "credits" => write_decimal(inputs.credits_pct),
        "term" => write_decimal(inputs.termination_rate),
        "ffee" => write_decimal(inputs.fusion_fee_rate),
        "sfee" => write_decimal(inputs.subcontractor_fee_rate),
        "basis" => write_choice(&inputs.basis, BASIS).to_string(),
        "fiber" => write_decimal(inputs.fiber.amount()),
        "loops" => write_decimal(inputs.loops.amount()),
        "budget" => write_decimal(inputs.budget.amount()),
        "share" => write_decimal(inputs.share_pct),
        "contrib" => write_decimal(inputs.contribution.amount()),
        "nocap" => if inputs.exceed_cap { "1" } else { "0" }.to_string(),
        "reading" => write_choice(&inputs.reading, READING).to_string(),
        "losses" => write_choice(&inputs.losses, LOSSES).to_string(),
        "lag" => inputs.lag.to_string(),
        "disc" => write_decimal(inputs.discount_pct),
        "end" => inputs.end.map(|end| end.to_string()).unwrap_or_default(),
        "salvage" => write_decimal(inputs.salvage.amount()),
        _ => String::new(),
    }
}

/// Reads `AMOUNT:MONTH:SIDE:KIND:LABEL` (split at the first four raw colons,
/// each field then percent-decoded).
pub fn read_cost(raw: &str, months: Option<u32>) -> Result<CostItem, Refusal> {
    let allowed = "AMOUNT:MONTH:SIDE:KIND:LABEL with SIDE `pk` or `us`, KIND `equip` or `other`";
    let fields: Vec<&str> = raw.splitn(5, ':').collect();
    let [amount, month, side, kind, label] = fields.as_slice() else {
        return Err(Refusal::new("does not have five fields", allowed));
    };
    let field = |text: &str, name: &str| {
        decode(text)
            .ok_or_else(|| Refusal::new(format!("has a malformed escape in its {name}"), allowed))
    };
    let in_field = |name: &str, refusal: Refusal| {
        Refusal::new(
            format!(
                "has {} {name} that {}",
                super::values::article(name),
                refusal.problem
            ),
            refusal.allowed,
        )
    };
    let amount =
        money(&COST_AMOUNT, &field(amount, "amount")?).map_err(|r| in_field("amount", r))?;
    let month_spec = DecimalSpec::new(
        0,
        dec(0, 0),
        dec(i64::from(months.unwrap_or(120)), 0),
        "(0 = before traffic starts, up to `months`)",
    );
    let month = whole(
        month_spec
            .read(&field(month, "month")?)
            .map_err(|r| in_field("month", r))?,
    );
    let side = read_choice(&field(side, "side")?, SIDES).map_err(|r| in_field("side", r))?;
    let kind = read_choice(&field(kind, "kind")?, KINDS).map_err(|r| in_field("kind", r))?;
    let label = field(label, "label")?;
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err(Refusal::new(
            "has a label longer than 100 characters",
            allowed,
        ));
    }
    Ok(CostItem {
        amount,
        month,
        side,
        kind,
        label,
    })
}

/// Writes a cost item, each field encoded by itself, joined with raw colons.
pub fn write_cost(item: &CostItem) -> String {
    format!(
        "{}:{}:{}:{}:{}",
        write_decimal(item.amount.amount()),
        item.month,
        write_choice(&item.side, SIDES),
        write_choice(&item.kind, KINDS),
        encode(&item.label)
    )
}

/// Costs in canonical order: by month, then in the order given.
pub fn sort_costs(costs: &mut [CostItem]) {
    crate::engine::order::sort_small_by_key(costs, |item| item.month);
}

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
/// values and segments without `=`; unknown names become warnings.
pub fn group_params<'a>(
    raw: &[RawParam<'a>],
    known: &[&str],
    lists: &[&str],
) -> (Grouped<'a>, Vec<String>, Vec<String>) {
    let mut grouped: Vec<(String, Vec<&'a str>)> = Vec::new();
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
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
        match param.value {
            None => errors.push(format!(
                "{}: has no value; allowed: {}=VALUE.",
                param.name, param.name
            )),
            Some("") => errors.push(format!(
                "{}: is empty; allowed: a value (leave the parameter out for its default).",
                param.name
            )),
            Some(value) => match grouped.iter_mut().find(|(name, _)| *name == param.name) {
                Some((_, values)) => values.push(value),
                None => grouped.push((param.name.clone(), vec![value])),
            },
        }
    }
    for (name, values) in &grouped {
        if values.len() > 1 && !lists.contains(&name.as_str()) {
            errors.push(format!(
                "{name}: given {} times; allowed: once.",
                values.len()
            ));
        }
    }
    (grouped, errors, warnings)
}
