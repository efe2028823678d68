//! Civil dates (no time zone) and the date rules of the model book: periods of N
//! months from a date, adding months, calendar quarters, and business days
//! (Monday to Friday, holidays out of scope).
//!
//! The `time` crate does the calendar arithmetic; this module adds the rules
//! that a date library gets wrong for these contracts (a period of one month from
//! the 31st ends on the shorter month's last day, not the day before the clamped
//! date). Every operation is total: a result outside years 1–9999 is `None`.

use std::fmt;
use time::{Month, Weekday};

/// A civil date, such as 2003-06-16.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(time::Date);

/// The first year a [`Date`] may hold.
const MIN_YEAR: i32 = 1;
/// The last year a [`Date`] may hold.
const MAX_YEAR: i32 = 9999;

fn month_of(number: u32) -> Option<Month> {
    u8::try_from(number)
        .ok()
        .and_then(|n| Month::try_from(n).ok())
}

/// Days in `month` (1–12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    month_of(month).map_or(0, |m| u32::from(m.length(year)))
}

impl Date {
    /// `None` unless the date exists and its year is 1–9999.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return None;
        }
        let day = u8::try_from(day).ok()?;
        time::Date::from_calendar_date(year, month_of(month)?, day)
            .ok()
            .map(Date)
    }

    /// A date known to be valid (a constant of the model); an impossible one falls
    /// back to 2000-01-01 rather than failing.
    pub fn known(year: i32, month: u32, day: u32) -> Date {
        Date::new(year, month, day).unwrap_or(Date(
            time::Date::MIN
                .replace_year(2000)
                .unwrap_or(time::Date::MIN),
        ))
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u32 {
        u32::from(u8::from(self.0.month()))
    }

    pub fn day(self) -> u32 {
        u32::from(self.0.day())
    }

    /// The number of days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        i64::from(later.0.to_julian_day()) - i64::from(self.0.to_julian_day())
    }

    /// The date `count` days later (earlier when negative).
    pub fn plus_days(self, count: i64) -> Option<Date> {
        let julian = i64::from(self.0.to_julian_day()).checked_add(count)?;
        let date = time::Date::from_julian_day(i32::try_from(julian).ok()?).ok()?;
        (MIN_YEAR..=MAX_YEAR)
            .contains(&date.year())
            .then_some(Date(date))
    }

    /// The day after: [`Date::plus_days`] by one, without going through the
    /// Julian day (the termination curve steps through every day of a term).
    pub fn next_day(self) -> Option<Date> {
        self.0
            .next_day()
            .filter(|date| date.year() <= MAX_YEAR)
            .map(Date)
    }

    /// The last day of this date's month.
    pub fn month_end(self) -> Date {
        Date::new(
            self.year(),
            self.month(),
            days_in_month(self.year(), self.month()),
        )
        .unwrap_or(self)
    }

    /// The first day of this date's month.
    pub fn month_start(self) -> Date {
        Date::new(self.year(), self.month(), 1).unwrap_or(self)
    }

    /// The same day-of-month `count` months later, or that month's last day where it
    /// has no such day (2004-01-31 + 1 month = 2004-02-29).
    pub fn plus_months(self, count: i32) -> Option<Date> {
        let index = (self.year() * 12 + self.month() as i32 - 1).checked_add(count)?;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        let day = self.day().min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// The last day of a period of `count` months from `self` (`msa.md`, "Months and
    /// terms"): the day before the day with this day-of-month `count` months later,
    /// or that month's last day where it has no such day. Counted from `self`, never
    /// by chaining month steps.
    pub fn period_end(self, count: i32) -> Option<Date> {
        let index = (self.year() * 12 + self.month() as i32 - 1).checked_add(count)?;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        if self.day() > days_in_month(year, month) {
            Date::new(year, month, days_in_month(year, month))
        } else {
            Date::new(year, month, self.day())?.plus_days(-1)
        }
    }

    /// The last day of this date's calendar quarter (31 Mar, 30 Jun, 30 Sep, 31 Dec).
    pub fn quarter_end(self) -> Date {
        let month = (self.month() - 1) / 3 * 3 + 3;
        Date::new(self.year(), month, days_in_month(self.year(), month)).unwrap_or(self)
    }

    /// The first day of this date's calendar quarter.
    pub fn quarter_start(self) -> Date {
        let month = (self.month() - 1) / 3 * 3 + 1;
        Date::new(self.year(), month, 1).unwrap_or(self)
    }

    pub fn is_quarter_end(self) -> bool {
        self == self.quarter_end()
    }

    /// Monday to Friday.
    pub fn is_business_day(self) -> bool {
        !matches!(self.0.weekday(), Weekday::Saturday | Weekday::Sunday)
    }

    /// The `count`-th business day after `self`, not counting `self`.
    pub fn business_days_after(self, count: u32) -> Option<Date> {
        let mut date = self;
        let mut left = count;
        while left > 0 {
            date = date.plus_days(1)?;
            if date.is_business_day() {
                left -= 1;
            }
        }
        Some(date)
    }

    /// The weekday's English name, for explanations and tests.
    pub fn weekday_name(self) -> &'static str {
        match self.0.weekday() {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }
}

