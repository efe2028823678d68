//! The results a negotiator reads: totals, the loan and its recoup, THIL's
//! payback, NPV and IRR, and the Venture's break-even minutes.

use super::ending::TerminationPayment;
use super::inputs::*;
use super::split::Split;
use super::statement::{operating_lines, Statement};
use super::{CashRow, Recoup, VentureError, VentureResults};
use crate::oracle::money::{Money, Overflow};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// No break-even above this many minutes a month.
pub const BREAKEVEN_LIMIT: u64 = 1_000_000_000;

pub fn results(
    inputs: &VentureInputs,
    statement: &Statement,
    split: &Split,
    ending: &TerminationPayment,
    cash: &[CashRow],
) -> Result<VentureResults, VentureError> {
    let last = split.months.last().copied();
    let thil_cash: Vec<Money> = cash.iter().map(|row| row.thil).collect();
    let received = Money::sum(
        split
            .months
            .iter()
            .map(|m| m.thil_paid.checked_add(m.thil_amortization))
            .collect::<Result<Vec<_>, _>>()?,
    )?
    .checked_add(ending.made().unwrap_or(Money::ZERO))?;
    let loan = last.map_or(Money::ZERO, |m| m.loan);
    let outstanding = last.map_or(Money::ZERO, |m| m.loan_balance);
    Ok(VentureResults {
        total_cost: split.total_cost,
        thil_contribution: split.thil_payments_total,
        thil_percentage_share: percentage_share(inputs, split),
        loan,
        retention_rate: retention_rate(inputs, split),
        recoup: recoup(inputs, split),
        loan_outstanding: outstanding,
        thil_total_received: received,
        thil_net: received.checked_sub(split.thil_payments_total)?,
        thil_payback_month: payback_month(&thil_cash, split.thil_payments_total),
        thil_npv: npv(&thil_cash, inputs.discount_pct)?,
        thil_irr: irr(&thil_cash),
        termination_payment: ending.made(),
        venture_revenue: Money::sum(statement.months.iter().map(|m| m.operating.revenue))?,
        venture_net_profit: Money::sum(statement.months.iter().map(|m| m.operating.net_profit))?,
        breakeven_minutes: breakeven_minutes(inputs, statement)?,
        fusion_net_cash: Money::sum(cash.iter().map(|row| row.fusion))?,
        fusion_fee_received: Money::sum(statement.months.iter().map(|m| m.operating.fusion_fee))?,
    })
}

fn ratio(numerator: Decimal, denominator: Decimal) -> Decimal {
    if denominator.is_zero() {
        Decimal::ZERO
    } else {
        numerator.checked_div(denominator).unwrap_or(Decimal::ZERO)
    }
}

/// p at the last month (T / C), or s_eff under the original terms.
pub fn percentage_share(inputs: &VentureInputs, split: &Split) -> Decimal {
    match inputs.terms {
        Terms::Amended => ratio(
            split.thil_payments_total.amount(),
            split
                .months
                .last()
                .map_or(Decimal::ZERO, |m| m.costs_to_date.amount()),
        ),
        Terms::Original => ratio(split.effective_share.0, split.effective_share.1),
    }
}

/// The fraction of D that Fusion retains while a loan is owed, at the last month.
pub fn retention_rate(inputs: &VentureInputs, split: &Split) -> Decimal {
    let Some(last) = split.months.last() else {
        return Decimal::ZERO;
    };
    let t = split.thil_payments_total;
    match (inputs.terms, inputs.reading) {
        (Terms::Original, _) => Decimal::ZERO,
        (Terms::Amended, Reading::Funded) if last.thil_cost_share > t => ratio(
            last.thil_cost_share.amount() - t.amount(),
            last.costs_to_date.amount(),
        ),
        (Terms::Amended, Reading::Literal) if !last.loan.is_zero() => {
            ratio(t.amount(), last.costs_to_date.amount())
        }
        _ => Decimal::ZERO,
    }
}

/// The last month Fusion retained anything, provided the loan is repaid at the
/// last month modelled.
pub fn recoup(inputs: &VentureInputs, split: &Split) -> Option<Recoup> {
    let last = split.months.last()?;
    if last.loan.is_zero() || !last.loan_balance.is_zero() {
        return None;
    }
    let month = split
        .months
        .iter()
        .rposition(|m| !m.retained.is_zero())
        .map(|index| index as u32 + 1)?;
    Some(Recoup {
        month,
        calendar_month: inputs.start.plus_months(month as i32 - 1),
        settles: inputs.start.plus_months((month + inputs.lag) as i32 - 1),
    })
}

