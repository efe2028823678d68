//! Reading and writing single values: decimals (`-?[0-9]+(\.[0-9]+)?`, nothing
//! else), whole numbers, calendar months, choices and booleans, each checked for
//! precision and range, with the message that says what is allowed.

use crate::engine::{Date, YearMonth};
use rust_decimal::Decimal;
use std::str::FromStr;

/// Why a value was refused: the problem and what is allowed, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub problem: String,
    pub allowed: String,
}

impl Refusal {
    pub fn new(problem: impl Into<String>, allowed: impl Into<String>) -> Refusal {
        Refusal {
            problem: problem.into(),
            allowed: allowed.into(),
        }
    }

    /// `min: "abc" is not a number; allowed: …`
    pub fn message(&self, param: &str, raw: &str) -> String {
        format!(
            "{param}: \"{}\" {}; allowed: {}.",
            shorten(raw),
            self.problem,
            self.allowed
        )
    }
}

/// Long values are cut in messages so that a message stays readable.
pub fn shorten(raw: &str) -> String {
    const KEEP: usize = 40;
    // A line break or other control character is shown escaped (`\n`), so that
    // a message stays one line that starts with the parameter's name.
    let shown = |text: &str| -> String {
        text.chars()
            .flat_map(|c| {
                let escaped: Vec<char> = if c.is_control() {
                    c.escape_default().collect()
                } else {
                    vec![c]
                };
                escaped
            })
            .collect()
    };
    if raw.chars().count() <= KEEP {
        shown(raw)
    } else {
        let head: String = raw.chars().take(KEEP).collect();
        format!("{}…", shown(&head))
    }
}

/// The warning for a parameter the link format does not know (an empty name
/// is named as such).
pub fn unknown_parameter(name: &str) -> String {
    if name.is_empty() {
        "an empty parameter name: ignored (it may come from a newer version).".to_string()
    } else {
        // A name that could be read as part of a message (`min: `, a space,
        // a quote) is quoted, so it never reads like a known parameter's.
        let plain = name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'~'));
        let shown = if plain {
            shorten(name)
        } else {
            format!("\"{}\"", shorten(name))
        };
        format!("{shown}: unknown parameter, ignored (it may come from a newer version).")
    }
}

/// "a" or "an" before a word, as it is spoken.
pub fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// A decimal input: at most `dp` decimals (trailing zeros not counted), within
/// `min..=max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecimalSpec {
    pub dp: u32,
    pub min: Decimal,
    pub max: Decimal,
    /// "minutes", "$/min", "%", "$", "months".
    pub unit: &'static str,
}

impl DecimalSpec {
    pub const fn new(dp: u32, min: Decimal, max: Decimal, unit: &'static str) -> DecimalSpec {
        DecimalSpec { dp, min, max, unit }
    }

    pub fn allowed(&self) -> String {
        let what = match self.dp {
            0 => "a whole number".to_string(),
            1 => "a number with at most 1 decimal".to_string(),
            n => format!("a number with at most {n} decimals"),
        };
        let unit = if self.unit.is_empty() {
            String::new()
        } else {
            format!(" {}", self.unit)
        };
        format!(
            "{what} from {} to {}{unit}",
            self.min.normalize(),
            self.max.normalize()
        )
    }

    pub fn read(&self, raw: &str) -> Result<Decimal, Refusal> {
        let value = read_decimal(raw).map_err(|problem| Refusal::new(problem, self.allowed()))?;
        self.check(value)
    }

    /// The same checks as [`DecimalSpec::read`] on a value already a number (a grid
    /// sets its inputs without writing them as text and reading them back).
    pub fn check(&self, value: Decimal) -> Result<Decimal, Refusal> {
        if value.normalize().scale() > self.dp {
            let problem = match self.dp {
                0 => "is not whole".to_string(),
                n => format!("has more than {n} decimal{}", if n == 1 { "" } else { "s" }),
            };
            return Err(Refusal::new(problem, self.allowed()));
        }
        if value < self.min || value > self.max {
            return Err(Refusal::new("is out of range", self.allowed()));
        }
        Ok(value.normalize())
    }
}

/// The number grammar of links: `-?[0-9]+(\.[0-9]+)?`.
pub fn read_decimal(raw: &str) -> Result<Decimal, &'static str> {
    let digits = raw.strip_prefix('-').unwrap_or(raw);
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
        return Err("is not a number");
    }
    // Trailing zeros do not count (`links.md`): 25.000…0 with more zeros than a
    // decimal holds is 25.
    let trimmed = match fraction {
        Some(f) if f.ends_with('0') => {
            let kept = f.trim_end_matches('0');
            let whole_part = &raw[..raw.len() - f.len() - 1];
            if kept.is_empty() {
                whole_part.to_string()
            } else {
                format!("{whole_part}.{kept}")
            }
        }
        _ => raw.to_string(),
    };
    Decimal::from_str_exact(&trimmed).map_err(|_| "is out of range")
}

pub use super::fixed::{push_fixed, write_fixed};

/// Writes a decimal with no trailing zeros (`0.185`, `25`, `12000`).
pub fn write_decimal(value: Decimal) -> String {
    let normal = value.normalize();
    if normal.is_zero() {
        "0".to_string()
    } else {
        normal.to_string()
    }
}

