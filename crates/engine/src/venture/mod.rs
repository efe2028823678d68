//! The Venture (VoIP agreement with THIL, 2002, as amended): the monthly statement
//! of Net Profit, THIL's share of it, the loan Fusion recoups from it, the cash each
//! party receives, and the results a negotiator reads.
//!
//! [`compute`] runs the model book's steps in order, each in its own module:
//! [`statement`] (lines 1–9 of the monthly statement), [`split`] (amended or
//! original terms: who gets the distributable profit, the loan), [`ending`]
//! (cl. 6(10)), [`cash`] (cash months), [`measures`] (NPV, IRR, payback,
//! break-even) and [`notices`]. [`figures::key_figures`] runs the same steps as far
//! as the few results the many-scenario views read.

pub mod cash;
pub mod discount;
pub mod ending;
pub mod explain;
pub mod figures;
pub mod inputs;
pub mod measures;
pub mod notices;
pub mod risk;
pub mod split;
pub mod statement;

pub use inputs::*;
pub use measures::VentureResults;

use crate::{Money, Overflow, YearMonth};
use rust_decimal::Decimal;

/// One month of the monthly statement (`rows` of the link's output).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthRow {
    pub month: u32,
    pub calendar_month: YearMonth,
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
    pub distributable: Money,
    pub thil_entitlement: Money,
    pub retained: Money,
    pub thil_paid: Money,
    pub thil_amortization: Money,
    pub loan_balance: Money,
}

/// One cash month t (t = 0 is the month before `start`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CashRow {
    pub t: u32,
    pub calendar_month: YearMonth,
    pub thil: Money,
    pub fusion: Money,
    pub venture: Money,
}

/// When THIL's loan is finally repaid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recoup {
    /// The statement month m of the last retention.
    pub month: u32,
    pub calendar_month: YearMonth,
    /// The calendar month its cash settles (`lag` months later).
    pub settles: YearMonth,
}

/// Everything the Venture model gives for one set of inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct VentureOutcome {
    pub rows: Vec<MonthRow>,
    pub cash: Vec<CashRow>,
    pub results: VentureResults,
    pub notices: Vec<notices::Notice>,
}

/// Inputs whose results would leave the model's range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VentureError {
    /// Minutes above 10^12 in month `month` (driven by minutes, growth and months).
    MinutesTooLarge { month: u32 },
    /// An amount above 10^15 (or beyond what a decimal holds).
    AmountTooLarge,
}

impl From<Overflow> for VentureError {
    fn from(_: Overflow) -> Self {
        VentureError::AmountTooLarge
    }
}

/// The last statement month modelled: `end` where given, else `months`.
pub fn last_month(inputs: &VentureInputs) -> u32 {
    inputs
        .end
        .map_or(inputs.months, |end| end.min(inputs.months))
}

/// Runs the whole Venture model.
pub fn compute(inputs: &VentureInputs) -> Result<VentureOutcome, VentureError> {
    let statement = statement::monthly_statement(inputs)?;
    let split = split::split(inputs, &statement)?;
    let ending = ending::termination_payment(inputs, &split)?;
    let cash = cash::cash_table(inputs, &statement, &split, &ending)?;
    let results = measures::results(inputs, &statement, &split, &ending, &cash)?;
    let rows = statement
        .months
        .iter()
        .zip(split.months.iter())
        .map(|(line, share)| MonthRow {
            month: line.month,
            calendar_month: inputs.start.plus_months(line.month as i32 - 1),
            minutes: line.operating.minutes,
            revenue: line.operating.revenue,
            termination: line.operating.termination,
            fusion_fee: line.operating.fusion_fee,
            subcontractor_fee: line.operating.subcontractor_fee,
            fiber: line.operating.fiber,
            loops: line.operating.loops,
            budget: line.operating.budget,
            amortization: line.operating.amortization,
            net_profit: line.operating.net_profit,
            distributable: line.distributable,
            thil_entitlement: share.entitlement,
            retained: share.retained,
            thil_paid: share.thil_paid,
            thil_amortization: share.thil_amortization,
            loan_balance: share.loan_balance,
        })
        .collect();
    let notices = notices::notices(inputs, &statement, &split, &ending)?;
    Ok(VentureOutcome {
        rows,
        cash,
        results,
        notices,
    })
}