/// The first cash month t ≥ 1 from which THIL's cumulative cash stays ≥ 0.
pub fn payback_month(thil_cash: &[Money], thil_paid: Money) -> Option<u32> {
    if thil_paid.is_zero() {
        return None;
    }
    let mut cumulative = Vec::with_capacity(thil_cash.len());
    let mut total = Money::ZERO;
    for amount in thil_cash {
        total = total.checked_add(*amount).ok()?;
        cumulative.push(total);
    }
    if cumulative.last().is_none_or(|last| last.is_negative()) {
        return None;
    }
    let first_of_final_run = cumulative
        .iter()
        .rposition(|value| value.is_negative())
        .map_or(0, |index| index + 1);
    Some(first_of_final_run.max(1) as u32)
}

/// round(Σ_t cash_t / (1 + disc/12)^t): discounted terms unrounded, the sum rounded once.
pub fn npv(cash: &[Money], discount_pct: Decimal) -> Result<Money, Overflow> {
    let monthly_factor = Decimal::ONE
        .checked_add(
            discount_pct
                .checked_div(Decimal::from(1200))
                .ok_or(Overflow)?,
        )
        .ok_or(Overflow)?;
    // One division, then multiplications: 1 / (1 + r)^t as (1 / (1 + r))^t agrees
    // to about 26 significant digits, far below a cent.
    let discount = Decimal::ONE.checked_div(monthly_factor).ok_or(Overflow)?;
    let mut factor = Decimal::ONE;
    let mut total = Decimal::ZERO;
    for (t, amount) in cash.iter().enumerate() {
        if t > 0 {
            factor = factor.checked_mul(discount).ok_or(Overflow)?;
        }
        let present = amount.amount().checked_mul(factor).ok_or(Overflow)?;
        total = total.checked_add(present).ok_or(Overflow)?;
    }
    Money::round(total)
}

/// THIL's IRR as an effective annual rate: bisection (200 halvings of
/// [−0.99, 10]) on the monthly rate, in f64 as the model book allows.
pub fn irr(cash: &[Money]) -> Option<f64> {
    let flows: Vec<f64> = cash
        .iter()
        .map(|m| m.amount().to_f64().unwrap_or(0.0))
        .collect();
    let npv_at = |rate: f64| -> f64 {
        let discount = 1.0 / (1.0 + rate);
        let mut factor = 1.0;
        let mut total = 0.0;
        for flow in &flows {
            total += flow * factor;
            factor *= discount;
        }
        total
    };
    let (mut low, mut high) = (-0.99_f64, 10.0_f64);
    let (at_low, at_high) = (npv_at(low), npv_at(high));
    if at_low == 0.0
        || at_high == 0.0
        || (at_low > 0.0) == (at_high > 0.0)
        || !at_low.is_finite()
        || !at_high.is_finite()
    {
        return None;
    }
    let low_positive = at_low > 0.0;
    // Bisect until the bracket is below f64's resolution at these rates (or 200
    // steps): further halvings change nothing the six decimals could show.
    for _ in 0..200 {
        if high - low <= 1e-15 {
            break;
        }
        let middle = (low + high) / 2.0;
        if (npv_at(middle) > 0.0) == low_positive {
            low = middle;
        } else {
            high = middle;
        }
    }
    let monthly = (low + high) / 2.0;
    Some((1.0 + monthly).powi(12) - 1.0)
}

/// The least whole n ≥ 0 minutes for which month 1's Net Profit, line by line, is ≥ 0.
pub fn breakeven_minutes(
    inputs: &VentureInputs,
    statement: &Statement,
) -> Result<Option<u64>, VentureError> {
    let amortization = statement
        .amortization
        .get(1)
        .copied()
        .unwrap_or(Money::ZERO);
    let at_zero = operating_lines(inputs, Decimal::ZERO, amortization)?;
    let fixed = at_zero.net_profit.negate().amount();
    if fixed <= Decimal::ZERO {
        return Ok(Some(0));
    }
    let per_minute_fees = match inputs.basis {
        FeeBasis::PerMinute => inputs.fusion_fee_rate + inputs.subcontractor_fee_rate,
        FeeBasis::Fixed => Decimal::ZERO,
    };
    let margin = inputs.sell * (Decimal::ONE_HUNDRED - inputs.credits_pct) / Decimal::ONE_HUNDRED
        - inputs.termination_rate
        - per_minute_fees;
    if margin <= Decimal::ZERO {
        return Ok(None);
    }
    // Line rounding moves NP by at most 0.02 from n × margin − F.
    let slack = Decimal::new(2, 2);
    let low = ((fixed - slack) / margin).floor().max(Decimal::ZERO);
    let high = ((fixed + slack) / margin).ceil();
    let limit = Decimal::from(BREAKEVEN_LIMIT);
    if low > limit {
        return Ok(None);
    }
    let (Some(low), Some(high)) = (low.to_u64(), high.min(limit).to_u64()) else {
        return Ok(None);
    };
    for n in low..=high {
        let lines = operating_lines(inputs, Decimal::from(n), amortization)?;
        if !lines.net_profit.is_negative() {
            return Ok(Some(n));
        }
    }
    Ok(None)
}
