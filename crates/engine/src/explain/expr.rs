//! The expression tree of an explanation ([`Expr`]), the named values in it
//! ([`Term`], with where each comes from) and the builders the deals write it
//! with: the data, apart from how it prints and evaluates.

use super::input::InputId;
use super::render::show;
use crate::{Date, Money};
use rust_decimal::Decimal;

/// How a value prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// `75,200.00`.
    Money,
    /// A percentage: the value is the fraction (0.25), printed `25 %`.
    Percent,
    /// A plain number (minutes, days, a rate in $/min): as written.
    Number,
    /// A date, held as its day number from [`epoch`] so that `date + n days` and
    /// `min(d1, d2)` evaluate like any sum: printed ISO, `2003-07-16`.
    Date,
}

/// Day 0 of the day numbers that dates are held as.
pub fn epoch() -> Date {
    Date::known(1970, 1, 1)
}

/// The day number of a date.
pub fn day_number(date: Date) -> Decimal {
    Decimal::from(epoch().days_until(date))
}

/// Where a term's value comes from: the walk back to the inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TermSource {
    /// An input of the deal, by its id: its link key and label are the scenario
    /// layer's.
    Input(InputId),
    /// Another figure, by its key (`rows[0].distributable`): explainable in turn.
    Figure(String),
    /// A fixed number of the agreement or of the model: its clause or "assumption".
    Constant(&'static str),
    /// A value the engine derives on the way that has no output key (C(m), S(m),
    /// the loan repaid before m…): what it is.
    Derived(String),
}

/// One named value of a formula.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub symbol: String,
    pub value: Decimal,
    pub shown: Shown,
    pub source: TermSource,
}

impl Term {
    /// The value as the explanation prints it.
    pub fn text(&self) -> String {
        show(self.value, self.shown)
    }

    /// The source as words: `input` and the input as `name` writes it,
    /// `figure rows[0].net_profit`, `constant, cl. 6(d)`, … The engine knows an
    /// input only by its id; the caller names it (the scenario layer by its link
    /// key).
    pub fn source_text(&self, name: fn(InputId) -> &'static str) -> String {
        match &self.source {
            TermSource::Input(id) => format!("input {}", name(*id)),
            TermSource::Figure(key) => format!("figure {key}"),
            TermSource::Constant(clause) => format!("constant, {clause}"),
            TermSource::Derived(what) => what.clone(),
        }
    }
}

/// A formula: values and the operations the engine applies, in its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// A named value.
    Value(Box<Term>),
    /// A bare number written in the formula itself (12, 100, 365).
    Number(Decimal),
    Add(Box<Expr>, Box<Expr>),
    Sub(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
    /// Rounded to the cent, half away from zero.
    Round(Box<Expr>),
    /// Rounded to a whole number, half away from zero.
    RoundWhole(Box<Expr>),
    Min(Vec<Expr>),
    Max(Vec<Expr>),
    /// Σ of the items (`Σ` of nothing is 0).
    Sum(Vec<Expr>),
    /// `base × factor^n`, multiplied one factor at a time (as growth compounds).
    Grow(Box<Expr>, Box<Expr>, u32),
}

/// Builders that keep the deals' explanation code short.
pub fn value(symbol: &str, value: Decimal, shown: Shown, source: TermSource) -> Expr {
    Expr::Value(Box::new(Term {
        symbol: symbol.to_string(),
        value,
        shown,
        source,
    }))
}
pub fn money(symbol: &str, amount: Money, source: TermSource) -> Expr {
    value(symbol, amount.amount(), Shown::Money, source)
}
pub fn percent(symbol: &str, pct: Decimal, source: TermSource) -> Expr {
    value(symbol, pct / Decimal::ONE_HUNDRED, Shown::Percent, source)
}
pub fn date(symbol: &str, date: Date, source: TermSource) -> Expr {
    value(symbol, day_number(date), Shown::Date, source)
}
pub fn number(n: impl Into<Decimal>) -> Expr {
    Expr::Number(n.into())
}
/// An input's id as a source: `input(VentureInput::Minutes)`.
pub fn input(id: impl Into<InputId>) -> TermSource {
    TermSource::Input(id.into())
}
pub fn figure(key: impl Into<String>) -> TermSource {
    TermSource::Figure(key.into())
}
pub fn derived(what: impl Into<String>) -> TermSource {
    TermSource::Derived(what.into())
}
pub fn add(a: Expr, b: Expr) -> Expr {
    Expr::Add(Box::new(a), Box::new(b))
}
pub fn sub(a: Expr, b: Expr) -> Expr {
    Expr::Sub(Box::new(a), Box::new(b))
}
pub fn mul(a: Expr, b: Expr) -> Expr {
    Expr::Mul(Box::new(a), Box::new(b))
}
pub fn div(a: Expr, b: Expr) -> Expr {
    Expr::Div(Box::new(a), Box::new(b))
}
pub fn round(a: Expr) -> Expr {
    Expr::Round(Box::new(a))
}
/// `round(a × b / c)`: one fraction, rounded once ([`Money::fraction`]).
pub fn fraction(a: Expr, b: Expr, c: Expr) -> Expr {
    round(div(mul(a, b), c))
}
