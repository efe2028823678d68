//! Explanations of the split's lines of a row (`rows[N].thil_entitlement`,
//! `retained`, `thil_paid`, `thil_amortization`, `loan_balance`) and of the
//! intermediate values they walk back to (`costs_to_date`, `thil_cost_share`,
//! `loan`): amended or original terms, the loan and its retention, apart from the
//! statement's lines because they depend on the terms and the reading.

use super::{part_number, twelfth, Context};
use crate::explain::*;
use crate::venture::inputs::*;
use crate::venture::split::MonthSplit;
use crate::venture::statement::{modelled_costs, StatementMonth};
use crate::Money;
use rust_decimal::Decimal;

impl Context<'_> {
    /// The split's lines of row `index` (entitlement, retention, the loan, THIL's
    /// payments and amortization returned), and the row keys without an explanation.
    pub(super) fn split_row(
        &self,
        key: &str,
        index: usize,
        line: &StatementMonth,
        share: &MonthSplit,
        name: &str,
    ) -> Result<Explanation, ExplainError> {
        let inputs = self.inputs;
        let m = line.month;
        Ok(match name {
            "thil_entitlement" => self.entitlement(key, index, line, share),
            "retained" => self.retained(key, index, line, share)?,
            "thil_paid" => {
                let expr = sub(
                    self.fig(index, "thil_entitlement", "E", share.entitlement),
                    self.fig(index, "retained", "R", share.retained),
                );
                let clause = match inputs.terms {
                    Terms::Amended => "amended cl. 2(2)(1)(b),(c), 4(1)",
                    Terms::Original => "original cl. 3(1),(2)",
                };
                explanation(key, "paid to THIL", "P(m)", expr, share.thil_paid, clause)
            }
            "thil_amortization" => {
                let mut e = explanation(
                    key,
                    "amortization returned to THIL",
                    "A(m)",
                    self.thil_amortization(m)?,
                    share.thil_amortization,
                    "cl. 4(5)(b)(v)",
                );
                e.notes.push("Returning each party's funded fraction of each equipment item is the model book's reading of \"on terms to be mutually agreed\".".to_string());
                e
            }
            "loan_balance" => {
                let repaid: Money =
                    Money::sum(self.split.months.iter().take(index + 1).map(|s| s.retained))
                        .map_err(|_| ExplainError::NotComputed)?;
                let expr = match inputs.terms {
                    Terms::Amended => sub(
                        self.fig(index, "loan", "L", share.loan),
                        money(
                            "repaid",
                            repaid,
                            derived(format!(
                                "the loan repaid through month {m}: Σ rows[0 … {index}].retained"
                            )),
                        ),
                    ),
                    Terms::Original => number(0),
                };
                explanation(
                    key,
                    "the loan still owed after the month",
                    "balance(m)",
                    expr,
                    share.loan_balance,
                    self.loan_clause(),
                )
            }
            "costs_to_date" => {
                let items: Vec<Expr> = self.cost_terms(|item| item.month <= m);
                explanation(
                    key,
                    "project costs incurred in months 0 … m",
                    "C(m)",
                    Expr::Sum(items),
                    share.costs_to_date,
                    "cl. 2(2)(a),(b),(d); amounts: assumption",
                )
            }
            "thil_cost_share" => {
                let expr = match inputs.terms {
                    Terms::Amended => round(mul(
                        self.share_term(),
                        self.fig(index, "costs_to_date", "C", share.costs_to_date),
                    )),
                    Terms::Original => number(0),
                };
                explanation(
                    key,
                    "THIL's share of the costs",
                    "S(m)",
                    expr,
                    share.thil_cost_share,
                    "amended cl. 2(2)(1)",
                )
            }
            "loan" => {
                let expr = match inputs.terms {
                    Terms::Amended => Expr::Max(vec![
                        number(0),
                        sub(
                            self.fig(index, "thil_cost_share", "S", share.thil_cost_share),
                            self.t(),
                        ),
                    ]),
                    Terms::Original => number(0),
                };
                explanation(
                    key,
                    "the loan: THIL's share of the costs that Fusion funded",
                    "L(m)",
                    expr,
                    share.loan,
                    self.loan_clause(),
                )
            }
            "month" | "calendar_month" => return Err(ExplainError::NotCovered(key.to_string())),
            _ => return Err(ExplainError::UnknownFigure(key.to_string())),
        })
    }

    /// A(m): THIL's part of each equipment item's amortization in month m.
    fn thil_amortization(&self, m: u32) -> Result<Expr, ExplainError> {
        let mut parts = Vec::new();
        match self.inputs.terms {
            Terms::Amended => {
                for (j, item) in self
                    .modelled_indexed()
                    .filter(|(_, item)| item.kind == CostKind::Equipment)
                {
                    let Some(nth) = part_number(item.month, m) else {
                        continue;
                    };
                    let c_k = self
                        .split
                        .months
                        .get(item.month.saturating_sub(1) as usize)
                        .map(|s| s.costs_to_date);
                    let c_k = if item.month == 0 {
                        self.costs_at_zero()?
                    } else {
                        c_k.unwrap_or(Money::ZERO)
                    };
                    if c_k.is_zero() {
                        continue;
                    }
                    let c_term = money(
                        &format!("C({})", item.month),
                        c_k,
                        derived(format!("project costs through month {}", item.month)),
                    );
                    let amount = money(
                        &format!("cost[{j}]"),
                        item.amount,
                        input(VentureInput::Costs),
                    );
                    let part = round(div(amount.clone(), number(12)));
                    parts.push(if nth < 12 {
                        fraction(part, self.t(), c_term)
                    } else {
                        sub(
                            fraction(amount, self.t(), c_term.clone()),
                            mul(number(11), fraction(part, self.t(), c_term)),
                        )
                    });
                }
            }
            Terms::Original => {
                for ((j, item), payment) in
                    self.modelled_indexed().zip(self.split.thil_payments.iter())
                {
                    if item.kind != CostKind::Equipment {
                        continue;
                    }
                    if let Some(nth) = part_number(item.month, m) {
                        let paid = money(
                            &format!("THIL paid for cost[{j}]"),
                            payment.amount,
                            derived(format!(
                                "THIL's payment for cost[{j}] (original cl. 2(2), 3(3))"
                            )),
                        );
                        parts.push(twelfth(paid, nth));
                    }
                }
            }
        }
        Ok(Expr::Sum(parts))
    }

    /// C(0): the costs of month 0 (the split keeps C(m) only for m ≥ 1).
    fn costs_at_zero(&self) -> Result<Money, ExplainError> {
        Money::sum(
            modelled_costs(self.inputs)
                .filter(|item| item.month == 0)
                .map(|item| item.amount),
        )
        .map_err(|_| ExplainError::NotComputed)
    }

    fn entitlement(
        &self,
        key: &str,
        index: usize,
        line: &StatementMonth,
        share: &MonthSplit,
    ) -> Explanation {
        let d = self.fig(index, "distributable", "D", line.distributable);
        let (expr, clause) = match self.inputs.terms {
            Terms::Amended => (round(mul(self.share_term(), d)), "amended cl. 3(2), 4(1)"),
            Terms::Original if self.split.cap_binds => (
                fraction(
                    d,
                    money(
                        "cap",
                        Money::from_whole(ORIGINAL_CAP),
                        TermSource::Constant("original cl. 3(3)"),
                    ),
                    money("C", self.split.total_cost, figure("results.total_cost")),
                ),
                "original cl. 3(1),(2),(3)",
            ),
            Terms::Original => (round(mul(d, self.share_term())), "original cl. 3(1),(2)"),
        };
        explanation(
            key,
            "THIL's entitlement",
            "E(m)",
            expr,
            share.entitlement,
            clause,
        )
    }

    fn retained(
        &self,
        key: &str,
        index: usize,
        line: &StatementMonth,
        share: &MonthSplit,
    ) -> Result<Explanation, ExplainError> {
        let label = "retained by Fusion to repay the loan";
        if self.inputs.terms == Terms::Original {
            return Ok(explanation(
                key,
                label,
                "retained",
                number(0),
                share.retained,
                "original cl. 3(1)–(3): no loan",
            ));
        }
        let clause = "amended cl. 2(2)(1)(b)";
        let with_reading = |mut e: Explanation| {
            e.reading = Some(self.reading());
            e.reading_input = Some(crate::explain::VentureInput::Reading.into());
            e
        };
        if share.costs_to_date.is_zero() {
            let mut e = with_reading(explanation(
                key,
                label,
                "retained",
                number(0),
                share.retained,
                clause,
            ));
            e.notes.push("C(m) = 0: nothing is retained.".to_string());
            return Ok(e);
        }
        let t = self.split.thil_payments_total;
        let s_term = self.fig(index, "thil_cost_share", "S", share.thil_cost_share);
        let numerator = match self.inputs.reading {
            Reading::Funded if share.thil_cost_share > t => sub(s_term, self.t()),
            Reading::Funded => Expr::Max(vec![number(0), sub(s_term, self.t())]),
            Reading::Literal => self.t(),
        };
        let d = self.fig(index, "distributable", "D", line.distributable);
        let c = self.fig(index, "costs_to_date", "C", share.costs_to_date);
        let rule = fraction(d, numerator, c);
        let rule_value = rule.evaluate().unwrap_or(Decimal::ZERO);
        let repaid_before = Money::sum(self.split.months.iter().take(index).map(|s| s.retained))
            .map_err(|_| ExplainError::NotComputed)?;
        let owed_expr = Expr::Max(vec![
            number(0),
            sub(
                self.fig(index, "loan", "L", share.loan),
                money(
                    "repaid",
                    repaid_before,
                    derived(format!(
                        "the loan repaid before month {}: Σ retained of the earlier rows",
                        line.month
                    )),
                ),
            ),
        ]);
        let owed = owed_expr.evaluate().unwrap_or(Decimal::ZERO);
        let entitlement = share.entitlement.amount();
        let shown = |x: Decimal| show(x, Shown::Money);
        let (expr, note) = if rule_value == share.retained.amount() {
            (
                rule,
                format!(
                    "Not above the loan still owed, L − repaid = {}, nor THIL's entitlement E = {}.",
                    shown(owed),
                    shown(entitlement)
                ),
            )
        } else if owed == share.retained.amount() {
            (
                owed_expr,
                format!(
                    "The loan still owed binds: the rule's {} is more.",
                    shown(rule_value)
                ),
            )
        } else {
            (
                self.fig(index, "thil_entitlement", "E", share.entitlement),
                format!(
                    "THIL's entitlement binds: the rule's {} and the loan still owed {} are more.",
                    shown(rule_value),
                    shown(owed)
                ),
            )
        };
        let mut e = with_reading(explanation(
            key,
            label,
            "retained",
            expr,
            share.retained,
            clause,
        ));
        e.notes.push(note);
        Ok(e)
    }
}
