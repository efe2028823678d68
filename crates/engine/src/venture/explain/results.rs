//! Explanations of the Venture's results (`results.KEY`): the totals, the loan,
//! THIL's cash and the sums of the rows; the one door to every result, handing
//! the measures and the searches to `measures` and the cl. 6(10) payment to
//! `ending`.

use super::{row_key, Context};
use crate::explain::*;
use crate::venture::inputs::*;
use crate::venture::measures;
use crate::Money;

impl Context<'_> {
    pub(super) fn result(&self, key: &str, name: &str) -> Result<Explanation, ExplainError> {
        let r = &self.outcome.results;
        let last = self.split.months.len().checked_sub(1);
        let amended = self.inputs.terms == Terms::Amended;
        let sum_of = |column: &str, symbol: &str, pick: &dyn Fn(usize) -> Money| -> Expr {
            Expr::Sum(
                (0..self.split.months.len())
                    .map(|i| {
                        money(
                            &format!("{symbol}({})", i + 1),
                            pick(i),
                            figure(row_key(i, column)),
                        )
                    })
                    .collect(),
            )
        };
        let op = |i: usize| self.statement.months.get(i).map(|l| l.operating);
        Ok(match name {
            "total_cost" => explanation(
                key,
                "the project costs modelled",
                "C",
                Expr::Sum(self.cost_terms(|_| true)),
                r.total_cost,
                "cl. 2(2)(a),(b),(d); amounts: assumption",
            ),
            "thil_contribution" => {
                let (expr, clause) = if amended {
                    let pakistan =
                        self.cost_terms(|item| item.month == 0 && item.side == Side::Pakistan);
                    (
                        Expr::Min(vec![
                            money(
                                "contrib",
                                self.inputs.contribution,
                                input(VentureInput::Contribution),
                            ),
                            Expr::Sum(pakistan),
                        ]),
                        "amended cl. 2(2)(1)",
                    )
                } else if self.split.cap_binds {
                    (
                        money(
                            "cap",
                            Money::from_whole(ORIGINAL_CAP),
                            TermSource::Constant("original cl. 3(3)"),
                        ),
                        "original cl. 3(3)",
                    )
                } else {
                    (
                        round(mul(
                            self.share_term(),
                            money("C", r.total_cost, figure("results.total_cost")),
                        )),
                        "original cl. 2(2), 3(3)",
                    )
                };
                explanation(
                    key,
                    "THIL's payments for the costs",
                    "T",
                    expr,
                    r.thil_contribution,
                    clause,
                )
            }
            "thil_percentage_share" => {
                let expr = match (amended, last) {
                    (true, Some(i)) if !self.split.months[i].costs_to_date.is_zero() => div(
                        self.t(),
                        self.fig(i, "costs_to_date", "C", self.split.months[i].costs_to_date),
                    ),
                    (true, _) => number(0),
                    (false, _) if self.split.cap_binds => div(
                        money(
                            "cap",
                            Money::from_whole(ORIGINAL_CAP),
                            TermSource::Constant("original cl. 3(3)"),
                        ),
                        money("C", r.total_cost, figure("results.total_cost")),
                    ),
                    (false, _) => self.share_term(),
                };
                let mut e = explanation(
                    key,
                    "THIL Percentage Share at the last month",
                    "p",
                    expr,
                    Money::ZERO,
                    if amended {
                        "amended cl. 2(2)(1)"
                    } else {
                        "original cl. 3(1)–(3)"
                    },
                );
                e.value = r.thil_percentage_share;
                e.shown = Shown::Number;
                e
            }
            "loan" => {
                let expr = match last {
                    Some(i) => self.fig(i, "loan", "L", self.split.months[i].loan),
                    None => number(0),
                };
                explanation(
                    key,
                    "the loan at the last month",
                    "L",
                    expr,
                    r.loan,
                    self.loan_clause(),
                )
            }
            "loan_outstanding" => {
                let expr = match last {
                    Some(i) => self.fig(
                        i,
                        "loan_balance",
                        "balance",
                        self.split.months[i].loan_balance,
                    ),
                    None => number(0),
                };
                explanation(
                    key,
                    "the loan still owed at the last month",
                    "outstanding",
                    expr,
                    r.loan_outstanding,
                    self.loan_clause(),
                )
            }
            "retention_rate" => {
                let rate = measures::retention_rate(self.inputs, &self.split);
                let expr = match (last, rate.is_zero()) {
                    (Some(i), false) => {
                        let s = &self.split.months[i];
                        let c = self.fig(i, "costs_to_date", "C", s.costs_to_date);
                        match self.inputs.reading {
                            Reading::Funded => div(
                                sub(
                                    self.fig(i, "thil_cost_share", "S", s.thil_cost_share),
                                    self.t(),
                                ),
                                c,
                            ),
                            Reading::Literal => div(self.t(), c),
                        }
                    }
                    _ => number(0),
                };
                let mut e = explanation(
                    key,
                    "the fraction of D Fusion retains while a loan is owed",
                    "retention rate",
                    expr,
                    Money::ZERO,
                    if amended {
                        "amended cl. 2(2)(1)(b)"
                    } else {
                        "original cl. 3(1)–(3): no loan"
                    },
                );
                e.value = r.retention_rate;
                e.shown = Shown::Number;
                if amended {
                    e.reading = Some(self.reading());
                    e.reading_input = Some(crate::explain::VentureInput::Reading.into());
                }
                e
            }
            "thil_total_received" => {
                let mut items = vec![
                    sum_total(
                        "Σ P",
                        self.split.months.iter().map(|s| s.thil_paid),
                        "Σ paid to THIL, every month",
                    )?,
                    sum_total(
                        "Σ A",
                        self.split.months.iter().map(|s| s.thil_amortization),
                        "Σ amortization to THIL, every month",
                    )?,
                ];
                if let Some(payment) = r.termination_payment {
                    items.push(money(
                        "cl. 6(10) payment",
                        payment,
                        figure("results.termination_payment"),
                    ));
                }
                explanation(
                    key,
                    "THIL's total received",
                    "received",
                    Expr::Sum(items),
                    r.thil_total_received,
                    "amended cl. 4(1); cl. 4(5)(b)(v), 6(10)",
                )
            }
            "thil_net" => explanation(
                key,
                "THIL's net: received less its payments for costs",
                "net",
                sub(
                    money(
                        "received",
                        r.thil_total_received,
                        figure("results.thil_total_received"),
                    ),
                    self.t(),
                ),
                r.thil_net,
                "assumption (a summary of THIL's cash)",
            ),
            "termination_payment" => self.ending_payment(key)?,
            "venture_revenue" => explanation(
                key,
                "the Venture's total revenue",
                "Σ revenue",
                sum_of("revenue", "revenue", &|i| {
                    op(i).map_or(Money::ZERO, |o| o.revenue)
                }),
                r.venture_revenue,
                "cl. 4(5)(a)",
            ),
            "venture_net_profit" => explanation(
                key,
                "the Venture's total Net Profit",
                "Σ NP",
                sum_of("net_profit", "NP", &|i| {
                    op(i).map_or(Money::ZERO, |o| o.net_profit)
                }),
                r.venture_net_profit,
                "cl. 4(5)(a),(b)",
            ),
            "fusion_fee_received" => explanation(
                key,
                "the Fusion fee received",
                "Σ Fusion fee",
                sum_of("fusion_fee", "fee", &|i| {
                    op(i).map_or(Money::ZERO, |o| o.fusion_fee)
                }),
                r.fusion_fee_received,
                "cl. 4(5)(b)(vi)",
            ),
            "fusion_net_cash" => {
                let items = self
                    .outcome
                    .cash
                    .iter()
                    .map(|row| {
                        money(
                            &format!("Fusion(t={})", row.t),
                            row.fusion,
                            figure(format!("cash[{}].fusion", row.t)),
                        )
                    })
                    .collect();
                explanation(
                    key,
                    "Fusion's net cash",
                    "Σ Fusion cash",
                    Expr::Sum(items),
                    r.fusion_net_cash,
                    "assumption (Fusion's cash, from the statement and the costs)",
                )
            }
            "thil_cash_at_recoup" => {
                let (Some(recoup), Some(total)) = (r.recoup, r.thil_cash_at_recoup) else {
                    return Err(ExplainError::NoValue(
                        key.to_string(),
                        "the loan is not recouped in the months modelled".to_string(),
                    ));
                };
                let items = self
                    .outcome
                    .cash
                    .iter()
                    .filter(|row| row.calendar_month <= recoup.settles)
                    .map(|row| {
                        money(
                            &format!("THIL(t={})", row.t),
                            row.thil,
                            figure(format!("cash[{}].thil", row.t)),
                        )
                    })
                    .collect();
                explanation(
                    key,
                    "THIL's cash through the month the loan's recoup settles",
                    "Σ THIL cash, t up to the recoup's settlement",
                    Expr::Sum(items),
                    total,
                    "assumption (THIL's cash, as THIL's NPV counts it)",
                )
            }
            "thil_npv" => self.npv(key),
            "recoup_month" => self.recoup(key)?,
            "thil_payback_month" => self.payback(key)?,
            "breakeven_minutes" => self.breakeven(key)?,
            "thil_irr" => self.irr(key)?,
            "recoup_calendar_month" | "recoup_settles" => {
                return Err(ExplainError::NotCovered(key.to_string()))
            }
            _ => return Err(ExplainError::UnknownFigure(key.to_string())),
        })
    }
}

/// A sum of many amounts as one derived term.
fn sum_total(
    symbol: &str,
    amounts: impl Iterator<Item = Money>,
    what: &str,
) -> Result<Expr, ExplainError> {
    let total = Money::sum(amounts).map_err(|_| ExplainError::NotComputed)?;
    Ok(money(symbol, total, derived(what)))
}
