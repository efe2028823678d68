//! Explanations of the cash table (`cash[N].thil`, `cash[N].fusion`,
//! `cash[N].venture`): what lands in cash month t, line by line, as
//! `cash::cash_table` adds it — project costs and THIL's payments for them in
//! their month, each statement month's cash `lag` months later, and the
//! cl. 6(10) payment with month `end`'s cash.

use super::Context;
use crate::explain::*;
use crate::venture::inputs::*;

/// Whose cash.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Party {
    Thil,
    Fusion,
    Venture,
}

impl Context<'_> {
    pub(super) fn cash(
        &self,
        key: &str,
        index: usize,
        name: &str,
    ) -> Result<Explanation, ExplainError> {
        let party = match name {
            "thil" => Party::Thil,
            "fusion" => Party::Fusion,
            "venture" => Party::Venture,
            "t" | "calendar_month" => return Err(ExplainError::NotCovered(key.to_string())),
            _ => return Err(ExplainError::UnknownFigure(key.to_string())),
        };
        let row = self.outcome.cash.get(index).ok_or_else(|| {
            ExplainError::UnknownFigure(format!(
                "cash[{index}] (the cash months are cash[0] … cash[{}])",
                self.outcome.cash.len().saturating_sub(1)
            ))
        })?;
        let t = row.t;
        let mut received: Vec<Expr> = Vec::new();
        let mut paid: Vec<Expr> = Vec::new();

        // Project costs land in their month (the Venture's and Fusion's), and
        // THIL's payments for them move cash from THIL to Fusion.
        if party != Party::Thil {
            paid.extend(self.cost_terms(|item| item.month == t));
        }
        if party != Party::Venture {
            for (number, payment) in self
                .split
                .thil_payments
                .iter()
                .enumerate()
                .filter(|(_, p)| p.month == t)
            {
                let term = match self.inputs.terms {
                    Terms::Amended => {
                        money("T", payment.amount, figure("results.thil_contribution"))
                    }
                    Terms::Original => money(
                        &format!("THIL payment {}", number + 1),
                        payment.amount,
                        derived(format!(
                            "THIL's payment for a cost item of month {t} (original cl. 2(2), 3(3))"
                        )),
                    ),
                };
                if party == Party::Thil {
                    paid.push(term)
                } else {
                    received.push(term)
                }
            }
        }

        // The statement month that settles in t.
        let month = t.checked_sub(self.inputs.lag).filter(|m| *m >= 1);
        if let Some((m, (line, share))) = month.and_then(|m| {
            self.statement
                .months
                .get(m as usize - 1)
                .zip(self.split.months.get(m as usize - 1))
                .map(|x| (m, x))
        }) {
            let i = m as usize - 1;
            let to_thil = [
                self.fig(i, "thil_paid", "P", share.thil_paid),
                self.fig(i, "thil_amortization", "A", share.thil_amortization),
            ];
            let lines = &line.operating;
            if party == Party::Thil {
                received.extend(to_thil);
            } else {
                // Revenue less what is paid to others (the Fusion fee stays with Fusion).
                received.push(self.fig(i, "revenue", "revenue", lines.revenue));
                paid.extend([
                    self.fig(i, "termination", "termination", lines.termination),
                    self.fig(
                        i,
                        "subcontractor_fee",
                        "sub-contractor fee",
                        lines.subcontractor_fee,
                    ),
                    self.fig(i, "fiber", "fiber", lines.fiber),
                    self.fig(i, "loops", "loops", lines.loops),
                    self.fig(i, "budget", "budget", lines.budget),
                ]);
                if party == Party::Fusion {
                    paid.extend(to_thil);
                }
            }
        }

        // The cl. 6(10) payment, with the last month's cash.
        if let Some(payment) = self
            .ending
            .made()
            .filter(|_| t == crate::venture::last_month(self.inputs) + self.inputs.lag)
        {
            let term = money(
                "cl. 6(10) payment",
                payment,
                figure("results.termination_payment"),
            );
            match party {
                Party::Thil => received.push(term),
                Party::Fusion => paid.push(term),
                Party::Venture => {}
            }
        }

        let expr = if paid.is_empty() {
            Expr::Sum(received)
        } else {
            sub(Expr::Sum(received), Expr::Sum(paid))
        };
        let amount = match party {
            Party::Thil => row.thil,
            Party::Fusion => row.fusion,
            Party::Venture => row.venture,
        };
        let (label, clause) = match party {
            Party::Thil => (
                "THIL's cash in the month",
                "cl. 4(2) (settled within 30 days); amended cl. 2(2)(1), 4(1)",
            ),
            Party::Fusion => (
                "Fusion's cash in the month",
                "cl. 4(2), 4(5)(b)(vi); the Fusion fee stays with Fusion",
            ),
            Party::Venture => ("the Venture's cash in the month", "cl. 4(2), 4(5)"),
        };
        let mut e = explanation(key, label, &format!("cash(t = {t})"), expr, amount, clause);
        e.notes.push(format!(
            "Cash month t = {t} ({}); statement month m settles in t = m + lag (lag = {}).",
            row.calendar_month, self.inputs.lag
        ));
        Ok(e)
    }
}
