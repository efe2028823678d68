//! How figures read on the page: thousands separators, the minus sign, dollars,
//! percentages and short axis labels; and the reverse for typed numbers (grouping
//! separators dropped so "4,500,000" reads as the link's `4500000`).
//!
//! [`show`] is the one way a typed output value reads on the page, by the kind
//! the catalogue gives its figure: every amount of money in one style
//! ("$75,200.00", "−$80,000.00"), a fraction as a percentage, an IRR as a
//! percentage a year, minutes and counts grouped. Only axis labels start from an
//! `f64`.

use crate::scenario::catalogue::Kind;
use crate::scenario::output::Scalar;
use rust_decimal::Decimal;

/// The most decimals a rate is shown with (the value keeps all of them).
const RATE_DECIMALS: u32 = 4;

/// A typed output value as a person reads it, by its figure's kind. A missing
/// value is a dash.
pub fn show(kind: Kind, value: &Scalar) -> String {
    match (kind, value) {
        (_, Scalar::Null) => "\u{2014}".to_string(),
        (_, Scalar::Bool(true)) => "yes".to_string(),
        (_, Scalar::Bool(false)) => "no".to_string(),
        (_, Scalar::Money(amount)) => dollars(&amount.to_string()),
        (Kind::Fraction, Scalar::Decimal(fraction)) => percent(*fraction, 2),
        (_, Scalar::Irr(rate)) => format!("{} a year", percent(*rate, 2)),
        (_, Scalar::Decimal(rate)) => percent_number(rate.round_dp(RATE_DECIMALS)),
        (Kind::Number, Scalar::Int(n)) => n.to_string(),
        (_, Scalar::Int(n)) => figure(&n.to_string()),
        (_, other) => other.text(),
    }
}

/// A change B − A as a person reads it: its sign always written ("+2,000.00"),
/// none on a zero.
pub fn show_change(kind: Kind, change: &Scalar) -> String {
    let shown = show(kind, change);
    let zero = match change {
        Scalar::Money(amount) => amount.is_zero(),
        Scalar::Decimal(value) | Scalar::Irr(value) => value.is_zero(),
        Scalar::Int(n) => *n == 0,
        _ => true,
    };
    if zero || shown.starts_with(MINUS) {
        shown
    } else {
        format!("+{shown}")
    }
}

/// The minus sign shown in figures (U+2212, the typographic one).
const MINUS: char = '\u{2212}';

/// `-?digits(.digits)?`: the only strings that get separators.
fn split_number(text: &str) -> Option<(bool, &str, Option<&str>)> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = match rest.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (rest, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || fraction.is_some_and(|f| !digits(f)) {
        return None;
    }
    Some((negative, whole, fraction))
}

