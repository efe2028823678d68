//! The end of the agreement (cl. 6(8)–6(10)): Fusion keeps the network and pays
//! THIL its investment not yet recovered through amortization, plus its share of
//! the agreed salvage value.

use super::inputs::*;
use super::split::Split;
use super::VentureError;
use crate::oracle::money::Money;

/// The cl. 6(10) payment and its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TerminationPayment {
    /// The statement month after which the agreement ends.
    pub after_month: u32,
    /// I: what THIL paid for the costs (amended: T plus the loan repaid).
    pub investment: Money,
    /// Σ A(m): amortization already returned to THIL.
    pub amortization_returned: Money,
    /// round(s × salvage), s_eff under the original terms.
    pub salvage_share: Money,
    /// max(0, I − ΣA) + the salvage share.
    pub amount: Money,
    /// True where `end` was given; false for the figure a notice shows.
    pub agreed_end: bool,
}

/// The payment at `end`; without `end`, the one that would be due after the last
/// month modelled (for the notice), with `agreed_end` false.
pub fn termination_payment(
    inputs: &VentureInputs,
    split: &Split,
) -> Result<TerminationPayment, VentureError> {
    let repaid = split.repaid_total()?;
    let investment = match inputs.terms {
        Terms::Amended => split.thil_payments_total.checked_add(repaid)?,
        Terms::Original => split.thil_payments_total,
    };
    let amortization_returned = split.thil_amortization_total()?;
    let (numerator, denominator) = split.effective_share;
    let salvage_share = if denominator.is_zero() {
        Money::ZERO
    } else {
        Money::fraction(inputs.salvage.amount(), numerator, denominator)?
    };
    let unrecovered = investment
        .checked_sub(amortization_returned)?
        .max(Money::ZERO);
    Ok(TerminationPayment {
        after_month: super::last_month(inputs),
        investment,
        amortization_returned,
        salvage_share,
        amount: unrecovered.checked_add(salvage_share)?,
        agreed_end: inputs.end.is_some(),
    })
}

impl TerminationPayment {
    /// The payment actually made: only where the agreement ends within the model.
    pub fn made(&self) -> Option<Money> {
        self.agreed_end.then_some(self.amount)
    }
}
