//! The Note's schedule and payoff as the decimal engine computed them.

pub mod daycount;
pub mod payoff;
pub mod schedule;

use crate::oracle::money::{Money, Overflow};
use dealmodel::engine::note as engine;
use dealmodel::engine::Date;
use std::ops::Deref;

pub struct PayDown {
    pub date: Date,
    pub amount: Money,
}

/// The engine's inputs with the amounts in the oracle's money.
pub struct NoteInputs {
    pub engine: engine::NoteInputs,
    pub paydowns: Vec<PayDown>,
    pub collection: Money,
    principal: Money,
}

impl NoteInputs {
    pub fn new(inputs: &engine::NoteInputs) -> NoteInputs {
        NoteInputs {
            engine: inputs.clone(),
            paydowns: inputs
                .paydowns
                .iter()
                .map(|p| PayDown {
                    date: p.date,
                    amount: crate::oracle::money(p.amount),
                })
                .collect(),
            collection: crate::oracle::money(inputs.collection),
            principal: crate::oracle::money(inputs.principal()),
        }
    }

    pub fn principal(&self) -> Money {
        self.principal
    }
}

impl Deref for NoteInputs {
    type Target = engine::NoteInputs;
    fn deref(&self) -> &engine::NoteInputs {
        &self.engine
    }
}

/// The schedule under the inputs' basis, its total interest, the payoff, and
/// total interest under Act/360 less under Act/365 (which the engine's
/// `compute` also refuses to overflow).
pub fn compute(
    inputs: &engine::NoteInputs,
) -> Result<(schedule::Schedule, Money, payoff::Payoff, Money), Overflow> {
    let inputs = &NoteInputs::new(inputs);
    let schedule = schedule::schedule(inputs, inputs.basis)?;
    let payoff = payoff::payoff(inputs, &schedule)?;
    let total = schedule.total_interest()?;
    let under = |basis: daycount::DayBasis| {
        if basis == inputs.basis {
            Ok(total)
        } else {
            schedule::schedule(inputs, basis)?.total_interest()
        }
    };
    let act360_cost_vs_act365 =
        under(daycount::DayBasis::Act360)?.checked_sub(under(daycount::DayBasis::Act365)?)?;
    Ok((schedule, total, payoff, act360_cost_vs_act365))
}
