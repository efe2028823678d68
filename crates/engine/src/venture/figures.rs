//! The key figures: the few results that the many-scenario views read (the
//! heatmap's cells, each draw of the risk view), without what only a single
//! scenario on show needs.
//!
//! [`key_figures`] runs the same steps as [`super::compute`] — the statement, the
//! split, the cl. 6(10) payment, the cash by month — and stops there: no monthly
//! rows, no cash rows with their calendar months, no notices, no IRR (the
//! bisection is most of a 24-month computation), no break-even search. The
//! values are those `compute` gives (a property test holds them equal).

use super::cash::cash_columns;
use super::ending::termination_payment;
use super::inputs::VentureInputs;
use super::measures::{npv, recoup};
use super::split::split;
use super::statement::monthly_statement;
use super::VentureError;
use crate::Money;

/// The results a many-scenario view reads, as [`super::VentureResults`] gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyFigures {
    /// L at the last month modelled (`VentureResults::loan`).
    pub loan: Money,
    /// The loan not repaid at the last month modelled (`loan_outstanding`).
    pub loan_outstanding: Money,
    /// The statement month of the last retention, where the loan is repaid
    /// (`VentureResults::recoup`'s month); `None` without a loan or unrepaid.
    pub recoup_month: Option<u32>,
    pub thil_npv: Money,
    pub fusion_net_cash: Money,
}

impl KeyFigures {
    /// Whether any loan was drawn in the months modelled.
    pub fn has_loan(&self) -> bool {
        !self.loan.is_zero()
    }
}

/// The key figures of one scenario: the same values as [`super::compute`]'s results.
pub fn key_figures(inputs: &VentureInputs) -> Result<KeyFigures, VentureError> {
    let statement = monthly_statement(inputs)?;
    let split = split(inputs, &statement)?;
    let ending = termination_payment(inputs, &split)?;
    let cash = cash_columns(inputs, &statement, &split, &ending)?;
    let last = split.months.last();
    Ok(KeyFigures {
        loan: last.map_or(Money::ZERO, |m| m.loan),
        loan_outstanding: last.map_or(Money::ZERO, |m| m.loan_balance),
        recoup_month: recoup(inputs, &split).map(|r| r.month),
        thil_npv: npv(&cash.thil, inputs.discount_pct)?,
        fusion_net_cash: Money::sum(cash.fusion.iter().copied())?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::venture::compute;

    #[test]
    fn the_defaults_give_the_model_books_figures() {
        let inputs = VentureInputs::defaults();
        let figures = key_figures(&inputs).unwrap();
        let results = compute(&inputs).unwrap().results;
        assert_eq!(figures.recoup_month, Some(6));
        assert_eq!(figures.thil_npv.amount().to_string(), "397377.48");
        assert_eq!(figures.loan, results.loan);
        assert_eq!(figures.fusion_net_cash, results.fusion_net_cash);
        assert!(figures.has_loan());
    }
}
