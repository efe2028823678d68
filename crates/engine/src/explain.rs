//! Explanations of single figures: the formula as the model book writes it, the
//! same formula with the values that went in, the rounding, the clause and the
//! reading in force.
//!
//! An explanation carries a small expression tree ([`Expr`]); its formula text,
//! its substituted text and its list of terms are all rendered FROM the tree, and
//! tests evaluate the tree ([`Explanation::evaluate`]) against the figure, so the
//! words cannot drift from the numbers. Each deal builds its explanations on
//! demand (`engine::<deal>::explain`), never inside `compute`.

use crate::money::round_half_away;
use crate::{Date, Money};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write;

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
    /// A parameter of the link (`min`, `sell`, `cost`, …).
    Input(&'static str),
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

    /// The source as words: `input min`, `figure rows[0].net_profit`, …
    pub fn source_text(&self) -> String {
        match &self.source {
            TermSource::Input(param) => format!("input {param}"),
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

/// Prints a value: money with thousands separators, percent as `25 %`, numbers
/// without trailing zeros.
pub fn show(value: Decimal, shown: Shown) -> String {
    match shown {
        Shown::Money => match Money::round(value) {
            Ok(amount) => format!("{amount:#}"),
            Err(_) => plain(value),
        },
        Shown::Percent => format!("{} %", plain(value * Decimal::ONE_HUNDRED)),
        Shown::Number => plain(value),
        Shown::Date => value
            .to_i64()
            .and_then(|days| epoch().plus_days(days))
            .map_or_else(|| plain(value), |date| date.to_string()),
    }
}

/// The most decimals a value is printed with; a value with more (a share
/// 80,000 / 380,000, a discount factor) is printed to these, marked `≈`. The
/// formula keeps the whole value.
const SHOWN_DECIMALS: u32 = 6;

fn plain(value: Decimal) -> String {
    let value = value.normalize();
    let (value, about) = if value.scale() > SHOWN_DECIMALS {
        (value.round_dp(SHOWN_DECIMALS).normalize(), "≈")
    } else {
        (value, "")
    };
    let text = value.to_string();
    if text == "-0" {
        format!("{about}0")
    } else {
        format!("{about}{text}")
    }
}

/// Binding strength, for parentheses: sums 1, products 2, atoms 3.
fn precedence(expr: &Expr) -> u8 {
    match expr {
        Expr::Add(..) | Expr::Sub(..) => 1,
        Expr::Sum(items) if items.len() > 1 => 1,
        Expr::Mul(..) | Expr::Div(..) | Expr::Grow(..) => 2,
        _ => 3,
    }
}

impl Expr {
    /// The formula with symbols (`with_values` false) or with the values.
    pub fn render(&self, with_values: bool) -> String {
        let mut out = String::new();
        self.write(&mut out, with_values);
        out
    }

    fn write(&self, out: &mut String, v: bool) {
        // `right_tight`: the right operand of − and / needs parentheses at equal strength.
        let operand = |out: &mut String, e: &Expr, min: u8, right_tight: bool| {
            let p = precedence(e);
            if p < min || (right_tight && p == min) {
                out.push('(');
                e.write(out, v);
                out.push(')');
            } else {
                e.write(out, v);
            }
        };
        let list = |out: &mut String, name: &str, items: &[Expr], sep: &str| {
            out.push_str(name);
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                item.write(out, v);
            }
            out.push(')');
        };
        match self {
            Expr::Value(term) => out.push_str(&if v { term.text() } else { term.symbol.clone() }),
            Expr::Number(n) => out.push_str(&plain(*n)),
            Expr::Add(a, b) | Expr::Sub(a, b) | Expr::Mul(a, b) | Expr::Div(a, b) => {
                let (sign, min, tight) = match self {
                    Expr::Add(..) => (" + ", 1, false),
                    Expr::Sub(..) => (" − ", 1, true),
                    Expr::Mul(..) => (" × ", 2, false),
                    _ => (" / ", 2, true),
                };
                operand(out, a, min, false);
                out.push_str(sign);
                operand(out, b, min, tight);
            }
            Expr::Round(a) => list(out, "round", std::slice::from_ref(a.as_ref()), ""),
            Expr::RoundWhole(a) => list(out, "round_whole", std::slice::from_ref(a.as_ref()), ""),
            Expr::Min(items) => list(out, "min", items, ", "),
            Expr::Max(items) => list(out, "max", items, ", "),
            Expr::Sum(items) if items.is_empty() => out.push('0'),
            Expr::Sum(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" + ");
                    }
                    operand(out, item, 1, false);
                }
            }
            Expr::Grow(base, factor, n) => {
                // `1 × v^t` is written `v^t`.
                if **base != Expr::Number(Decimal::ONE) {
                    operand(out, base, 2, false);
                    out.push_str(" × ");
                }
                operand(out, factor, 3, false);
                let _ = write!(out, "^{n}");
            }
        }
    }

    /// The value of the formula with `Decimal` arithmetic, rounding where it says;
    /// `None` on a division by zero or an overflow.
    pub fn evaluate(&self) -> Option<Decimal> {
        let all = |items: &[Expr]| items.iter().map(Expr::evaluate).collect::<Option<Vec<_>>>();
        match self {
            Expr::Value(term) => Some(term.value),
            Expr::Number(n) => Some(*n),
            Expr::Add(a, b) => a.evaluate()?.checked_add(b.evaluate()?),
            Expr::Sub(a, b) => a.evaluate()?.checked_sub(b.evaluate()?),
            Expr::Mul(a, b) => a.evaluate()?.checked_mul(b.evaluate()?),
            Expr::Div(a, b) => a.evaluate()?.checked_div(b.evaluate()?),
            Expr::Round(a) => Some(round_half_away(a.evaluate()?, 2)),
            Expr::RoundWhole(a) => Some(round_half_away(a.evaluate()?, 0)),
            Expr::Min(items) => all(items)?.into_iter().min(),
            Expr::Max(items) => all(items)?.into_iter().max(),
            Expr::Sum(items) => all(items)?
                .into_iter()
                .try_fold(Decimal::ZERO, |s, x| s.checked_add(x)),
            Expr::Grow(base, factor, n) => {
                let factor = factor.evaluate()?;
                let base = base.evaluate()?;
                // `1 × v^t`: v^t by itself, as the NPV's factors are built.
                let start = if base == Decimal::ONE {
                    Decimal::ONE
                } else {
                    base
                };
                (0..*n).try_fold(start, |x, _| x.checked_mul(factor))
            }
        }
    }

    /// The named values, first appearance first, each symbol once.
    pub fn terms(&self) -> Vec<Term> {
        let mut found: Vec<Term> = Vec::new();
        self.collect(&mut found);
        found
    }

    fn collect(&self, found: &mut Vec<Term>) {
        match self {
            Expr::Value(term) => {
                if !found.iter().any(|t| t.symbol == term.symbol) {
                    found.push(term.as_ref().clone());
                }
            }
            Expr::Number(_) => {}
            Expr::Add(a, b)
            | Expr::Sub(a, b)
            | Expr::Mul(a, b)
            | Expr::Div(a, b)
            | Expr::Grow(a, b, _) => {
                a.collect(found);
                b.collect(found);
            }
            Expr::Round(a) | Expr::RoundWhole(a) => a.collect(found),
            Expr::Min(items) | Expr::Max(items) | Expr::Sum(items) => {
                items.iter().for_each(|e| e.collect(found))
            }
        }
    }

    fn rounding(&self) -> Option<&'static str> {
        match self {
            Expr::Round(_) => {
                Some("to the cent, half away from zero, once, where the amount is born")
            }
            Expr::RoundWhole(_) => Some("to a whole number, half away from zero"),
            Expr::Value(_) | Expr::Number(_) => None,
            Expr::Add(a, b)
            | Expr::Sub(a, b)
            | Expr::Mul(a, b)
            | Expr::Div(a, b)
            | Expr::Grow(a, b, _) => a.rounding().or_else(|| b.rounding()),
            Expr::Min(items) | Expr::Max(items) | Expr::Sum(items) => {
                items.iter().find_map(Expr::rounding)
            }
        }
    }
}

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

    /// The whole explanation as text that can be copied into an e-mail.
    pub fn text(&self) -> String {
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
                term.source_text()
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

/// A figure key, read.
pub enum Key<'a> {
    Row(usize, &'a str),
    Result(&'a str),
    /// A row of a further table: `dates[3].date` is `Table("dates", 3, "date")`.
    Table(&'a str, usize, &'a str),
}

/// Reads `rows[N].KEY`, `results.KEY` or `TABLE[N].KEY` (any deal).
pub fn parse_key(key: &str) -> Option<Key<'_>> {
    if let Some(name) = key.strip_prefix("results.") {
        return Some(Key::Result(name));
    }
    let (table, rest) = key.split_once('[')?;
    let (index, name) = rest.split_once("].")?;
    if index.is_empty()
        || !index.bytes().all(|b| b.is_ascii_digit())
        || (index.len() > 1 && index.starts_with('0'))
    {
        return None;
    }
    let index = index.parse().ok()?;
    Some(if table == "rows" {
        Key::Row(index, name)
    } else {
        Key::Table(table, index, name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(symbol: &str, cents: i64) -> Expr {
        value(
            symbol,
            Decimal::new(cents, 2),
            Shown::Money,
            TermSource::Input("x"),
        )
    }

    #[test]
    fn renders_with_the_parentheses_the_book_writes() {
        let e = fraction(
            m("D", 7_520_000),
            sub(m("S", 9_500_000), m("T", 8_000_000)),
            m("C", 38_000_000),
        );
        assert_eq!(e.render(false), "round(D × (S − T) / C)");
        assert_eq!(
            e.render(true),
            "round(75,200.00 × (95,000.00 − 80,000.00) / 380,000.00)"
        );
        assert_eq!(e.evaluate(), Some(Decimal::new(296_842, 2)));
        assert_eq!(
            sub(m("a", 1), sub(m("b", 1), m("c", 1))).render(false),
            "a − (b − c)"
        );
        assert_eq!(Expr::Sum(vec![]).render(false), "0");
        let sum = Expr::Sum(vec![m("a", 1), m("b", 1)]);
        assert_eq!(sub(m("c", 1), sum.clone()).render(false), "c − (a + b)");
        assert_eq!(mul(sum, m("d", 1)).render(false), "(a + b) × d");
    }

    #[test]
    fn growth_compounds_one_factor_at_a_time() {
        let e = Expr::RoundWhole(Box::new(Expr::Grow(
            Box::new(number(1_000_003)),
            Box::new(number(Decimal::new(15, 1))),
            1,
        )));
        assert_eq!(e.evaluate(), Some(Decimal::from(1_500_005)));
        assert_eq!(show(Decimal::new(25, 2), Shown::Percent), "25 %");
    }
}
