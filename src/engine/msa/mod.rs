//! The MSA model (`msa.md`): one Service Order's invoices, Minimum Commitment
//! shortfall, early-termination charge, late-payment interest and the dates
//! that matter. (Skeleton: filled in by the MSA work.)

use super::Date;

/// The inputs of one Service Order, valid by construction (checked by `scenario`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MsaInputs {
    pub tendered: Date,
}

impl MsaInputs {
    pub fn defaults() -> MsaInputs {
        MsaInputs { tendered: Date::known(2003, 6, 12) }
    }
}
