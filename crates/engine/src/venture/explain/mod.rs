//! Explanations of the Venture's figures: each line of the monthly statement
//! (`rows[N].KEY`), the results (`results.KEY`), the cash months (`cash[N].KEY`),
//! and the intermediate values they
//! walk back to (`rows[N].costs_to_date`, `rows[N].thil_cost_share`, `rows[N].loan`).
//!
//! Built on demand from the engine's own intermediate values ([`Statement`],
//! [`Split`], [`TerminationPayment`]), recomputed here by the same functions that
//! `compute` calls, so `compute` does no extra work.

mod cash;
mod results;

use super::ending::{termination_payment, TerminationPayment};
use super::inputs::*;
use super::split::{split, MonthSplit, Split};
use super::statement::{modelled_costs, monthly_statement, Statement, StatementMonth};
use super::VentureOutcome;
use crate::explain::*;
use crate::Money;
use rust_decimal::Decimal;

/// The row keys that have explanations, besides the output's.
pub const EXTRA_ROW_KEYS: &[&str] = &["costs_to_date", "thil_cost_share", "loan"];

/// The intermediate values an explanation reads.
struct Context<'a> {
    inputs: &'a VentureInputs,
    outcome: &'a VentureOutcome,
    statement: Statement,
    split: Split,
    ending: TerminationPayment,
}

/// The explanation of the figure `key` (`rows[0].retained`, `results.loan`).
pub fn explain(
    inputs: &VentureInputs,
    outcome: &VentureOutcome,
    key: &str,
) -> Result<Explanation, ExplainError> {
    let statement = monthly_statement(inputs).map_err(|_| ExplainError::NotComputed)?;
    let split = split(inputs, &statement).map_err(|_| ExplainError::NotComputed)?;
    let ending = termination_payment(inputs, &split).map_err(|_| ExplainError::NotComputed)?;
    let context = Context {
        inputs,
        outcome,
        statement,
        split,
        ending,
    };
    match parse_key(key) {
        Some(Key::Row(index, name)) => context.row(key, index, name),
        Some(Key::Result(name)) => context.result(key, name),
        Some(Key::Table("cash", index, name)) => context.cash(key, index, name),
        Some(Key::Table(..)) | None => Err(ExplainError::UnknownFigure(key.to_string())),
    }
}

fn row_key(index: usize, name: &str) -> String {
    format!("rows[{index}].{name}")
}

