//! Explanations of lines 1–9 of the monthly statement (`rows[N].minutes`,
//! `revenue`, the expenses, `amortization`, `net_profit`, `distributable`): the
//! operating lines and the loss treatments, before any split between the parties,
//! apart from the split's lines because they read only the statement.

use super::{part_number, twelfth, Context};
use crate::explain::*;
use crate::venture::inputs::*;
use crate::venture::statement::StatementMonth;
use crate::Money;
use rust_decimal::Decimal;

impl Context<'_> {
    /// Lines 1–9 of the monthly statement (`rows[N].minutes` … `distributable`);
    /// the split's lines go on to [`Context::split_row`].
    pub(super) fn row(
        &self,
        key: &str,
        index: usize,
        name: &str,
    ) -> Result<Explanation, ExplainError> {
        let (line, share) = self.line(index)?;
        let lines = &line.operating;
        let inputs = self.inputs;
        let m = line.month;
        let minutes = || self.minutes_term(index, lines.minutes);
        // The rate's symbol is its name in words; its source names the input.
        let per_minute = |rate: Decimal, symbol: &str, id: VentureInput| {
            round(mul(
                minutes(),
                value(symbol, rate, Shown::Number, input(id)),
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
                    percent("growth", inputs.growth_pct, input(VentureInput::Growth)),
                );
                let grown = Expr::Grow(
                    Box::new(value(
                        "min",
                        inputs.minutes,
                        Shown::Number,
                        input(VentureInput::Minutes),
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
                    percent("credits", inputs.credits_pct, input(VentureInput::Credits)),
                );
                let expr = round(mul(
                    mul(
                        minutes(),
                        value(
                            "sell",
                            inputs.sell,
                            Shown::Number,
                            input(VentureInput::Sell),
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
                per_minute(
                    inputs.termination_rate,
                    "termination rate",
                    VentureInput::TerminationRate,
                ),
                lines.termination,
                "cl. 4(5)(b)(iii)",
            ),
            "fusion_fee" => {
                let expr = match inputs.basis {
                    FeeBasis::PerMinute => per_minute(
                        inputs.fusion_fee_rate,
                        "Fusion fee rate",
                        VentureInput::FusionFeeRate,
                    ),
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
                        VentureInput::SubcontractorFeeRate,
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
                money("fiber", inputs.fiber, input(VentureInput::Fiber)),
                lines.fiber,
                "cl. 4(5)(b)(i); amount: assumption",
            ),
            "loops" => explanation(
                key,
                "local loops (line 6)",
                "loops(m)",
                money("loops", inputs.loops, input(VentureInput::Loops)),
                lines.loops,
                "cl. 4(5)(b)(ii); amount: assumption",
            ),
            "budget" => explanation(
                key,
                "Committee budget (line 6)",
                "budget(m)",
                money("budget", inputs.budget, input(VentureInput::Budget)),
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
            _ => return self.split_row(key, index, line, share, name),
        })
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
                    input(VentureInput::Costs),
                );
                parts.push(twelfth(amount, nth));
            }
        }
        Ok(Expr::Sum(parts))
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
        e.reading_input = Some(VentureInput::Losses.into());
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
}
