//! Explanations of the Venture's figures: each line of the monthly statement
//! (`rows[N].KEY`), the results (`results.KEY`), the cash months (`cash[N].KEY`),
//! and the intermediate values they
//! walk back to (`rows[N].costs_to_date`, `rows[N].thil_cost_share`, `rows[N].loan`).
//!
//! Built on demand from the engine's own intermediate values ([`Statement`],
//! [`Split`], [`TerminationPayment`]), recomputed here by the same functions that
//! `compute` calls, so `compute` does no extra work.
//!
//! This module holds the entry point, the context the explanations read and the
//! helpers they share; each kind of figure has its module: `statement_lines`
//! (lines 1–9), `split_lines` (the split and the loan), `results` (sums and the loan),
//! `measures` (NPV, IRR, the months found by a search), `ending` (cl. 6(10)),
//! `cash`.

mod cash;
mod ending;
mod measures;
mod results;
mod split_lines;
mod statement_lines;

use super::ending::{termination_payment, TerminationPayment};
use super::inputs::*;
use super::split::{split, MonthSplit, Split};
use super::statement::{monthly_statement, Statement, StatementMonth};
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

    fn loan_clause(&self) -> &'static str {
        match self.inputs.terms {
            Terms::Amended => "amended cl. 2(2)(1)",
            Terms::Original => "original cl. 3(1)–(3): no loan",
        }
    }

    fn share_term(&self) -> Expr {
        percent("s", self.inputs.share_pct, input(VentureInput::Share))
    }

    /// The modelled cost items that pass `keep`, each a term `cost[j]`.
    fn cost_terms(&self, keep: impl Fn(&CostItem) -> bool) -> Vec<Expr> {
        self.modelled_indexed()
            .filter(|(_, item)| keep(item))
            .map(|(j, item)| {
                money(
                    &format!("cost[{j}]"),
                    item.amount,
                    input(VentureInput::Costs),
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
