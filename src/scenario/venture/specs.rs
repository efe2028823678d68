//! The Venture's parameter specs: each input's precision and range, the choices'
//! words, the parameter names in canonical order, and the ranges one input
//! decides for another (`Context`). Separate from reading and writing links,
//! which only look these up.

use super::*;

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

pub(super) fn whole(value: Decimal) -> u32 {
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

pub(super) fn end_spec(months: Option<u32>) -> DecimalSpec {
    DecimalSpec::new(
        0,
        dec(1, 0),
        dec(i64::from(months.unwrap_or(120)), 0),
        "(a month modelled)",
    )
}

pub(super) fn money(spec: &DecimalSpec, raw: &str) -> Result<Money, Refusal> {
    let value = spec.read(raw)?;
    Money::round(value).map_err(|_| Refusal::new("is out of range", spec.allowed()))
}
