//! Explanations of the results found by a measure of THIL's cash or by a search
//! (`results.thil_npv`, `thil_irr`, `recoup_month`, `thil_payback_month`,
//! `breakeven_minutes`): the discounting, the rate, and the comparisons that show
//! a month or a count is the one the rule asks for, apart from the sums of
//! `results` because each reads the cash months or reruns the statement.

use super::Context;
use crate::explain::*;
use crate::venture::measures;
use crate::Money;
use rust_decimal::Decimal;

impl Context<'_> {
    /// round(Σ_t cash_t × v^t), v = 1 / (1 + disc / 1200): the discounted terms
    /// unrounded, the sum rounded once ([`measures::npv`]).
    pub(super) fn npv(&self, key: &str) -> Explanation {
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

    pub(super) fn recoup(&self, key: &str) -> Result<Explanation, ExplainError> {
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
        e.reading_input = Some(crate::explain::VentureInput::Reading.into());
        Ok(e)
    }

    /// The IRR: the monthly rate m at which THIL's cash months, discounted, sum
    /// to zero (found by bisection, in floating point as the model book allows), as a rate a
    /// year, (1 + m)^12 − 1.
    pub(super) fn irr(&self, key: &str) -> Result<Explanation, ExplainError> {
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
                "the monthly rate of return: the rate m at which THIL's cash flows listed below, each discounted by (1 + m) for every month after the start (cash(t) / (1 + m)^t, t = 0 … {last}), add up to zero"
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
            "assumption (the model's measure of THIL's return on its cash)",
        );
        e.value = annual;
        e.shown = Shown::Percent;
        let flows: Vec<String> = self
            .outcome
            .cash
            .iter()
            .map(|row| format!("month {}: {:#}", row.t, row.thil))
            .collect();
        e.notes = vec![
            format!(
                "THIL's cash flows, the same months as its NPV (month 0 is the start; what THIL pays in is negative): {}.",
                flows.join("; ")
            ),
            format!(
                "The rate a year compounds the monthly rate twelve times; it is found by halving an interval of rates (−99 % to 1,000 % a month) until it is too small to matter, and shown to six decimals of the rate ({annual})."
            ),
        ];
        Ok(e)
    }

    pub(super) fn payback(&self, key: &str) -> Result<Explanation, ExplainError> {
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

    pub(super) fn breakeven(&self, key: &str) -> Result<Explanation, ExplainError> {
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
