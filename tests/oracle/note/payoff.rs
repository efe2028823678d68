//! The payoff on the demand date (`note.md`, Computation): outstanding principal,
//! the overdue balance, interest accrued since the last scheduled date, and
//! collection costs, each a part of its own.

use super::schedule::{outstanding, Schedule};
use super::NoteInputs;
use crate::oracle::money::{Money, Overflow};
use dealmodel::engine::Date;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payoff {
    pub date: Date,
    /// Principal outstanding after every pay-down.
    pub principal: Money,
    /// O after the last scheduled date.
    pub overdue: Money,
    /// Interest on principal from the last scheduled date (or `dated`) to the demand.
    pub accrued_on_principal: Money,
    /// Interest on O for the same days.
    pub accrued_on_overdue: Money,
    /// The two accruals together (`payoff_accrued`).
    pub accrued: Money,
    pub collection: Money,
    pub total: Money,
}

pub fn payoff(inputs: &NoteInputs, schedule: &Schedule) -> Result<Payoff, Overflow> {
    let date = inputs.demand_date();
    let principal = outstanding(inputs, date)?;
    let overdue = schedule.to_demand.overdue_at_start;
    let accrued_on_principal = schedule.to_demand.on_principal;
    let accrued_on_overdue = schedule.to_demand.on_overdue;
    let accrued = accrued_on_principal.checked_add(accrued_on_overdue)?;
    let collection = inputs.collection;
    let total = Money::sum([principal, overdue, accrued, collection])?;
    Ok(Payoff {
        date,
        principal,
        overdue,
        accrued_on_principal,
        accrued_on_overdue,
        accrued,
        collection,
        total,
    })
}
