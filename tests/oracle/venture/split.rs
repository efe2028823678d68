//! Who receives the distributable profit: THIL's entitlement, what Fusion retains
//! for the loan, THIL's payment, and the amortization returned to THIL — under the
//! amended terms (amended cl. 2(2)(1), 3(2), 4(1)) or the original ones (cl. 2(2),
//! 3(1)–(3)).

use super::inputs::*;
use super::statement::{modelled_costs, twelve_parts, Statement};
use super::{last_month, VentureError};
use crate::oracle::money::{Money, Overflow};
use rust_decimal::Decimal;

/// One month's division of D(m).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthSplit {
    /// C(m): project costs incurred in months 0 … m.
    pub costs_to_date: Money,
    /// S(m) = round(s × C(m)) (amended; zero under the original terms).
    pub thil_cost_share: Money,
    /// L(m) = max(0, S(m) − T) (amended; zero under the original terms).
    pub loan: Money,
    pub entitlement: Money,
    pub retained: Money,
    pub thil_paid: Money,
    pub thil_amortization: Money,
    /// L(m) − repaid through m.
    pub loan_balance: Money,
}

/// What THIL pays for one cost item, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThilCostPayment {
    pub month: u32,
    pub amount: Money,
}

/// The division for every month, with THIL's payments for the costs.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    pub months: Vec<MonthSplit>,
    /// T: amended, THIL's cash contribution; original, THIL's total payments.
    pub thil_payments_total: Money,
    /// THIL's payments by month (amended: all of T in month 0).
    pub thil_payments: Vec<ThilCostPayment>,
    /// Amended: `contrib` was cut to the Pakistan-side costs of month 0.
    pub contribution_limited: bool,
    /// Original: the $300,000 cap binds, and s_eff = 300,000 / C.
    pub cap_binds: bool,
    /// C: all project costs modelled.
    pub total_cost: Money,
    /// The share THIL's profit and salvage are computed with, as a fraction
    /// (numerator, denominator): s as share/100, or 300,000/C where the cap binds.
    pub effective_share: (Decimal, Decimal),
}

impl Split {
    /// Σ A(m) through the last month modelled.
    pub fn thil_amortization_total(&self) -> Result<Money, Overflow> {
        Money::sum(self.months.iter().map(|m| m.thil_amortization))
    }

    /// The loan repaid through the last month modelled.
    pub fn repaid_total(&self) -> Result<Money, Overflow> {
        Money::sum(self.months.iter().map(|m| m.retained))
    }
}

/// Divides each month's distributable profit by the terms in force.
pub fn split(inputs: &VentureInputs, statement: &Statement) -> Result<Split, VentureError> {
    Ok(match inputs.terms {
        Terms::Amended => amended(inputs, statement)?,
        Terms::Original => original(inputs, statement)?,
    })
}

/// C(m) for m = 0 … last month modelled: the project costs incurred through m.
fn costs_to_date(inputs: &VentureInputs) -> Result<Vec<Money>, Overflow> {
    let mut by_month = vec![Money::ZERO; last_month(inputs) as usize + 1];
    for item in modelled_costs(inputs) {
        if let Some(slot) = by_month.get_mut(item.month as usize) {
            *slot = slot.checked_add(item.amount)?;
        }
    }
    let mut running = Money::ZERO;
    for slot in &mut by_month {
        running = running.checked_add(*slot)?;
        *slot = running;
    }
    Ok(by_month)
}

/// Adds each item's 12 parts of THIL's amortization into `by_month` (index m).
fn add_parts(by_month: &mut [Money], incurred: u32, parts: &[Money; 12]) -> Result<(), Overflow> {
    for (i, part) in parts.iter().enumerate() {
        if let Some(slot) = by_month.get_mut(incurred as usize + 1 + i) {
            *slot = slot.checked_add(*part)?;
        }
    }
    Ok(())
}

