//! Calendar months as plain values: the Venture counts months, not days.
//!
//! A [`YearMonth`] is a civil month with no time zone. Arithmetic is by whole
//! months; it cannot fail for any month the model can reach (years 1–9999).

use std::fmt;

/// A calendar month, such as 2002-10.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// Months since January of year 0.
    index: i32,
}

impl YearMonth {
    /// `None` unless `month` is 1–12 and `year` is 1–9999.
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        if !(1..=12).contains(&month) || !(1..=9999).contains(&year) {
            return None;
        }
        Some(YearMonth {
            index: year * 12 + month as i32 - 1,
        })
    }

    /// A month known to be valid (a constant of the model); an out-of-range
    /// month number is clamped to 1–12 rather than failing.
    pub const fn known(year: i32, month: u32) -> YearMonth {
        let month = if month < 1 {
            1
        } else if month > 12 {
            12
        } else {
            month
        };
        YearMonth {
            index: year * 12 + month as i32 - 1,
        }
    }

    pub fn year(self) -> i32 {
        self.index.div_euclid(12)
    }

    pub fn month(self) -> u32 {
        self.index.rem_euclid(12) as u32 + 1
    }

    /// The month `count` months later (earlier when negative).
    pub fn plus_months(self, count: i32) -> YearMonth {
        YearMonth {
            index: self.index.saturating_add(count),
        }
    }
}

impl fmt::Display for YearMonth {
    /// `YYYY-MM`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_roll_over_years() {
        let october = YearMonth::new(2002, 10).unwrap();
        assert_eq!(october.plus_months(5).to_string(), "2003-03");
        assert_eq!(october.plus_months(-1).to_string(), "2002-09");
        assert_eq!(october.plus_months(-10).to_string(), "2001-12");
        assert_eq!(
            YearMonth::new(2099, 12)
                .unwrap()
                .plus_months(123)
                .to_string(),
            "2110-03"
        );
    }

    #[test]
    fn rejects_impossible_months() {
        assert!(YearMonth::new(2002, 0).is_none());
        assert!(YearMonth::new(2002, 13).is_none());
        assert!(YearMonth::new(0, 1).is_none());
    }
}