/// A calendar month `YYYY-MM` within `min..=max`.
pub fn read_year_month(raw: &str, min: YearMonth, max: YearMonth) -> Result<YearMonth, Refusal> {
    let allowed = || format!("a month written YYYY-MM from {min} to {max}");
    let bytes = raw.as_bytes();
    let shaped = bytes.len() == 7
        && bytes[4] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || b.is_ascii_digit());
    if !shaped {
        return Err(Refusal::new("is not a month", allowed()));
    }
    let year = i32::from_str(&raw[..4]).map_err(|_| Refusal::new("is not a month", allowed()))?;
    let month = u32::from_str(&raw[5..]).map_err(|_| Refusal::new("is not a month", allowed()))?;
    let value =
        YearMonth::new(year, month).ok_or_else(|| Refusal::new("is not a month", allowed()))?;
    if value < min || value > max {
        return Err(Refusal::new("is out of range", allowed()));
    }
    Ok(value)
}

/// A date `YYYY-MM-DD` within `min..=max`.
pub fn read_date(raw: &str, min: Date, max: Date) -> Result<Date, Refusal> {
    let allowed = || format!("a date written YYYY-MM-DD from {min} to {max}");
    let bytes = raw.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    let not_a_date = || Refusal::new("is not a date", allowed());
    if !shaped {
        return Err(not_a_date());
    }
    let year = i32::from_str(&raw[..4]).map_err(|_| not_a_date())?;
    let month = u32::from_str(&raw[5..7]).map_err(|_| not_a_date())?;
    let day = u32::from_str(&raw[8..]).map_err(|_| not_a_date())?;
    let value = Date::new(year, month, day).ok_or_else(not_a_date)?;
    if value < min || value > max {
        return Err(Refusal::new("is out of range", allowed()));
    }
    Ok(value)
}

/// One of the lower-case words of a choice.
pub fn read_choice<T: Copy>(raw: &str, choices: &[(&str, T)]) -> Result<T, Refusal> {
    choices
        .iter()
        .find(|(word, _)| *word == raw)
        .map(|(_, value)| *value)
        .ok_or_else(|| {
            let words: Vec<String> = choices
                .iter()
                .map(|(word, _)| format!("`{word}`"))
                .collect();
            Refusal::new(
                "is not a known choice",
                format!("one of {}", words.join(", ")),
            )
        })
}

/// The word of a choice's value.
pub fn write_choice<T: PartialEq>(value: &T, choices: &[(&'static str, T)]) -> &'static str {
    choices
        .iter()
        .find(|(_, candidate)| candidate == value)
        .map_or("", |(word, _)| word)
}

pub fn read_bool(raw: &str) -> Result<bool, Refusal> {
    read_choice(raw, &[("1", true), ("0", false)])
}

/// A decimal constant `units × 10^−scale`, usable in `const` tables.
pub const fn dec(units: i64, scale: u32) -> Decimal {
    let magnitude = units.unsigned_abs();
    Decimal::from_parts(
        magnitude as u32,
        (magnitude >> 32) as u32,
        0,
        units < 0,
        scale,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> DecimalSpec {
        DecimalSpec::new(2, Decimal::ZERO, Decimal::from(10_000_000), "$")
    }

    #[test]
    fn numbers_follow_the_grammar() {
        for bad in [
            "", "abc", "1e3", "+1", " 1", "1_000", "1.", ".5", "--1", "1.2.3", "0x10",
        ] {
            assert_eq!(read_decimal(bad), Err("is not a number"), "{bad}");
        }
        assert_eq!(read_decimal("-0.5").unwrap().to_string(), "-0.5");
        assert_eq!(
            read_decimal("99999999999999999999999999999999"),
            Err("is out of range")
        );
    }

    #[test]
    fn precision_ignores_trailing_zeros() {
        assert_eq!(spec().read("12000.10").unwrap().to_string(), "12000.1");
        assert_eq!(
            spec().read("12000.0000").unwrap().normalize().to_string(),
            "12000"
        );
        let refused = spec().read("12000.005").unwrap_err();
        assert_eq!(refused.problem, "has more than 2 decimals");
        assert_eq!(
            refused.message("fiber", "12000.005"),
            "fiber: \"12000.005\" has more than 2 decimals; allowed: a number with at most 2 decimals from 0 to 10000000 $."
        );
    }

    #[test]
    fn range_is_inclusive() {
        assert!(spec().read("10000000").is_ok());
        assert_eq!(
            spec().read("10000000.01").unwrap_err().problem,
            "is out of range"
        );
        assert_eq!(spec().read("-0.01").unwrap_err().problem, "is out of range");
    }

    #[test]
    fn months_are_strict() {
        let (min, max) = (YearMonth::known(1990, 1), YearMonth::known(2099, 12));
        assert_eq!(
            read_year_month("2002-10", min, max).unwrap().to_string(),
            "2002-10"
        );
        for bad in [
            "2002-13",
            "2002-00",
            "2002-1",
            "02-10",
            "2002/10",
            "2002-10-01",
        ] {
            assert!(read_year_month(bad, min, max).is_err(), "{bad}");
        }
        assert_eq!(
            read_year_month("1989-12", min, max).unwrap_err().problem,
            "is out of range"
        );
    }

    #[test]
    fn decimals_are_written_without_trailing_zeros() {
        assert_eq!(write_decimal(Decimal::new(1850, 4)), "0.185");
        assert_eq!(write_decimal(Decimal::new(2500, 2)), "25");
        assert_eq!(write_decimal(Decimal::new(0, 2)), "0");
    }
}
