//! The results a negotiator reads: totals, the loan and its recoup, THIL's
//! payback, NPV and IRR, and the Venture's break-even minutes.

use super::discount::present_value;
use super::ending::TerminationPayment;
use super::inputs::*;
use super::split::Split;
use super::statement::{operating_lines, Statement};
use super::{CashRow, Recoup, VentureError};
use crate::money::power_of_ten;
use crate::{Money, Overflow};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The results of `links.md` (declared here, beside the one function that
/// computes them: a new result is a field and its line below), over the months modelled (through `end` where given).
#[derive(Debug, Clone, PartialEq)]
pub struct VentureResults {
    pub total_cost: Money,
    pub thil_contribution: Money,
    pub thil_percentage_share: Decimal,
    pub loan: Money,
    pub retention_rate: Decimal,
    pub recoup: Option<Recoup>,
    pub loan_outstanding: Money,
    pub thil_total_received: Money,
    pub thil_net: Money,
    pub thil_payback_month: Option<u32>,
    pub thil_npv: Money,
    /// Effective annual rate; f64 by the model book (not money).
    pub thil_irr: Option<f64>,
    pub termination_payment: Option<Money>,
    pub venture_revenue: Money,
    pub venture_net_profit: Money,
    pub breakeven_minutes: Option<u64>,
    pub fusion_net_cash: Money,
    pub fusion_fee_received: Money,
    /// THIL's cumulative cash through the calendar month the loan's recoup
    /// settles in: what THIL has netted when the loan is repaid (`None`: no
    /// loan recouped in the months modelled).
    pub thil_cash_at_recoup: Option<Money>,
}

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
    let received = split
        .months
        .iter()
        .try_fold(Money::ZERO, |total, m| {
            total.checked_add(m.thil_paid.checked_add(m.thil_amortization)?)
        })?
        .checked_add(ending.made().unwrap_or(Money::ZERO))?;
    let loan = last.map_or(Money::ZERO, |m| m.loan);
    let recouped = recoup(inputs, split);
    let thil_cash_at_recoup = match recouped {
        Some(r) => Some(Money::sum(
            cash.iter()
                .filter(|row| row.calendar_month <= r.settles)
                .map(|row| row.thil),
        )?),
        None => None,
    };
    let outstanding = last.map_or(Money::ZERO, |m| m.loan_balance);
    Ok(VentureResults {
        total_cost: split.total_cost,
        thil_contribution: split.thil_payments_total,
        thil_percentage_share: percentage_share(inputs, split),
        loan,
        retention_rate: retention_rate(inputs, split),
        recoup: recouped,
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
        thil_cash_at_recoup,
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
    // One pass: the month after the last negative cumulative sum.
    let mut total = Money::ZERO;
    let mut first_of_final_run = 0;
    for (index, amount) in thil_cash.iter().enumerate() {
        total = total.checked_add(*amount).ok()?;
        if total.is_negative() {
            first_of_final_run = index + 1;
        }
    }
    if thil_cash.is_empty() || total.is_negative() {
        return None;
    }
    Some(first_of_final_run.max(1) as u32)
}

/// round(Σ_t cash_t / (1 + disc/12)^t): discounted terms unrounded, the sum
/// rounded once. In fixed point ([`present_value`]) where it holds the rate.
pub fn npv(cash: &[Money], discount_pct: Decimal) -> Result<Money, Overflow> {
    match present_value(cash, discount_pct) {
        Some(npv) => Ok(npv),
        None => decimal_npv(cash, discount_pct),
    }
}

/// The NPV in 28-digit decimals, for rates the fixed point does not hold.
fn decimal_npv(cash: &[Money], discount_pct: Decimal) -> Result<Money, Overflow> {
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

/// The NPV of `flows` at each of `N` monthly rates in one pass. Each rate's sum
/// takes exactly the operations, in the order, of a pass on its own (so the same
/// bits); the passes interleave, so `N` cost little more than one, whose time is
/// the latency of its chain of multiplications.
fn npv_at_rates<const N: usize>(flows: &[f64], rates: [f64; N]) -> [f64; N] {
    let discount = rates.map(|rate| 1.0 / (1.0 + rate));
    let mut factor = [1.0_f64; N];
    let mut total = [0.0_f64; N];
    for flow in flows {
        for ((total, factor), discount) in total.iter_mut().zip(&mut factor).zip(&discount) {
            *total += flow * *factor;
            *factor *= discount;
        }
    }
    total
}

/// The IRR as its explanation shows it: the annual rate at its six decimals
/// (half away from zero, as the output writes it) and the monthly rate m with
/// (1 + m)^12 − 1 = the annual rate, as decimals. `None` for a rate that is not
/// finite.
pub fn irr_parts(annual: f64) -> Option<(Decimal, Decimal)> {
    use rust_decimal::prelude::FromPrimitive;
    let monthly = (1.0 + annual).powf(1.0 / 12.0) - 1.0;
    // Scaled and rounded exactly as the output writes it (`write_fixed`).
    let scaled = (annual * 1e6).round();
    if !scaled.is_finite() || scaled.abs() >= 9.0e18 {
        return None;
    }
    Some((Decimal::new(scaled as i64, 6), Decimal::from_f64(monthly)?))
}

/// The middles one pass of the IRR's bisection evaluates: 2^3 − 1 for three
/// halvings.
const SPECULATED: usize = 7;

/// THIL's IRR as an effective annual rate: bisection (200 halvings of
/// [−0.99, 10]) on the monthly rate, in f64 as the model book allows.
pub fn irr(cash: &[Money]) -> Option<f64> {
    let flows: Vec<f64> = cash.iter().map(|m| m.to_f64_lossy()).collect();
    let (mut low, mut high) = (-0.99_f64, 10.0_f64);
    let [at_low, at_high] = npv_at_rates(&flows, [low, high]);
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
    let mut steps = 0;
    while steps < 200 && high - low > 1e-15 {
        // Three halvings a pass: the tree of the 7 middles they may take (node
        // i's halves are nodes 2i + 1 and 2i + 2), each computed as the halving
        // computes it, so the steps are those of one halving at a time.
        let mut middles = [0.0_f64; SPECULATED];
        let mut brackets = [(low, high); SPECULATED];
        for node in 0..SPECULATED {
            let (from, to) = brackets[node];
            let middle = (from + to) / 2.0;
            middles[node] = middle;
            if let Some([lower, upper]) = brackets.get_mut(2 * node + 1..2 * node + 3) {
                *lower = (from, middle);
                *upper = (middle, to);
            }
        }
        let values = npv_at_rates(&flows, middles);
        let mut node = 0;
        while let (Some(&middle), Some(&value)) = (middles.get(node), values.get(node)) {
            if steps == 200 || high - low <= 1e-15 {
                break;
            }
            // `middle` is (low + high) / 2, bit for bit.
            if (value > 0.0) == low_positive {
                low = middle;
                node = 2 * node + 2;
            } else {
                high = middle;
                node = 2 * node + 1;
            }
            steps += 1;
        }
    }
    let monthly = (low + high) / 2.0;
    Some((1.0 + monthly).powi(12) - 1.0)
}

/// floor((fixed − 0.02) / margin) and ceil((fixed + 0.02) / margin), the minutes
/// between which month 1's Net Profit turns, in integers: fixed in cents over the
/// margin's mantissa and power of ten. `None` where an `i128` would not hold them.
fn search_bounds(fixed: Decimal, margin: Decimal) -> Option<(Decimal, Decimal)> {
    let fixed_cents = Money::round(fixed).ok()?.cents();
    let scale = power_of_ten(margin.scale())?;
    let denominator = margin.mantissa().checked_mul(100)?;
    let bound = |cents: i64| i128::from(cents).checked_mul(scale);
    let low = bound(fixed_cents.checked_sub(2)?)?.div_euclid(denominator);
    let high = -(bound(fixed_cents.checked_add(2)?)?
        .checked_neg()?
        .div_euclid(denominator));
    Some((
        Decimal::try_from_i128_with_scale(low, 0).ok()?,
        Decimal::try_from_i128_with_scale(high, 0).ok()?,
    ))
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
    let (low, high) = match search_bounds(fixed, margin) {
        Some(bounds) => bounds,
        None => (
            ((fixed - slack) / margin).floor(),
            ((fixed + slack) / margin).ceil(),
        ),
    };
    let low = low.max(Decimal::ZERO);
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
