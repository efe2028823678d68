//! What the page shows about each Note input: label, source, summary, control.
//! The note's paragraphs are not numbered: clauses are cited by paragraph (¶).

use super::{AMOUNT, COLLECT, RATE};
use crate::scenario::fields::{field, slides, Control, FieldInfo, Source};

/// The day-count choices, with their labels.
pub const BASIS_CHOICES: &[(&str, &str)] = &[
    ("act360", "Actual/360 (the note)"),
    ("act365", "Actual/365"),
    ("30360", "30/360 Bond Basis"),
];

/// The two readings of the principal the page offers (a link may also give
/// another amount, shown beside them).
pub const AMOUNT_READINGS: &[(&str, &str)] = &[
    ("words", "The words: $10,183.10"),
    ("figures", "The figures: $10,183.20"),
];

/// The inputs in the order of the model book's Inputs table.
pub const FIELDS: &[FieldInfo] = &[
    field("amount", "Principal as written", Source::Contract("Demand Note, ¶ 1"), "The note states its principal twice and the two disagree: 10,183.10 in words, 10,183.20 in figures. Under New York law the words prevail, so the words are the default; the figures can be taken instead (a link may also give another amount).", Control::Choice(AMOUNT_READINGS)).with_range(AMOUNT),
    field("dated", "Note date (interest runs from)", Source::Contract("Demand Note, date line"), "The note was signed in New York on 31 January 2003; interest accrues from that day.", Control::Date),
    field("rate", "Stated rate (% a year)", Source::Contract("Demand Note, ¶ 2(a)"), "Fusion pays interest at 4.75 % a year, or at the lawful maximum where that is lower.", slides("0", "25", "0.05", "0.5")).with_range(RATE),
    field("usury", "Highest lawful rate (% a year)", Source::ContractAmountAssumed("Demand Note, ¶ 2(b)"), "The note caps interest at the highest rate the usury laws allow. The ceiling assumed is New York's criminal usury rate of 25 %, the one a corporate borrower may raise.", slides("0", "100", "0.25", "1")).with_range(RATE),
    field("basis", "Day count", Source::Contract("Demand Note, ¶ 2"), "Interest is counted on the days actually elapsed over a 360-day year; the other bases are there to compare what that costs.", Control::Choice(BASIS_CHOICES)),
    field("first", "First interest date", Source::Contract("Demand Note, ¶ 2"), "Interest falls due every quarter, the first time on 31 March 2003; later dates are the last days of the following calendar quarters.", Control::Date),
    field("demand", "Demand (payoff) date", Source::Assumption, "The note is payable whenever the lender demands it and names no date; by default the demand comes a year after the note date.", Control::Date),
    field("paydown", "Principal paid down", Source::Contract("Demand Note, ¶ 1"), "The lender may demand less than the whole principal; a part paid before the demand stops bearing interest the day after it is paid.", Control::List),
    field("missed", "Interest dates missed", Source::Contract("Demand Note, ¶ 2"), "Interest not paid when due is itself charged interest at the note's rate, so unpaid interest compounds from quarter to quarter.", Control::List),
    field("collect", "Collection costs ($)", Source::ContractAmountAssumed("Demand Note, ¶ 3"), "If the lender has to collect through lawyers or the courts, Fusion also owes reasonable legal and collection fees; their amount is an estimate.", Control::Number).with_range(COLLECT),
];

/// The field of a parameter.
pub fn field_of(param: &str) -> Option<&'static FieldInfo> {
    FIELDS.iter().find(|field| field.param == param)
}
