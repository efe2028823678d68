//! The Note (`note.md`): Fusion's demand note of 31 January 2003. Quarterly
//! interest at the lesser of the stated and the lawful rate, pay-downs of
//! principal, missed interest dates with interest on overdue interest, and the
//! payoff on demand.
//!
//! [`compute`] runs the steps in order, each in its own module: [`daycount`],
//! [`schedule`] (interest dates and periods), [`payoff`], [`notices`]; the
//! Act/360-against-Act/365 comparison runs the schedule again under each basis.

pub mod daycount;
pub mod explain;
pub mod inputs;
pub mod notices;
pub mod payoff;
pub mod schedule;

pub use daycount::DayBasis;
pub use inputs::*;
pub use notices::{Notice, NoticeKind};
pub use payoff::Payoff;
pub use schedule::{Accrual, Part, Schedule, ScheduleRow};

use crate::{Money, Overflow};
use rust_decimal::Decimal;

/// The results of `links.md` besides the payoff's parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteResults {
    pub principal: Money,
    /// The rate applied, percent a year.
    pub rate_pct: Decimal,
    /// All interest on principal and on O to the demand date.
    pub total_interest: Money,
    /// The applied rate as an Actual/365 equivalent, percent.
    pub act365_equivalent_rate_pct: Decimal,
    /// Total interest under Act/360 less under Act/365, other inputs the same.
    pub act360_cost_vs_act365: Money,
}

/// Everything the Note model gives for one set of inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteOutcome {
    pub rows: Vec<ScheduleRow>,
    /// Interest from the last scheduled date (or `dated`) to the demand.
    pub to_demand: Accrual,
    pub payoff: Payoff,
    pub results: NoteResults,
    pub notices: Vec<Notice>,
}

/// Inputs the model cannot compute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteError {
    /// An amount above 10^15 (driven by amount, rate and missed dates).
    AmountTooLarge,
    /// The demand is not after `dated` (the scenario layer refuses this first).
    DemandNotAfterDated,
}

impl From<Overflow> for NoteError {
    fn from(_: Overflow) -> Self {
        NoteError::AmountTooLarge
    }
}

/// The applied rate as an Actual/365 equivalent: rate × 365 / 360 in that order
/// (the rate itself under Actual/365).
pub fn act365_equivalent_rate_pct(inputs: &NoteInputs) -> Result<Decimal, Overflow> {
    let rate = inputs.applied_rate_pct();
    if inputs.basis == DayBasis::Act365 {
        return Ok(rate);
    }
    let scaled = rate.checked_mul(Decimal::from(365)).ok_or(Overflow)?;
    scaled.checked_div(Decimal::from(360)).ok_or(Overflow)
}

/// Total interest to the demand under `basis`, other inputs the same.
pub fn total_interest_under(inputs: &NoteInputs, basis: DayBasis) -> Result<Money, Overflow> {
    schedule::schedule(inputs, basis)?.total_interest()
}

/// Runs the whole Note model.
pub fn compute(inputs: &NoteInputs) -> Result<NoteOutcome, NoteError> {
    if inputs.demand_date() <= inputs.dated {
        return Err(NoteError::DemandNotAfterDated);
    }
    let schedule = schedule::schedule(inputs, inputs.basis)?;
    let payoff = payoff::payoff(inputs, &schedule)?;
    let total_interest = schedule.total_interest()?;
    let under = |basis: DayBasis| {
        if basis == inputs.basis {
            Ok(total_interest)
        } else {
            total_interest_under(inputs, basis)
        }
    };
    let act360_cost_vs_act365 = under(DayBasis::Act360)?.checked_sub(under(DayBasis::Act365)?)?;
    let results = NoteResults {
        principal: inputs.principal(),
        rate_pct: inputs.applied_rate_pct(),
        total_interest,
        act365_equivalent_rate_pct: act365_equivalent_rate_pct(inputs)?,
        act360_cost_vs_act365,
    };
    let notices = notices::notices(inputs, &schedule, &payoff);
    Ok(NoteOutcome {
        rows: schedule.rows,
        to_demand: schedule.to_demand,
        payoff,
        results,
        notices,
    })
}