impl fmt::Display for Date {
    /// ISO 8601: `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        let parts: Vec<u32> = text.split('-').map(|p| p.parse().unwrap()).collect();
        Date::new(parts[0] as i32, parts[1], parts[2]).unwrap()
    }

    #[test]
    fn periods_of_months_follow_the_model_book() {
        assert_eq!(d("2003-06-16").period_end(12).unwrap(), d("2004-06-15"));
        assert_eq!(d("2003-03-31").period_end(23).unwrap(), d("2005-02-28"));
        assert_eq!(d("2004-02-29").period_end(12).unwrap(), d("2005-02-28"));
        assert_eq!(d("2003-03-31").period_end(1).unwrap(), d("2003-04-30"));
        assert_eq!(d("2003-01-01").period_end(1).unwrap(), d("2003-01-31"));
        assert_eq!(d("2003-01-31").period_end(1).unwrap(), d("2003-02-28"));
        assert_eq!(d("2004-01-30").period_end(1).unwrap(), d("2004-02-29"));
        assert_eq!(d("2003-12-15").period_end(1).unwrap(), d("2004-01-14"));
    }

    #[test]
    fn adding_months_clamps_to_the_month_end() {
        assert_eq!(d("2004-01-31").plus_months(1).unwrap(), d("2004-02-29"));
        assert_eq!(d("2003-01-31").plus_months(1).unwrap(), d("2003-02-28"));
        assert_eq!(d("2003-01-31").plus_months(12).unwrap(), d("2004-01-31"));
        assert_eq!(d("2003-08-01").plus_months(-8).unwrap(), d("2002-12-01"));
        assert!(d("9999-12-01").plus_months(1).is_none());
    }

    #[test]
    fn quarters_and_days() {
        assert_eq!(d("2003-01-31").quarter_end(), d("2003-03-31"));
        assert_eq!(d("2003-05-02").quarter_end(), d("2003-06-30"));
        assert_eq!(d("2003-11-02").quarter_start(), d("2003-10-01"));
        assert!(d("2003-09-30").is_quarter_end());
        assert!(!d("2003-09-29").is_quarter_end());
        assert_eq!(d("2003-01-31").days_until(d("2003-03-31")), 59);
        assert_eq!(d("2004-02-28").plus_days(1).unwrap(), d("2004-02-29"));
        assert_eq!(d("2003-02-28").plus_days(1).unwrap(), d("2003-03-01"));
        assert!(d("0001-01-01").plus_days(-1).is_none());
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2003, 13), 0);
    }

    #[test]
    fn business_days_skip_weekends_and_not_the_start() {
        // 2003-06-16 was a Monday.
        assert_eq!(d("2003-06-16").weekday_name(), "Monday");
        assert_eq!(
            d("2003-06-16").business_days_after(15).unwrap(),
            d("2003-07-07")
        );
        // From a Friday, the 1st business day after is the Monday.
        assert_eq!(
            d("2003-06-20").business_days_after(1).unwrap(),
            d("2003-06-23")
        );
        // From a Saturday, the 5th is the next Friday.
        assert_eq!(
            d("2003-06-21").business_days_after(5).unwrap(),
            d("2003-06-27")
        );
        assert_eq!(
            d("2003-06-21").business_days_after(0).unwrap(),
            d("2003-06-21")
        );
    }

    #[test]
    fn impossible_dates_are_none() {
        assert!(Date::new(2003, 2, 29).is_none());
        assert!(Date::new(2003, 13, 1).is_none());
        assert!(Date::new(10000, 1, 1).is_none());
        assert_eq!(d("2003-06-16").to_string(), "2003-06-16");
    }
}