impl Context<'_> {
    fn line(&self, index: usize) -> Result<(&StatementMonth, &MonthSplit), ExplainError> {
        match (
            self.statement.months.get(index),
            self.split.months.get(index),
        ) {
            (Some(line), Some(share)) => Ok((line, share)),
            _ => Err(ExplainError::UnknownFigure(format!(
                "rows[{index}] (the rows are rows[0] … rows[{}])",
                self.statement.months.len().saturating_sub(1)
            ))),
        }
    }

    fn fig(&self, index: usize, name: &str, symbol: &str, amount: Money) -> Expr {
        money(symbol, amount, figure(row_key(index, name)))
    }

    fn minutes_term(&self, index: usize, minutes: Decimal) -> Expr {
        value(
            "minutes",
            minutes,
            Shown::Number,
            figure(row_key(index, "minutes")),
        )
    }

    fn reading(&self) -> String {
        match self.inputs.reading {
            Reading::Funded => "funded reading".to_string(),
            Reading::Literal => "literal reading".to_string(),
        }
    }

    fn losses(&self) -> String {
        match self.inputs.losses {
            LossTreatment::Protect => "losses=protect".to_string(),
            LossTreatment::Carry => "losses=carry".to_string(),
            LossTreatment::Monthly => "losses=monthly".to_string(),
        }
    }

    fn t(&self) -> Expr {
        money(
            "T",
            self.split.thil_payments_total,
            figure("results.thil_contribution"),
        )
    }

    fn row(&self, key: &str, index: usize, name: &str) -> Result<Explanation, ExplainError> {
        let (line, share) = self.line(index)?;
        let lines = &line.operating;
        let inputs = self.inputs;
        let m = line.month;
        let minutes = || self.minutes_term(index, lines.minutes);
        // The rate's symbol is its name in words; its source names the input.
        let per_minute = |rate: Decimal, symbol: &str, param: &'static str| {
            round(mul(
                minutes(),
                value(symbol, rate, Shown::Number, TermSource::Input(param)),
            ))
        };
        let fixed_fee = |amount: i64, clause: &'static str| {
            money(
                "fixed fee",
                Money::from_whole(amount),
                TermSource::Constant(clause),
            )
        };
        Ok(match name {
            "minutes" => {
                let factor = add(
                    number(1),
                    percent("growth", inputs.growth_pct, TermSource::Input("growth")),
                );
                let grown = Expr::Grow(
                    Box::new(value(
                        "min",
                        inputs.minutes,
                        Shown::Number,
                        TermSource::Input("min"),
                    )),
                    Box::new(factor),
                    m - 1,
                );
                let mut e = explanation(
                    key,
                    "minutes in the month",
                    "minutes(m)",
                    Expr::RoundWhole(Box::new(grown)),
                    Money::ZERO,
                    "cl. 2(1)(b), 2(1)(j²)",
                );
                e.value = lines.minutes;
                e.shown = Shown::Number;
                e
            }
            "revenue" => {
                let billed = sub(
                    number(1),
                    percent("credits", inputs.credits_pct, TermSource::Input("credits")),
                );
                let expr = round(mul(
                    mul(
                        minutes(),
                        value(
                            "sell",
                            inputs.sell,
                            Shown::Number,
                            TermSource::Input("sell"),
                        ),
                    ),
                    billed,
                ));
                explanation(
                    key,
                    "revenue (line 2)",
                    "revenue(m)",
                    expr,
                    lines.revenue,
                    "cl. 4(5)(a); sell rate: assumption",
                )
            }
            "termination" => explanation(
                key,
                "termination paid to PTCL (line 3)",
                "termination(m)",
                per_minute(inputs.termination_rate, "termination rate", "term"),
                lines.termination,
                "cl. 4(5)(b)(iii)",
            ),
            "fusion_fee" => {
                let expr = match inputs.basis {
                    FeeBasis::PerMinute => {
                        per_minute(inputs.fusion_fee_rate, "Fusion fee rate", "ffee")
                    }
                    FeeBasis::Fixed => fixed_fee(FIXED_FUSION_FEE, "cl. 4(5)(b)(vi)"),
                };
                explanation(
                    key,
                    "Fusion fee (line 4)",
                    "Fusion fee(m)",
                    expr,
                    lines.fusion_fee,
                    "cl. 4(5)(b)(vi)",
                )
            }
            "subcontractor_fee" => {
                let expr = match inputs.basis {
                    FeeBasis::PerMinute => per_minute(
                        inputs.subcontractor_fee_rate,
                        "sub-contractor fee rate",
                        "sfee",
                    ),
                    FeeBasis::Fixed => fixed_fee(FIXED_SUBCONTRACTOR_FEE, "cl. 4(5)(b)(vii)"),
                };
                explanation(
                    key,
                    "sub-contractor fee (line 5)",
                    "sub-contractor fee(m)",
                    expr,
                    lines.subcontractor_fee,
                    "cl. 4(5)(b)(vii)",
                )
            }
            "fiber" => explanation(
                key,
                "undersea fiber (line 6)",
                "fiber(m)",
                money("fiber", inputs.fiber, TermSource::Input("fiber")),
                lines.fiber,
                "cl. 4(5)(b)(i); amount: assumption",
            ),
            "loops" => explanation(
                key,
                "local loops (line 6)",
                "loops(m)",
                money("loops", inputs.loops, TermSource::Input("loops")),
                lines.loops,
                "cl. 4(5)(b)(ii); amount: assumption",
            ),
            "budget" => explanation(
                key,
                "Committee budget (line 6)",
                "budget(m)",
                money("budget", inputs.budget, TermSource::Input("budget")),
                lines.budget,
                "cl. 4(5)(b)(iv); amount: assumption",
            ),
            "amortization" => {
                let mut e = explanation(
                    key,
                    "equipment amortization (line 7)",
                    "amortization(m)",
                    self.amortization(m)?,
                    lines.amortization,
                    "cl. 4(5)(b)(v)",
                );
                e.notes.push("Each equipment item incurred in month k is amortized in 12 parts, months k+1 … k+12: round(item / 12), the 12th the residue.".to_string());
                e
            }
            "net_profit" => {
                let expenses = Expr::Sum(vec![
                    self.fig(index, "termination", "termination", lines.termination),
                    self.fig(index, "fusion_fee", "Fusion fee", lines.fusion_fee),
                    self.fig(
                        index,
                        "subcontractor_fee",
                        "sub-contractor fee",
                        lines.subcontractor_fee,
                    ),
                    self.fig(index, "fiber", "fiber", lines.fiber),
                    self.fig(index, "loops", "loops", lines.loops),
                    self.fig(index, "budget", "budget", lines.budget),
                    self.fig(index, "amortization", "amortization", lines.amortization),
                ]);
                let expr = sub(
                    self.fig(index, "revenue", "revenue", lines.revenue),
                    expenses,
                );
                explanation(
                    key,
                    "Net Profit (line 8)",
                    "NP(m)",
                    expr,
                    lines.net_profit,
                    "cl. 4(5)(a),(b)",
                )
            }
            "distributable" => self.distributable(key, index, line)?,
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

    fn loan_clause(&self) -> &'static str {
        match self.inputs.terms {
            Terms::Amended => "amended cl. 2(2)(1)",
            Terms::Original => "original cl. 3(1)–(3): no loan",
        }
    }

    fn share_term(&self) -> Expr {
        percent("s", self.inputs.share_pct, TermSource::Input("share"))
    }

    /// The modelled cost items that pass `keep`, each a term `cost[j]`.
    fn cost_terms(&self, keep: impl Fn(&CostItem) -> bool) -> Vec<Expr> {
        self.modelled_indexed()
            .filter(|(_, item)| keep(item))
            .map(|(j, item)| {
                money(
                    &format!("cost[{j}]"),
                    item.amount,
                    TermSource::Input("cost"),
                )
            })
            .collect()
    }

    /// The modelled cost items with their index in the inputs' list.
    fn modelled_indexed(&self) -> impl Iterator<Item = (usize, &CostItem)> {
        let last = super::last_month(self.inputs);
        self.inputs
            .costs
            .iter()
            .enumerate()
            .filter(move |(_, item)| item.month <= last)
    }

    /// Line 7: for each equipment item whose 12 months include m, its part.
    fn amortization(&self, m: u32) -> Result<Expr, ExplainError> {
        let mut parts = Vec::new();
        for (j, item) in self
            .modelled_indexed()
            .filter(|(_, item)| item.kind == CostKind::Equipment)
        {
            if let Some(nth) = part_number(item.month, m) {
                let amount = money(
                    &format!("cost[{j}]"),
                    item.amount,
                    TermSource::Input("cost"),
                );
                parts.push(twelfth(amount, nth));
            }
        }
        Ok(Expr::Sum(parts))
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
                        TermSource::Input("cost"),
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

    fn distributable(
        &self,
        key: &str,
        index: usize,
        line: &StatementMonth,
    ) -> Result<Explanation, ExplainError> {
        let np = self.fig(index, "net_profit", "NP", line.operating.net_profit);
        let carried_before = index
            .checked_sub(1)
            .and_then(|i| self.statement.months.get(i))
            .map_or(Money::ZERO, |prev| prev.carried_loss);
        let monthly = self.inputs.losses == LossTreatment::Monthly;
        let expr = if monthly || line.operating.net_profit.is_negative() {
            Expr::Max(vec![number(0), np])
        } else {
            Expr::Max(vec![
                number(0),
                sub(
                    np,
                    money(
                        "U",
                        carried_before,
                        derived("the loss carried forward from earlier months"),
                    ),
                ),
            ])
        };
        let mut e = explanation(
            key,
            "distributable profit (line 9)",
            "D(m)",
            expr,
            line.distributable,
            "cl. 2(1)(j²)",
        );
        e.reading = Some(self.losses());
        if !monthly {
            e.notes.push(format!(
                "The loss carried forward after this month: U = {:#}.",
                line.carried_loss
            ));
            if line.operating.net_profit.is_negative()
                && line.below_commitment
                && self.inputs.losses == LossTreatment::Protect
            {
                e.notes.push("Below Fusion's commitment: U grows only by the loss the month would have had at 3,000,000 minutes (cl. 2(1)(j²)).".to_string());
            }
        }
        Ok(e)
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

/// Which of its 12 parts an item incurred in month k contributes in month m (1–12).
fn part_number(k: u32, m: u32) -> Option<u32> {
    let nth = m.checked_sub(k)?;
    (1..=12).contains(&nth).then_some(nth)
}

/// The nth of 12 parts of `amount`: round(amount / 12), the 12th the residue.
fn twelfth(amount: Expr, nth: u32) -> Expr {
    let part = round(div(amount.clone(), number(12)));
    if nth < 12 {
        part
    } else {
        sub(amount, mul(number(11), part))
    }
}
