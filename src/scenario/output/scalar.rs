//! `Scalar`, a figure typed until the edge that writes it, and its writers: JSON
//! values, text, the IRR to six places. Separate because every deal's output,
//! compare and the page read figures through it.

use crate::engine::{Date, Money, YearMonth};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

/// Money: a string with two decimals, never "-0.00".
pub fn money(amount: Money) -> Value {
    Value::String(amount.to_string())
}

/// A fraction or rate: no trailing zeros, never "-0".
pub fn fraction(value: Decimal) -> Value {
    Value::String(crate::scenario::values::write_decimal(value))
}

/// An IRR: six decimals, never "-0.000000".
pub fn six_decimals(value: f64) -> String {
    crate::scenario::values::write_fixed(value, 6)
}

/// One output value, typed until the edge that writes it: the command line's
/// JSON and CSV write [`Scalar::text`], the page formats it by its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scalar {
    /// A count, a month number, minutes.
    Int(i64),
    Bool(bool),
    /// Dollars and cents: written "1234.50".
    Money(Money),
    /// A fraction or a rate: written without trailing zeros.
    Decimal(Decimal),
    /// A rate a year from the IRR, held at its six decimals: written "9.446058".
    Irr(Decimal),
    Date(Date),
    Month(YearMonth),
    /// Words (what a date is, a clause).
    Text(String),
    Null,
}

impl Scalar {
    /// The value as JSON prints it, without quotes ("" for null).
    pub fn text(&self) -> String {
        match self {
            Scalar::Int(n) => n.to_string(),
            Scalar::Bool(b) => b.to_string(),
            Scalar::Money(amount) => amount.to_string(),
            Scalar::Decimal(value) => crate::scenario::values::write_decimal(*value),
            Scalar::Irr(rate) => rate.to_string(),
            Scalar::Date(date) => date.to_string(),
            Scalar::Month(month) => month.to_string(),
            Scalar::Text(text) => text.clone(),
            Scalar::Null => String::new(),
        }
    }

    pub fn json(&self) -> Value {
        match self {
            Scalar::Int(n) => json!(n),
            Scalar::Bool(b) => json!(b),
            Scalar::Null => Value::Null,
            other => json!(other.text()),
        }
    }

    /// The amount, for a money value.
    pub fn money(&self) -> Option<Money> {
        match self {
            Scalar::Money(amount) => Some(*amount),
            _ => None,
        }
    }
}

/// An IRR as its value: six decimals, never "-0.000000".
pub fn irr(rate: f64) -> Scalar {
    six_decimals(rate)
        .parse::<Decimal>()
        .map_or(Scalar::Null, Scalar::Irr)
}

pub fn m(amount: Money) -> Scalar {
    Scalar::Money(amount)
}

pub fn f(value: Decimal) -> Scalar {
    Scalar::Decimal(value)
}

pub fn opt<T>(value: Option<T>, to: impl FnOnce(T) -> Scalar) -> Scalar {
    value.map_or(Scalar::Null, to)
}

/// The value of `key` in a list of scalars, as text ("" where absent or null).
pub fn scalar_text(scalars: &[(&'static str, Scalar)], key: &str) -> String {
    scalars
        .iter()
        .find(|(name, _)| *name == key)
        .map(|(_, value)| value.text())
        .unwrap_or_default()
}

pub(super) fn to_map(scalars: Vec<(&'static str, Scalar)>) -> Map<String, Value> {
    scalars
        .into_iter()
        .map(|(key, value)| (key.to_string(), value.json()))
        .collect()
}
