//! The Venture's cost items (`cost=AMOUNT:MONTH:SIDE:KIND:LABEL`): reading,
//! writing and their canonical order. Separate because a cost item is a list
//! item with fields of its own.

use super::*;

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
                crate::scenario::values::article(name),
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
