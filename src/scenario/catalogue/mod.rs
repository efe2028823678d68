//! The catalogue: every figure of every deal declared once — its output key (the
//! JSON and CSV name of `links.md`), the label a person reads, its kind (how it is
//! written and shown) and whether a goal seek may aim at it.
//!
//! Every surface reads from here: the command line's key order, the page's
//! headlines and table headers, compare, the tools' lists and answers,
//! explanation titles, CSV headers. A key appears in JSON, CSV and links; the
//! label is what the page shows in its place.
//!
//! The inputs are the fields' ([`inputs`]); the engine names an input by a typed
//! id, which `input_keys` maps to its link key and so to its label.

mod input_keys;
mod msa;
mod note;
mod read;
mod venture;

pub use input_keys::{input_id_label, input_key};
pub use read::{row, value, Read, Readable};

use super::deal_form::Deal;
use super::fields::{FieldInfo, VENTURE_FIELDS};

/// What a figure is, which decides how it is written and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Dollars and cents.
    Money,
    /// A fraction (0.25), shown as a percentage.
    Fraction,
    /// A number that already is a percentage (5.25 for 5.25 %).
    Percent,
    /// An effective rate a year as a fraction (the IRR), shown as "… % a year".
    RateAYear,
    /// A civil date, `YYYY-MM-DD`.
    Date,
    /// A calendar month, `YYYY-MM`.
    CalendarMonth,
    /// A statement month, counted from 1 ("month 6").
    MonthNumber,
    /// A cash month t, counted from 0 (month 0 is the start).
    CashMonth,
    /// Minutes of traffic.
    Minutes,
    /// A count of days.
    Days,
    /// An ordinal: an invoice's number.
    Number,
    /// Words.
    Text,
    /// Yes or no.
    YesNo,
}

/// Whether, and how, a goal seek may aim at a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aim {
    /// Not a target.
    None,
    /// A month: met when reached by month N.
    ByMonth,
    /// An amount: met when at least X.
    AtLeast,
}

/// One figure of a deal's output: declared once, with what reads it.
#[derive(Debug, Clone, Copy)]
pub struct Figure {
    /// The JSON and CSV key (`links.md`); never shown on the page.
    pub key: &'static str,
    /// What the page calls it.
    pub label: &'static str,
    pub kind: Kind,
    pub aim: Aim,
    /// The accessor from the deal's outcome (or a row of its table) to the
    /// typed value that JSON, CSV and the page write.
    pub read: Read,
}

/// Figures are the same when they are declared the same (the accessor is
/// what the key names).
impl PartialEq for Figure {
    fn eq(&self, other: &Figure) -> bool {
        (self.key, self.label, self.kind, self.aim)
            == (other.key, other.label, other.kind, other.aim)
    }
}

impl Eq for Figure {}

/// A figure that is not a goal-seek target.
pub(crate) const fn figure(
    key: &'static str,
    label: &'static str,
    kind: Kind,
    read: Read,
) -> Figure {
    Figure {
        key,
        label,
        kind,
        aim: Aim::None,
        read,
    }
}

/// A figure a goal seek may aim at.
pub(crate) const fn target(
    key: &'static str,
    label: &'static str,
    kind: Kind,
    aim: Aim,
    read: Read,
) -> Figure {
    Figure {
        key,
        label,
        kind,
        aim,
        read,
    }
}

/// A deal's results, in the order of `links.md`.
pub fn results(deal: Deal) -> &'static [Figure] {
    match deal {
        Deal::Venture => venture::RESULTS,
        Deal::Msa => msa::RESULTS,
        Deal::Note => note::RESULTS,
    }
}

/// The columns of a deal's table: `rows` (what `--format csv` prints) or a
/// further table (`cash`, `dates`). Empty for a table the deal does not have.
pub fn columns(deal: Deal, table: &str) -> &'static [Figure] {
    match (deal, table) {
        (Deal::Venture, "rows") => venture::ROWS,
        (Deal::Venture, "cash") => venture::CASH,
        (Deal::Msa, "rows") => msa::ROWS,
        (Deal::Msa, "dates") => msa::DATES,
        (Deal::Note, "rows") => note::ROWS,
        _ => &[],
    }
}

/// The keys of a list of figures, in order.
pub fn keys(figures: &'static [Figure]) -> Vec<&'static str> {
    figures.iter().map(|figure| figure.key).collect()
}

/// A result of a deal by its key.
pub fn result(deal: Deal, key: &str) -> Option<&'static Figure> {
    results(deal).iter().find(|figure| figure.key == key)
}

/// A column of a deal's table by its key.
pub fn column(deal: Deal, table: &str, key: &str) -> Option<&'static Figure> {
    columns(deal, table).iter().find(|figure| figure.key == key)
}

/// A deal's inputs, in the order of the model book's Inputs table: each with its
/// link key, label, source and control.
pub fn inputs(deal: Deal) -> &'static [FieldInfo] {
    match deal {
        Deal::Venture => VENTURE_FIELDS,
        Deal::Msa => super::msa::fields::FIELDS,
        Deal::Note => super::note::fields::FIELDS,
    }
}

/// An input of a deal by its link key.
pub fn input(deal: Deal, param: &str) -> Option<&'static FieldInfo> {
    inputs(deal).iter().find(|field| field.param == param)
}

/// What the page calls an input ("this input" for a key the deal does not have,
/// so that a link key never reaches the page).
pub fn input_label(deal: Deal, param: &str) -> &'static str {
    input(deal, param).map_or("this input", |field| field.label)
}

/// What the page calls a result ("this result" for an unknown key).
pub fn result_label(deal: Deal, key: &str) -> &'static str {
    result(deal, key).map_or("this result", |figure| figure.label)
}

/// The deal an output's `model` word names.
pub fn deal_of_model(model: &str) -> Option<Deal> {
    Deal::ALL.into_iter().find(|deal| deal.route() == model)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_labels_are_words() {
        for deal in Deal::ALL {
            let tables = ["rows", "cash", "dates"];
            let lists = std::iter::once(results(deal)).chain(tables.map(|t| columns(deal, t)));
            for list in lists {
                let mut seen = Vec::new();
                for figure in list {
                    assert!(!seen.contains(&figure.key), "{} twice", figure.key);
                    seen.push(figure.key);
                    assert_ne!(figure.label, figure.key, "{} has no label", figure.key);
                    assert!(
                        !figure.label.contains('_'),
                        "{}: the label reads as a key",
                        figure.key
                    );
                }
            }
        }
    }

    #[test]
    fn only_months_and_money_are_aimed_at() {
        for deal in Deal::ALL {
            for figure in results(deal) {
                match figure.aim {
                    Aim::ByMonth => {
                        assert!(matches!(figure.kind, Kind::MonthNumber | Kind::CashMonth))
                    }
                    Aim::AtLeast => assert_eq!(figure.kind, Kind::Money, "{}", figure.key),
                    Aim::None => {}
                }
            }
        }
    }

    #[test]
    fn every_number_declares_its_range_once() {
        use crate::scenario::fields::Control;
        // Inputs whose range another input decides.
        const DEPENDENT: &[&str] = &["share", "end", "lateinv"];
        for deal in Deal::ALL {
            for field in inputs(deal) {
                let numeric = matches!(
                    field.control,
                    Control::Number | Control::Slider(_) | Control::OptionalNumber
                );
                if numeric && !DEPENDENT.contains(&field.param) {
                    assert!(
                        field.range.is_some(),
                        "{deal:?} {} has no range",
                        field.param
                    );
                }
            }
        }
    }
}
