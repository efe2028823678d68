//! Lines 1–9 of the monthly statement: minutes, revenue, the expenses, Net Profit,
//! and the distributable profit after the loss treatment.
//!
//! Each line is rounded to the cent where it is born ([`Money::round`]); Net
//! Profit is the difference of rounded lines. [`operating_lines`] computes one
//! month's lines for any number of minutes, so the commitment test (NP*) and the
//! break-even search use exactly the statement's arithmetic.

use super::inputs::*;
use super::{last_month, VentureError};
use crate::oracle::money::round_half_away;
use crate::oracle::money::{Money, Overflow};
use rust_decimal::Decimal;

/// Minutes above this in any month modelled are an error (`links.md`).
pub const MINUTES_LIMIT: i64 = 1_000_000_000_000;

/// Lines 1–8 for one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperatingLines {
    pub minutes: Decimal,
    pub revenue: Money,
    pub termination: Money,
    pub fusion_fee: Money,
    pub subcontractor_fee: Money,
    pub fiber: Money,
    pub loops: Money,
    pub budget: Money,
    pub amortization: Money,
    pub net_profit: Money,
}

impl OperatingLines {
    /// What the Venture pays to others in the month (everything but the Fusion
    /// fee, which is paid to Fusion, and amortization, which is not cash).
    pub fn paid_to_others(&self) -> Result<Money, Overflow> {
        Money::sum([
            self.termination,
            self.subcontractor_fee,
            self.fiber,
            self.loops,
            self.budget,
        ])
    }

    /// Revenue less what is paid to others: the month's operating cash.
    pub fn operating_cash(&self) -> Result<Money, Overflow> {
        self.revenue.checked_sub(self.paid_to_others()?)
    }
}

/// One statement month: its lines and what the loss treatment makes distributable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementMonth {
    pub month: u32,
    pub operating: OperatingLines,
    /// Below Fusion's commitment (cl. 2(1)(b), 2(1)(j²)).
    pub below_commitment: bool,
    pub distributable: Money,
    /// The loss carried forward after this month (U).
    pub carried_loss: Money,
}

/// The monthly statement for months 1 … last month modelled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub months: Vec<StatementMonth>,
    /// Equipment amortization by month (index m; index 0 unused).
    pub amortization: Vec<Money>,
}

/// Line 1 for months 1 … `count`: minutes × (1 + growth)^(m−1), compounded at
/// `Decimal`'s 28 digits, each month then rounded to a whole minute. Errors at
/// the first month (within `checked_months`) above [`MINUTES_LIMIT`].
pub fn minutes_schedule(
    inputs: &VentureInputs,
    count: u32,
    checked_months: u32,
) -> Result<Vec<Decimal>, VentureError> {
    let factor = Decimal::ONE
        .checked_add(inputs.growth_pct / Decimal::ONE_HUNDRED)
        .ok_or(VentureError::AmountTooLarge)?;
    let limit = Decimal::from(MINUTES_LIMIT);
    let mut exact = inputs.minutes;
    let mut minutes = Vec::with_capacity(count as usize);
    for month in 1..=count {
        if month > 1 {
            exact = exact
                .checked_mul(factor)
                .ok_or(VentureError::MinutesTooLarge { month })?;
        }
        let whole = round_half_away(exact, 0);
        if whole > limit && month <= checked_months {
            return Err(VentureError::MinutesTooLarge { month });
        }
        minutes.push(whole);
    }
    Ok(minutes)
}

/// Splits `total` into 12 monthly parts of round(total / 12), the 12th taking
/// the residue so that the parts sum to the total.
pub fn twelve_parts(total: Money) -> Result<[Money; 12], Overflow> {
    let part = Money::fraction(total.amount(), Decimal::ONE, Decimal::from(12))?;
    let mut parts = [part; 12];
    parts[11] = total.checked_sub(part.times(11)?)?;
    Ok(parts)
}

/// The cost items modelled: those incurred no later than the last month modelled.
pub fn modelled_costs(inputs: &VentureInputs) -> impl Iterator<Item = &CostItem> {
    let last = last_month(inputs);
    inputs.costs.iter().filter(move |item| item.month <= last)
}

