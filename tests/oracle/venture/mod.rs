//! The Venture as the decimal engine computed it: the statement, the split, the
//! ending, the cash months and the results (notices and explanations, which the
//! fast engine did not change, are left out).

pub mod cash;
pub mod ending;
pub mod measures;
pub mod split;
pub mod statement;

/// The engine's inputs with the amounts in the oracle's money.
pub mod inputs {
    pub use dealmodel::engine::venture::inputs::{
        CostKind, FeeBasis, LossTreatment, Reading, Side, Terms, COMMITTED_FIRST_QUARTER,
        COMMITTED_MONTHLY, FIXED_FUSION_FEE, FIXED_SUBCONTRACTOR_FEE, ORIGINAL_CAP,
    };

    use crate::oracle::money::Money;
    use dealmodel::engine::venture as engine;
    use std::ops::Deref;

    pub struct CostItem {
        pub amount: Money,
        pub month: u32,
        pub side: Side,
        pub kind: CostKind,
    }

    pub struct VentureInputs {
        pub engine: engine::VentureInputs,
        pub fiber: Money,
        pub loops: Money,
        pub budget: Money,
        pub costs: Vec<CostItem>,
        pub contribution: Money,
        pub salvage: Money,
    }

    impl VentureInputs {
        pub fn new(inputs: &engine::VentureInputs) -> VentureInputs {
            let money = crate::oracle::money;
            VentureInputs {
                engine: inputs.clone(),
                fiber: money(inputs.fiber),
                loops: money(inputs.loops),
                budget: money(inputs.budget),
                costs: inputs
                    .costs
                    .iter()
                    .map(|item| CostItem {
                        amount: money(item.amount),
                        month: item.month,
                        side: item.side,
                        kind: item.kind,
                    })
                    .collect(),
                contribution: money(inputs.contribution),
                salvage: money(inputs.salvage),
            }
        }
    }

    impl Deref for VentureInputs {
        type Target = engine::VentureInputs;
        fn deref(&self) -> &engine::VentureInputs {
            &self.engine
        }
    }
}

use crate::oracle::money::{Money, Overflow};
use dealmodel::engine::YearMonth;
use inputs::VentureInputs;
use rust_decimal::Decimal;

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CashRow {
    pub t: u32,
    pub calendar_month: YearMonth,
    pub thil: Money,
    pub fusion: Money,
    pub venture: Money,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recoup {
    pub month: u32,
    pub calendar_month: YearMonth,
    pub settles: YearMonth,
}

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
    pub thil_irr: Option<f64>,
    pub termination_payment: Option<Money>,
    pub venture_revenue: Money,
    pub venture_net_profit: Money,
    pub breakeven_minutes: Option<u64>,
    pub fusion_net_cash: Money,
    pub fusion_fee_received: Money,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VentureOutcome {
    pub rows: Vec<MonthRow>,
    pub cash: Vec<CashRow>,
    pub results: VentureResults,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VentureError {
    MinutesTooLarge { month: u32 },
    AmountTooLarge,
}

impl From<Overflow> for VentureError {
    fn from(_: Overflow) -> Self {
        VentureError::AmountTooLarge
    }
}

pub fn last_month(inputs: &VentureInputs) -> u32 {
    inputs
        .end
        .map_or(inputs.months, |end| end.min(inputs.months))
}

/// The decimal engine's `compute`, less the notices.
pub fn compute(
    inputs: &dealmodel::engine::venture::VentureInputs,
) -> Result<VentureOutcome, VentureError> {
    let inputs = &VentureInputs::new(inputs);
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
    Ok(VentureOutcome {
        rows,
        cash,
        results,
    })
}
