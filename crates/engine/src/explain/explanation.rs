//! One figure's explanation ([`Explanation`]): the tree with its figure, label,
//! clause, reading and notes, its one-line statement and its text, and why a
//! figure cannot be explained ([`ExplainError`]).

use super::expr::{day_number, Expr, Shown, Term};
use super::input::InputId;
use super::render::show;
use crate::{Date, Money};
use rust_decimal::Decimal;
use std::fmt::Write;

/// The explanation of one figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// Its key: `rows[0].retained`, `results.payoff`.
    pub figure: String,
    /// What it is, in words.
    pub label: String,
    /// The left-hand side: `retained`, `E(m)`.
    pub symbol: String,
    pub expr: Expr,
    /// The figure as computed by the engine.
    pub value: Decimal,
    pub shown: Shown,
    /// The clause it comes from, or "assumption".
    pub clause: String,
    /// The reading in force, where one applies (`funded reading`).
    pub reading: Option<String>,
    /// The input that chooses the reading, so the page can point to it.
    pub reading_input: Option<super::InputId>,
    /// Why this branch of the rule applies (a limit that does not bind, a zero
    /// denominator…): sentences, with the figures they compare.
    pub notes: Vec<String>,
}

impl Explanation {
    /// The formula with symbols: `round(D × (S − T) / C)`.
    pub fn formula(&self) -> String {
        self.expr.render(false)
    }

    /// The formula with the values that went in.
    pub fn substituted(&self) -> String {
        self.expr.render(true)
    }

    /// The figure as printed: `2,968.42`.
    pub fn result(&self) -> String {
        show(self.value, self.shown)
    }

    pub fn terms(&self) -> Vec<Term> {
        self.expr.terms()
    }

    /// The rounding applied, where the formula rounds.
    pub fn rounding(&self) -> Option<String> {
        self.expr.rounding().map(str::to_string)
    }

    /// The tree's value, evaluated as written.
    pub fn evaluate(&self) -> Option<Decimal> {
        self.expr.evaluate()
    }

    /// The one-line statement: `retained = round(D × (S − T) / C) = round(75,200.00 ×
    /// (95,000.00 − 80,000.00) / 380,000.00) = 2,968.42 — amended cl. 2(2)(1)(b); funded reading`.
    pub fn line(&self) -> String {
        let mut line = format!("{} = ", self.symbol);
        let formula = self.formula();
        let substituted = self.substituted();
        let result = self.result();
        line.push_str(&formula);
        if substituted != formula {
            let _ = write!(line, " = {substituted}");
        }
        if substituted != result {
            let _ = write!(line, " = {result}");
        }
        let _ = write!(line, " — {}", self.clause);
        if let Some(reading) = &self.reading {
            let _ = write!(line, "; {reading}");
        }
        line
    }

    /// The whole explanation as text that can be copied into an e-mail, each
    /// input named by `name` ([`Term::source_text`]).
    pub fn text(&self, name: fn(InputId) -> &'static str) -> String {
        let mut text = format!(
            "{} ({}): {}\n{}\n",
            self.figure,
            self.label,
            self.result(),
            self.line()
        );
        for term in self.terms() {
            let _ = writeln!(
                text,
                "  {} = {}: {}",
                term.symbol,
                term.text(),
                term.source_text(name)
            );
        }
        if let Some(rounding) = self.rounding() {
            let _ = writeln!(text, "  rounding: {rounding}");
        }
        for note in &self.notes {
            let _ = writeln!(text, "  {note}");
        }
        text
    }
}

/// An explanation of a date figure.
pub fn date_explanation(
    figure: &str,
    label: &str,
    symbol: &str,
    expr: Expr,
    when: Date,
    clause: &str,
) -> Explanation {
    Explanation {
        value: day_number(when),
        shown: Shown::Date,
        ..explanation(figure, label, symbol, expr, Money::ZERO, clause)
    }
}

/// An explanation of an amount, without a reading or notes yet (the deals add them).
pub fn explanation(
    figure: &str,
    label: &str,
    symbol: &str,
    expr: Expr,
    amount: Money,
    clause: &str,
) -> Explanation {
    Explanation {
        figure: figure.to_string(),
        label: label.to_string(),
        symbol: symbol.to_string(),
        expr,
        value: amount.amount(),
        shown: Shown::Money,
        clause: clause.to_string(),
        reading: None,
        reading_input: None,
        notes: Vec::new(),
    }
}

/// Why a figure cannot be explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExplainError {
    /// No such key: rows out of range or an unknown name.
    UnknownFigure(String),
    /// A key that exists but has no explanation yet.
    NotCovered(String),
    /// The scenario is beyond the model's range (it has no figures).
    NotComputed,
    /// A figure that is null in this scenario (the key, and why).
    NoValue(String, String),
}
