//! One scalar field of the Venture's form, read from or written as its link
//! text. Separate from reading a whole link, which collects every error.

use super::*;

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