fn grouped(whole: &str) -> String {
    let mut out = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn join(sign: &str, whole: &str, fraction: Option<&str>) -> String {
    match fraction {
        Some(fraction) => format!("{sign}{}.{fraction}", grouped(whole)),
        None => format!("{sign}{}", grouped(whole)),
    }
}

/// "75200.00" → "75,200.00", "-1234" → "-1,234"; anything that is not a plain
/// number ("2002-10", "") is returned as it is. Keeps the ASCII minus, so a
/// number box can show it and read it back.
pub fn group_thousands(text: &str) -> String {
    match split_number(text) {
        Some((negative, whole, fraction)) => join(if negative { "-" } else { "" }, whole, fraction),
        None => text.to_string(),
    }
}

/// A figure as text: grouped, with a real minus sign.
pub fn figure(text: &str) -> String {
    match split_number(text) {
        Some((true, whole, fraction)) => join(&MINUS.to_string(), whole, fraction),
        Some((false, whole, fraction)) => join("", whole, fraction),
        None => text.to_string(),
    }
}

/// An amount in dollars: "$75,200.00", "−$80,000.00".
pub fn dollars(text: &str) -> String {
    match split_number(text) {
        Some((true, whole, fraction)) => join(&format!("{MINUS}$"), whole, fraction),
        Some((false, whole, fraction)) => join("$", whole, fraction),
        None => text.to_string(),
    }
}

/// A fraction as a percentage with at most `dp` decimals: 0.2105… → "21.05 %".
pub fn percent(fraction: Decimal, dp: u32) -> String {
    let value = (fraction * Decimal::ONE_HUNDRED).round_dp(dp).normalize();
    let text = if value.is_zero() {
        "0".to_string()
    } else {
        value.to_string()
    };
    format!("{} %", figure(&text))
}

/// A percent number as the user wrote it: 25 → "25 %".
pub fn percent_number(value: Decimal) -> String {
    let value = value.normalize();
    let text = if value.is_zero() {
        "0".to_string()
    } else {
        value.to_string()
    };
    format!("{} %", figure(&text))
}

/// Typed text as link text: grouping separators (comma, spaces, underscore,
/// apostrophe) dropped and a typographic minus made ASCII.
pub fn plain_typed(text: &str) -> String {
    text.chars()
        .filter(|ch| {
            !matches!(
                ch,
                ',' | '_' | '\'' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'
            )
        })
        .map(|ch| if ch == MINUS { '-' } else { ch })
        .collect()
}

/// A short axis label: 0, 500, 20k, 2.5k, 1.25M, −80k.
pub fn axis_label(value: f64) -> String {
    let magnitude = value.abs();
    let (scaled, suffix) = if magnitude >= 1e9 {
        (magnitude / 1e9, "B")
    } else if magnitude >= 1e6 {
        (magnitude / 1e6, "M")
    } else if magnitude >= 1e3 {
        (magnitude / 1e3, "k")
    } else {
        (magnitude, "")
    };
    let mut text = crate::scenario::values::write_fixed(scaled, 2);
    while text.ends_with('0') {
        text.pop();
    }
    if text.ends_with('.') {
        text.pop();
    }
    if text == "0" {
        return text;
    }
    let sign = if value < 0.0 {
        MINUS.to_string()
    } else {
        String::new()
    };
    format!("{sign}{text}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_as_people_write_it() {
        let money =
            |t: &str| Scalar::Money(crate::engine::Money::round(t.parse().unwrap()).unwrap());
        let decimal = |t: &str| Scalar::Decimal(t.parse().unwrap());
        assert_eq!(show(Kind::Money, &money("-80000")), "\u{2212}$80,000.00");
        assert_eq!(
            show(Kind::Fraction, &decimal("0.2105263157894736842105263158")),
            "21.05 %"
        );
        assert_eq!(
            show(Kind::Percent, &decimal("4.8159722222222222222222222222")),
            "4.816 %"
        );
        assert_eq!(
            show(Kind::RateAYear, &crate::scenario::output::irr(9.446058)),
            "944.61 % a year"
        );
        assert_eq!(show(Kind::Minutes, &Scalar::Int(1041667)), "1,041,667");
        assert_eq!(show(Kind::Number, &Scalar::Int(12345)), "12345");
        assert_eq!(show(Kind::Money, &Scalar::Null), "\u{2014}");
        assert_eq!(show(Kind::YesNo, &Scalar::Bool(false)), "no");
        assert_eq!(show_change(Kind::Money, &money("2000")), "+$2,000.00");
        assert_eq!(show_change(Kind::Money, &money("0")), "$0.00");
        assert_eq!(
            show_change(Kind::Fraction, &decimal("-0.025")),
            "\u{2212}2.5 %"
        );
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands("75200.00"), "75,200.00");
        assert_eq!(group_thousands("2968.42"), "2,968.42");
        assert_eq!(group_thousands("3000000"), "3,000,000");
        assert_eq!(group_thousands("100"), "100");
        assert_eq!(group_thousands("-1234567.5"), "-1,234,567.5");
        assert_eq!(group_thousands("0.19"), "0.19");
        assert_eq!(group_thousands("2002-10"), "2002-10");
        assert_eq!(group_thousands(""), "");
        assert_eq!(group_thousands("12a"), "12a");
    }

    #[test]
    fn figures_use_the_minus_sign() {
        assert_eq!(figure("-80000.00"), "\u{2212}80,000.00");
        assert_eq!(dollars("-80000.00"), "\u{2212}$80,000.00");
        assert_eq!(dollars("15000.00"), "$15,000.00");
        assert_eq!(dollars("0.00"), "$0.00");
    }

    #[test]
    fn percentages() {
        let share: Decimal = "0.2105263157894736842105263158".parse().unwrap();
        assert_eq!(percent(share, 2), "21.05 %");
        assert_eq!(percent(Decimal::new(25, 2), 2), "25 %");
        assert_eq!(percent(Decimal::ZERO, 2), "0 %");
        assert_eq!(percent_number(Decimal::new(2750, 2)), "27.5 %");
        let irr = |rate: f64| show(Kind::RateAYear, &crate::scenario::output::irr(rate));
        assert_eq!(irr(9.446058), "944.61 % a year");
        assert_eq!(irr(-0.000001), "0 % a year");
        assert_eq!(irr(12.5), "1,250 % a year");
    }

    #[test]
    fn typed_numbers_lose_their_separators() {
        assert_eq!(plain_typed("4,500,000"), "4500000");
        assert_eq!(plain_typed(" 4 500 000 "), "4500000");
        assert_eq!(plain_typed("\u{2212}5"), "-5");
        assert_eq!(plain_typed("0.185"), "0.185");
    }

    #[test]
    fn axis_labels_are_short() {
        assert_eq!(axis_label(0.0), "0");
        assert_eq!(axis_label(-0.0), "0");
        assert_eq!(axis_label(500.0), "500");
        assert_eq!(axis_label(20_000.0), "20k");
        assert_eq!(axis_label(2_500.0), "2.5k");
        assert_eq!(axis_label(1_250_000.0), "1.25M");
        assert_eq!(axis_label(-80_000.0), "\u{2212}80k");
    }
}
