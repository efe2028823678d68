//! The Note's inputs as validated values (the Inputs table of `note.md`), and the
//! defaults that follow `dated`: the first interest date and the demand date.
//!
//! A following input is an `Option`: `None` while it follows `dated`, `Some` once
//! the scenario sets it, even to the value it would have had (`links.md` writes an
//! explicitly set following input). `amount` likewise remembers being set.

use super::daycount::DayBasis;
use crate::{Date, Money};
use rust_decimal::Decimal;

/// The principal in the note's words: "TEN THOUSAND ONE HUNDRED EIGHTY-THREE AND 10/100".
pub const WORDS_AMOUNT: Decimal = Decimal::from_parts(1_018_310, 0, 0, false, 2);
/// The principal in the note's figures: "$10,183.20".
pub const FIGURES_AMOUNT: Decimal = Decimal::from_parts(1_018_320, 0, 0, false, 2);

/// Which principal the model takes (`note.md`, Readings: words against figures).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrincipalReading {
    /// Words control figures (N.Y. U.C.C. § 3-118(c)): 10,183.10, the default.
    Words,
    /// The figures: 10,183.20.
    Figures,
    /// An amount the user enters instead.
    Amount(Money),
}

impl PrincipalReading {
    /// The principal this reading gives.
    pub fn principal(self) -> Money {
        match self {
            PrincipalReading::Words => Money::round(WORDS_AMOUNT).unwrap_or(Money::ZERO),
            PrincipalReading::Figures => Money::round(FIGURES_AMOUNT).unwrap_or(Money::ZERO),
            PrincipalReading::Amount(amount) => amount,
        }
    }
}

/// Principal paid down on a date ("or such lesser sum as may be demanded").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PayDown {
    pub date: Date,
    pub amount: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NoteInputs {
    /// `None`: not set, the words.
    pub amount: Option<PrincipalReading>,
    /// The note's date: interest runs from it.
    pub dated: Date,
    /// The stated rate, percent a year.
    pub rate_pct: Decimal,
    /// The highest lawful rate, percent a year.
    pub usury_pct: Decimal,
    pub basis: DayBasis,
    /// `None`: follows `dated` (the first quarter's last day after it).
    pub first: Option<Date>,
    /// `None`: follows `dated` (twelve months later).
    pub demand: Option<Date>,
    /// Sorted by date, one per date.
    pub paydowns: Vec<PayDown>,
    /// Scheduled interest dates on which nothing was paid, sorted.
    pub missed: Vec<Date>,
    /// Attorneys' and collection fees added to the payoff.
    pub collection: Money,
}

/// The stated rate: 4.75 % a year.
pub const STATED_RATE_PCT: Decimal = Decimal::from_parts(475, 0, 0, false, 2);
/// The default lawful ceiling: 25 % a year (New York criminal usury).
pub const DEFAULT_USURY_PCT: Decimal = Decimal::from_parts(25, 0, 0, false, 0);

/// The first calendar quarter's last day strictly after `dated` (a note dated on
/// a quarter's last day first pays at the next quarter's end).
pub fn default_first(dated: Date) -> Date {
    dated.next_day().map_or(dated, Date::quarter_end)
}

/// `dated` + 12 months, the same day-of-month or the month's last day.
pub fn default_demand(dated: Date) -> Date {
    dated.plus_months(12).unwrap_or(dated)
}

impl NoteInputs {
    pub fn defaults() -> NoteInputs {
        NoteInputs {
            amount: None,
            dated: Date::known(2003, 1, 31),
            rate_pct: STATED_RATE_PCT,
            usury_pct: DEFAULT_USURY_PCT,
            basis: DayBasis::Act360,
            first: None,
            demand: None,
            paydowns: Vec::new(),
            missed: Vec::new(),
            collection: Money::ZERO,
        }
    }

    /// The principal reading in force (the words unless set).
    pub fn reading(&self) -> PrincipalReading {
        self.amount.unwrap_or(PrincipalReading::Words)
    }

    pub fn principal(&self) -> Money {
        self.reading().principal()
    }

    /// The first interest date in force.
    pub fn first_date(&self) -> Date {
        self.first.unwrap_or_else(|| default_first(self.dated))
    }

    /// The demand date in force.
    pub fn demand_date(&self) -> Date {
        self.demand.unwrap_or_else(|| default_demand(self.dated))
    }

    /// The rate applied: the lesser of the stated rate and the lawful maximum.
    pub fn applied_rate_pct(&self) -> Decimal {
        self.rate_pct.min(self.usury_pct)
    }

    /// Whether nothing was paid on `date`.
    pub fn is_missed(&self, date: Date) -> bool {
        self.missed.contains(&date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn following_defaults() {
        assert_eq!(
            default_first(Date::known(2003, 1, 31)),
            Date::known(2003, 3, 31)
        );
        assert_eq!(
            default_first(Date::known(2003, 3, 31)),
            Date::known(2003, 6, 30)
        );
        assert_eq!(
            default_first(Date::known(2003, 12, 31)),
            Date::known(2004, 3, 31)
        );
        assert_eq!(
            default_demand(Date::known(2004, 2, 29)),
            Date::known(2005, 2, 28)
        );
        assert_eq!(
            PrincipalReading::Figures.principal().to_string(),
            "10183.20"
        );
        assert_eq!(NoteInputs::defaults().principal().to_string(), "10183.10");
    }
}
