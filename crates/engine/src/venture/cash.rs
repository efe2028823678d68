//! Cash months: what THIL, Fusion and the Venture receive (negative: pay) in each
//! calendar month t = 0 … last month + `lag`.
//!
//! THIL's and Fusion's cash are built from the same lines as the Venture's, so
//! they sum to it exactly (a property the tests check for every scenario).

use super::ending::TerminationPayment;
use super::inputs::*;
use super::split::Split;
use super::statement::{modelled_costs, Statement};
use super::{last_month, CashRow, VentureError};
use crate::Money;

/// The cash of each party by month t = 0 … last month + `lag` (index t).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CashColumns {
    pub thil: Vec<Money>,
    pub fusion: Vec<Money>,
    pub venture: Vec<Money>,
}

/// The cash table's rows: [`cash_columns`] with each month's calendar month.
pub fn cash_table(
    inputs: &VentureInputs,
    statement: &Statement,
    split: &Split,
    ending: &TerminationPayment,
) -> Result<Vec<CashRow>, VentureError> {
    let CashColumns {
        thil,
        fusion,
        venture,
    } = cash_columns(inputs, statement, split, ending)?;
    Ok((0..)
        .zip(thil.into_iter().zip(fusion).zip(venture))
        .map(|(t, ((thil, fusion), venture))| CashRow {
            t,
            calendar_month: inputs.start.plus_months(t as i32 - 1),
            thil,
            fusion,
            venture,
        })
        .collect())
}

/// The three parties' cash by month, without the rows: what the key figures
/// ([`super::figures`]) read.
pub fn cash_columns(
    inputs: &VentureInputs,
    statement: &Statement,
    split: &Split,
    ending: &TerminationPayment,
) -> Result<CashColumns, VentureError> {
    let last = last_month(inputs);
    let horizon = last + inputs.lag;
    let mut thil = vec![Money::ZERO; horizon as usize + 1];
    let mut fusion = thil.clone();
    let mut venture = thil.clone();
    let add = |column: &mut Vec<Money>, t: u32, amount: Money| -> Result<(), VentureError> {
        if let Some(slot) = column.get_mut(t as usize) {
            *slot = slot.checked_add(amount)?;
        }
        Ok(())
    };

    // Project costs land in their month; THIL pays its part, Fusion the rest.
    for item in modelled_costs(inputs) {
        add(&mut venture, item.month, item.amount.negate())?;
        add(&mut fusion, item.month, item.amount.negate())?;
    }
    for payment in &split.thil_payments {
        add(&mut thil, payment.month, payment.amount.negate())?;
        add(&mut fusion, payment.month, payment.amount)?;
    }

    // Each statement month settles `lag` months later.
    for (line, share) in statement.months.iter().zip(split.months.iter()) {
        let t = line.month + inputs.lag;
        let operating = line.operating.operating_cash()?;
        let to_thil = share.thil_paid.checked_add(share.thil_amortization)?;
        add(&mut venture, t, operating)?;
        add(&mut thil, t, to_thil)?;
        add(&mut fusion, t, operating.checked_sub(to_thil)?)?;
    }

    if let Some(payment) = ending.made() {
        let t = last + inputs.lag;
        add(&mut thil, t, payment)?;
        add(&mut fusion, t, payment.negate())?;
    }

    Ok(CashColumns {
        thil,
        fusion,
        venture,
    })
}
