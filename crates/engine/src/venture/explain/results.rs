//! Explanations of the Venture's results (`results.KEY`): the totals, the loan,
//! THIL's cash and its measures, the cl. 6(10) payment, and the figures found by
//! a search (the recoup, payback and break-even months) with the comparisons that
//! find them.

use super::{row_key, Context};
use crate::explain::*;
use crate::venture::inputs::*;
use crate::venture::measures;
use crate::Money;
use rust_decimal::Decimal;

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
                                TermSource::Input("contrib"),
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
            "termination_payment" => {
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
                let salvage = money("salvage", self.inputs.salvage, TermSource::Input("salvage"));
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
                e
            }
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

impl Context<'_> {
    /// round(Σ_t cash_t × v^t), v = 1 / (1 + disc / 1200): the discounted terms
    /// unrounded, the sum rounded once ([`measures::npv`]).
    fn npv(&self, key: &str) -> Explanation {
        let monthly = Decimal::ONE + self.inputs.discount_pct / Decimal::from(1200);
        let v = Decimal::ONE.checked_div(monthly).unwrap_or(Decimal::ZERO);
        let v_term = value(
            "v",
            v,
            Shown::Number,
            derived("the monthly discount factor 1 / (1 + the discount rate / 1200)"),
        );
        let terms = self
            .outcome
            .cash
            .iter()
            .map(|row| {
                let cash = money(
                    &format!("cash({})", row.t),
                    row.thil,
                    figure(format!("cash[{}].thil", row.t)),
                );
                mul(
                    cash,
                    Expr::Grow(Box::new(number(1)), Box::new(v_term.clone()), row.t),
                )
            })
            .collect();
        let mut e = explanation(
            key,
            "THIL's net present value",
            "NPV",
            round(Expr::Sum(terms)),
            self.outcome.results.thil_npv,
            "assumption (the discount rate)",
        );
        e.notes.push(format!(
            "The discount rate is {} % a year, discounted monthly.",
            show(self.inputs.discount_pct, Shown::Number)
        ));
        e
    }

    fn recoup(&self, key: &str) -> Result<Explanation, ExplainError> {
        let Some(recoup) = self.outcome.results.recoup else {
            return Err(ExplainError::NoValue(
                key.to_string(),
                "the loan is not recouped within the months modelled, or there is no loan"
                    .to_string(),
            ));
        };
        let index = recoup.month as usize - 1;
        let retained = self
            .split
            .months
            .get(index)
            .map_or(Money::ZERO, |s| s.retained);
        let notes = vec![
            format!("rows[{index}].retained = {retained:#} is the last retention; every later month retains 0.00."),
            format!(
                "The loan balance at the last month modelled is {:#}; the cash settles in {}.",
                self.outcome.results.loan_outstanding, recoup.settles
            ),
        ];
        let mut e = searched(
            key,
            "the month the loan is recouped",
            "recoup month",
            u64::from(recoup.month),
            "the last statement month in which Fusion retained anything",
            "amended cl. 2(2)(1)(b)",
        );
        e.notes = notes;
        e.reading = Some(self.reading());
        Ok(e)
    }

    /// The IRR: the monthly rate m at which THIL's cash months, discounted, sum
    /// to zero (found by bisection, in floating point as the model book allows), as a rate a
    /// year, (1 + m)^12 − 1.
    fn irr(&self, key: &str) -> Result<Explanation, ExplainError> {
        let Some(annual) = self.outcome.results.thil_irr else {
            return Err(ExplainError::NoValue(
                key.to_string(),
                "THIL's cash never changes sign, so no rate discounts it to zero".to_string(),
            ));
        };
        let (annual, monthly) = measures::irr_parts(annual).ok_or(ExplainError::NotComputed)?;
        let last = self.outcome.cash.len().saturating_sub(1);
        let m = value(
            "m",
            monthly,
            Shown::Percent,
            derived(format!(
                "the monthly rate at which Σ cash(t) / (1 + m)^t over t = 0 … {last} (THIL's cash months) is zero: bisection over −99 % to 1,000 % a month until the bracket is below the floating-point resolution (about 10^-15)"
            )),
        );
        let expr = sub(
            Expr::Grow(Box::new(number(1)), Box::new(add(number(1), m)), 12),
            number(1),
        );
        let mut e = explanation(
            key,
            "THIL's internal rate of return, a year",
            "IRR",
            expr,
            Money::ZERO,
            "assumption (a measure of THIL's cash)",
        );
        e.value = annual;
        e.shown = Shown::Percent;
        e.notes = vec![format!(
            "The cash months are those of THIL's NPV, cash(0) … cash({last}); the rate a year compounds the monthly rate twelve times. The figure is shown to six decimals of the rate ({annual})."
        )];
        Ok(e)
    }

    fn payback(&self, key: &str) -> Result<Explanation, ExplainError> {
        let Some(month) = self.outcome.results.thil_payback_month else {
            return Err(ExplainError::NoValue(
                key.to_string(),
                "THIL paid nothing, or its cumulative cash ends below 0".to_string(),
            ));
        };
        let mut cumulative = Money::ZERO;
        let mut before = None;
        let mut at = Money::ZERO;
        for row in &self.outcome.cash {
            cumulative = cumulative
                .checked_add(row.thil)
                .map_err(|_| ExplainError::NotComputed)?;
            if row.t + 1 == month {
                before = Some(cumulative);
            }
            if row.t == month {
                at = cumulative;
            }
        }
        let mut notes = vec![format!(
            "THIL's cumulative cash at t = {month} is {at:#} and stays ≥ 0 to the end."
        )];
        if let Some(before) = before.filter(|b| b.is_negative()) {
            notes.push(format!("At t = {} it is {before:#}.", month - 1));
        }
        let mut e = searched(
            key,
            "THIL's payback month",
            "payback month",
            u64::from(month),
            "the first cash month t ≥ 1 from which THIL's cumulative cash stays ≥ 0",
            "assumption (a measure of THIL's cash)",
        );
        e.notes = notes;
        Ok(e)
    }

    fn breakeven(&self, key: &str) -> Result<Explanation, ExplainError> {
        let Some(n) = self.outcome.results.breakeven_minutes else {
            return Err(ExplainError::NoValue(
                key.to_string(),
                "no whole number of minutes up to 1,000,000,000 makes month 1's Net Profit ≥ 0"
                    .to_string(),
            ));
        };
        let amortization = self
            .statement
            .amortization
            .get(1)
            .copied()
            .unwrap_or(Money::ZERO);
        let np = |minutes: u64| {
            crate::venture::statement::operating_lines(
                self.inputs,
                Decimal::from(minutes),
                amortization,
            )
            .map(|lines| lines.net_profit)
            .map_err(|_| ExplainError::NotComputed)
        };
        let mut notes = vec![format!(
            "Month 1's Net Profit, line by line, with {n} minutes: {:#} ≥ 0.",
            np(n)?
        )];
        if n > 0 {
            notes.push(format!("With {} minutes: {:#} < 0.", n - 1, np(n - 1)?));
        }
        let mut e = searched(
            key,
            "break-even minutes a month",
            "break-even minutes",
            n,
            "the least whole n ≥ 0 for which month 1's Net Profit with n minutes is ≥ 0",
            "assumption (a measure of the Venture)",
        );
        e.notes = notes;
        Ok(e)
    }
}

/// A month or a count found by a search: the value, with the comparisons that
/// show it is the one the rule asks for (the caller adds them as notes).
fn searched(
    key: &str,
    label: &str,
    symbol: &str,
    found: u64,
    what: &str,
    clause: &str,
) -> Explanation {
    let mut e = explanation(
        key,
        label,
        symbol,
        value("n", Decimal::from(found), Shown::Number, derived(what)),
        Money::ZERO,
        clause,
    );
    e.value = Decimal::from(found);
    e.shown = Shown::Number;
    e
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
