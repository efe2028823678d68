//! The explanation of the cl. 6(10) payment (`results.termination_payment`):
//! THIL's investment not yet returned plus its share of the salvage, apart from
//! the other results because it reads the ending (`TerminationPayment`) alone.

use super::Context;
use crate::explain::*;
use crate::venture::inputs::*;
use crate::Money;

impl Context<'_> {
    /// The cl. 6(10) payment: max(0, I − Σ A) plus THIL's share of the salvage.
    pub(super) fn ending_payment(&self, key: &str) -> Result<Explanation, ExplainError> {
        let r = &self.outcome.results;
        let amended = self.inputs.terms == Terms::Amended;

        let Some(payment) = r.termination_payment else {
            return Err(ExplainError::NoValue(
                key.to_string(),
                "no end given: the agreement runs past the months modelled".to_string(),
            ));
        };
        let ending = &self.ending;
        let investment = money(
            "I",
            ending.investment,
            derived(if amended {
                "THIL's investment: T plus the loan repaid"
            } else {
                "THIL's investment: T"
            }),
        );
        let returned = money(
            "Σ A",
            ending.amortization_returned,
            derived("amortization already returned to THIL, every month"),
        );
        let (_, den) = self.split.effective_share;
        let salvage = money("salvage", self.inputs.salvage, input(VentureInput::Salvage));
        let share = if self.split.cap_binds {
            fraction(
                salvage,
                money(
                    "cap",
                    Money::from_whole(ORIGINAL_CAP),
                    TermSource::Constant("original cl. 3(3)"),
                ),
                money("C", r.total_cost, figure("results.total_cost")),
            )
        } else if den.is_zero() {
            number(0)
        } else {
            round(mul(self.share_term(), salvage))
        };
        let mut e = explanation(
            key,
            "the cl. 6(10) payment to THIL",
            "payment",
            add(Expr::Max(vec![number(0), sub(investment, returned)]), share),
            payment,
            "cl. 6(10)",
        );
        e.notes.push("An outstanding loan is neither investment nor debt once the agreement ends (the model book's reading of cl. 6(10)).".to_string());
        Ok(e)
    }
}
