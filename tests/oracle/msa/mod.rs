//! The MSA's schedule and termination curve as the decimal engine computed them.

pub mod schedule;
pub mod termination;

use crate::oracle::money::{Money, Overflow};
use dealmodel::engine::msa as engine;
use dealmodel::engine::Date;
use std::ops::Deref;

/// The engine's inputs with the charges in the oracle's money.
pub struct MsaInputs {
    pub engine: engine::MsaInputs,
    pub mrc: Money,
    pub nrc: Money,
}

impl Deref for MsaInputs {
    type Target = engine::MsaInputs;
    fn deref(&self) -> &engine::MsaInputs {
        &self.engine
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MsaError {
    AmountTooLarge,
    DateOutOfRange,
}

impl From<Overflow> for MsaError {
    fn from(_: Overflow) -> MsaError {
        MsaError::AmountTooLarge
    }
}

fn wrap(inputs: &engine::MsaInputs) -> MsaInputs {
    MsaInputs {
        engine: inputs.clone(),
        mrc: crate::oracle::money(inputs.mrc),
        nrc: crate::oracle::money(inputs.nrc),
    }
}

/// The term and every invoice of it.
pub fn schedule(
    inputs: &engine::MsaInputs,
) -> Result<(schedule::Term, Vec<schedule::Invoice>), MsaError> {
    let inputs = &wrap(inputs);
    let term = schedule::term(inputs)?;
    let invoices = schedule::invoices(inputs, &term)?;
    Ok((term, invoices))
}

/// The decimal engine's `termination_curve`.
pub fn termination_curve(inputs: &engine::MsaInputs) -> Result<Vec<(Date, Money)>, MsaError> {
    let (term, invoices) = schedule(inputs)?;
    termination::curve(inputs.cause, &invoices, &term)
}
