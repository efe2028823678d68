//! How a value prints ([`show`]) and what the tree does: its formula with symbols
//! or values, its value with `Decimal` arithmetic, its terms and its rounding,
//! apart from the tree's definition so that the words and the numbers are made
//! in one place.

use super::expr::{epoch, Expr, Shown, Term};
use crate::money::round_half_away;
use crate::Money;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write;

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

    pub(super) fn rounding(&self) -> Option<&'static str> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explain::expr::*;

    fn m(symbol: &str, cents: i64) -> Expr {
        value(symbol, Decimal::new(cents, 2), Shown::Money, derived("x"))
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