/// Line 7 by month (index m, 0 … last): each equipment item of month k in 12
/// parts, months k+1 … k+12.
pub fn amortization_schedule(inputs: &VentureInputs) -> Result<Vec<Money>, Overflow> {
    let last = last_month(inputs);
    let mut by_month = vec![Money::ZERO; last as usize + 1];
    for item in modelled_costs(inputs).filter(|item| item.kind == CostKind::Equipment) {
        for (i, part) in twelve_parts(item.amount)?.iter().enumerate() {
            let month = item.month as usize + 1 + i;
            if let Some(slot) = by_month.get_mut(month) {
                *slot = slot.checked_add(*part)?;
            }
        }
    }
    Ok(by_month)
}

/// Lines 1–8 for one month with the given minutes and amortization.
pub fn operating_lines(
    inputs: &VentureInputs,
    minutes: Decimal,
    amortization: Money,
) -> Result<OperatingLines, Overflow> {
    let per_minute = |rate: Decimal| Money::product(minutes, rate);
    let billed_pct = Decimal::ONE_HUNDRED
        .checked_sub(inputs.credits_pct)
        .ok_or(Overflow)?;
    let revenue = Money::percent_of(
        billed_pct,
        minutes.checked_mul(inputs.sell).ok_or(Overflow)?,
    )?;
    let termination = per_minute(inputs.termination_rate)?;
    let (fusion_fee, subcontractor_fee) = match inputs.basis {
        FeeBasis::PerMinute => (
            per_minute(inputs.fusion_fee_rate)?,
            per_minute(inputs.subcontractor_fee_rate)?,
        ),
        FeeBasis::Fixed => (
            Money::from_whole(FIXED_FUSION_FEE),
            Money::from_whole(FIXED_SUBCONTRACTOR_FEE),
        ),
    };
    let expenses = Money::sum([
        termination,
        fusion_fee,
        subcontractor_fee,
        inputs.fiber,
        inputs.loops,
        inputs.budget,
        amortization,
    ])?;
    Ok(OperatingLines {
        minutes,
        revenue,
        termination,
        fusion_fee,
        subcontractor_fee,
        fiber: inputs.fiber,
        loops: inputs.loops,
        budget: inputs.budget,
        amortization,
        net_profit: revenue.checked_sub(expenses)?,
    })
}

/// Lines 1–9 for every month modelled.
pub fn monthly_statement(inputs: &VentureInputs) -> Result<Statement, VentureError> {
    let last = last_month(inputs);
    // Months 1–3 are always needed for the first quarter's commitment test.
    let minutes = minutes_schedule(inputs, last.max(3), last)?;
    let amortization = amortization_schedule(inputs)?;
    let first_quarter = minutes.iter().take(3).try_fold(Decimal::ZERO, |sum, m| {
        sum.checked_add(*m).ok_or(VentureError::AmountTooLarge)
    })?;
    let committed_monthly = Decimal::from(COMMITTED_MONTHLY);

    let mut carried = Money::ZERO;
    let mut months = Vec::with_capacity(last as usize);
    for (month, (&month_minutes, &month_amortization)) in
        (1..=last).zip(minutes.iter().zip(amortization.iter().skip(1)))
    {
        let operating = operating_lines(inputs, month_minutes, month_amortization)?;
        let below_commitment = if month <= 3 {
            first_quarter < Decimal::from(COMMITTED_FIRST_QUARTER)
        } else {
            month_minutes < committed_monthly
        };
        let np = operating.net_profit;
        let distributable = if inputs.losses == LossTreatment::Monthly {
            np.max(Money::ZERO)
        } else if !np.is_negative() {
            let d = np.checked_sub(carried)?.max(Money::ZERO);
            carried = carried.checked_sub(np)?.max(Money::ZERO);
            d
        } else {
            let loss = np.negate();
            let borne = if inputs.losses == LossTreatment::Protect && below_commitment {
                let at_commitment = operating_lines(
                    inputs,
                    month_minutes.max(committed_monthly),
                    month_amortization,
                )?;
                loss.min(at_commitment.net_profit.negate().max(Money::ZERO))
            } else {
                loss
            };
            carried = carried.checked_add(borne)?;
            Money::ZERO
        };
        months.push(StatementMonth {
            month,
            operating,
            below_commitment,
            distributable,
            carried_loss: carried,
        });
    }
    Ok(Statement {
        months,
        amortization,
    })
}