fn amended(inputs: &VentureInputs, statement: &Statement) -> Result<Split, Overflow> {
    let hundred = Decimal::ONE_HUNDRED;
    let share = inputs.share_pct;
    let costs_to_date = costs_to_date(inputs)?;
    let pakistan_month_zero = Money::sum(
        modelled_costs(inputs)
            .filter(|item| item.month == 0 && item.side == Side::Pakistan)
            .map(|item| item.amount),
    )?;
    let contribution = inputs.contribution.min(pakistan_month_zero);
    let t = contribution.amount();

    // Equipment amortization returned to THIL: its fraction T / C(k) of each item.
    let mut thil_amortization = vec![Money::ZERO; costs_to_date.len()];
    for item in modelled_costs(inputs).filter(|item| item.kind == CostKind::Equipment) {
        let c_k = costs_to_date
            .get(item.month as usize)
            .copied()
            .unwrap_or(Money::ZERO);
        if c_k.is_zero() {
            continue;
        }
        let item_parts = twelve_parts(item.amount)?;
        let mut thil_parts = [Money::ZERO; 12];
        for (thil_part, part) in thil_parts.iter_mut().zip(item_parts.iter()).take(11) {
            *thil_part = Money::fraction(part.amount(), t, c_k.amount())?;
        }
        let whole = Money::fraction(item.amount.amount(), t, c_k.amount())?;
        thil_parts[11] = whole.checked_sub(Money::sum(thil_parts[..11].iter().copied())?)?;
        add_parts(&mut thil_amortization, item.month, &thil_parts)?;
    }

    let mut repaid = Money::ZERO;
    let mut months = Vec::with_capacity(statement.months.len());
    for line in &statement.months {
        let m = line.month as usize;
        let c = costs_to_date.get(m).copied().unwrap_or(Money::ZERO);
        let d = line.distributable;
        let s_of_c = Money::percent_of(share, c.amount())?;
        let loan = s_of_c.checked_sub(contribution)?.max(Money::ZERO);
        let entitlement = Money::percent_of(share, d.amount())?;
        let owed = loan.checked_sub(repaid)?.max(Money::ZERO);
        let retained = if c.is_zero() {
            Money::ZERO
        } else {
            let numerator = match inputs.reading {
                Reading::Funded => s_of_c.checked_sub(contribution)?.max(Money::ZERO),
                Reading::Literal => contribution,
            };
            Money::fraction(d.amount(), numerator.amount(), c.amount())?
                .min(owed)
                .max(Money::ZERO)
                .min(entitlement)
        };
        repaid = repaid.checked_add(retained)?;
        months.push(MonthSplit {
            costs_to_date: c,
            thil_cost_share: s_of_c,
            loan,
            entitlement,
            retained,
            thil_paid: entitlement.checked_sub(retained)?,
            thil_amortization: thil_amortization.get(m).copied().unwrap_or(Money::ZERO),
            loan_balance: loan.checked_sub(repaid)?,
        });
    }
    let total_cost = costs_to_date.last().copied().unwrap_or(Money::ZERO);
    Ok(Split {
        months,
        thil_payments_total: contribution,
        thil_payments: vec![ThilCostPayment {
            month: 0,
            amount: contribution,
        }],
        contribution_limited: pakistan_month_zero < inputs.contribution,
        cap_binds: false,
        total_cost,
        effective_share: (share, hundred),
    })
}

fn original(inputs: &VentureInputs, statement: &Statement) -> Result<Split, Overflow> {
    let hundred = Decimal::ONE_HUNDRED;
    let items: Vec<&CostItem> = modelled_costs(inputs).collect();
    let total_cost = Money::sum(items.iter().map(|item| item.amount))?;
    let cap = Money::from_whole(ORIGINAL_CAP);
    let share_of_total = inputs
        .share_pct
        .checked_mul(total_cost.amount())
        .ok_or(Overflow)?
        / hundred;
    let cap_binds = !inputs.exceed_cap && share_of_total > cap.amount();
    let (numerator, denominator) = if cap_binds {
        (cap.amount(), total_cost.amount())
    } else {
        (inputs.share_pct, hundred)
    };
    let thil_total = if cap_binds {
        cap
    } else {
        Money::fraction(inputs.share_pct, total_cost.amount(), hundred)?
    };

    // THIL pays its share of each item; the last item (latest month, then last
    // listed) takes the residue so the payments sum to T.
    let residue_index = items
        .iter()
        .enumerate()
        .max_by_key(|(index, item)| (item.month, *index))
        .map(|(index, _)| index);
    let mut payments = Vec::with_capacity(items.len());
    for item in &items {
        payments.push(if total_cost.is_zero() {
            Money::ZERO
        } else {
            Money::fraction(item.amount.amount(), numerator, denominator)?
        });
    }
    if let Some(last) = residue_index {
        let others = Money::sum(
            payments
                .iter()
                .enumerate()
                .filter(|(index, _)| *index != last)
                .map(|(_, amount)| *amount),
        )?;
        if let Some(slot) = payments.get_mut(last) {
            *slot = thil_total.checked_sub(others)?;
        }
    }

    let mut thil_amortization = vec![Money::ZERO; last_month(inputs) as usize + 1];
    for (item, payment) in items.iter().zip(payments.iter()) {
        if item.kind == CostKind::Equipment {
            add_parts(&mut thil_amortization, item.month, &twelve_parts(*payment)?)?;
        }
    }

    let by_month = costs_to_date(inputs)?;
    let mut months = Vec::with_capacity(statement.months.len());
    for line in &statement.months {
        let costs_to_date = by_month
            .get(line.month as usize)
            .copied()
            .unwrap_or(Money::ZERO);
        let entitlement = if denominator.is_zero() {
            Money::ZERO
        } else {
            Money::fraction(line.distributable.amount(), numerator, denominator)?
        };
        months.push(MonthSplit {
            costs_to_date,
            thil_cost_share: Money::ZERO,
            loan: Money::ZERO,
            entitlement,
            retained: Money::ZERO,
            thil_paid: entitlement,
            thil_amortization: thil_amortization
                .get(line.month as usize)
                .copied()
                .unwrap_or(Money::ZERO),
            loan_balance: Money::ZERO,
        });
    }
    Ok(Split {
        months,
        thil_payments_total: thil_total,
        thil_payments: items
            .iter()
            .zip(payments.iter())
            .map(|(item, amount)| ThilCostPayment {
                month: item.month,
                amount: *amount,
            })
            .collect(),
        contribution_limited: false,
        cap_binds,
        total_cost,
        effective_share: (numerator, denominator),
    })
}
