//! The Note's notices: what the interface tells a negotiator about the scenario
//! (the principal reading in force, a binding lawful rate, missed dates, a first
//! interest date after the demand, a demand on an interest date).

use super::inputs::{NoteInputs, PrincipalReading, FIGURES_AMOUNT, WORDS_AMOUNT};
use super::payoff::Payoff;
use super::schedule::Schedule;
use crate::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoticeKind {
    PrincipalReading,
    LawfulRateBinds,
    NoInterestDateBeforeDemand,
    DemandOnQuarterEnd,
    MissedInterest,
    OverdueAtDemand,
}

/// One kind of notice with its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

fn reading_text(reading: PrincipalReading) -> String {
    // Amounts in sentences are grouped, like every other amount people read.
    let words = Money::round(WORDS_AMOUNT).unwrap_or(Money::ZERO);
    let figures = Money::round(FIGURES_AMOUNT).unwrap_or(Money::ZERO);
    match reading {
        PrincipalReading::Words => format!(
            "Principal {words:#}: the note's words; its figures say {figures:#}, and under New York law words control figures (N.Y. U.C.C. § 3-118(c))."
        ),
        PrincipalReading::Figures => format!(
            "Principal {figures:#}: the note's figures, although under New York law its words ({words:#}) control figures (N.Y. U.C.C. § 3-118(c))."
        ),
        PrincipalReading::Amount(amount) => format!(
            "Principal {amount:#}: an amount entered in place of the note's words ({words:#}) and figures ({figures:#})."
        ),
    }
}

pub fn notices(inputs: &NoteInputs, schedule: &Schedule, payoff: &Payoff) -> Vec<Notice> {
    let mut notices = vec![Notice {
        kind: NoticeKind::PrincipalReading,
        text: reading_text(inputs.reading()),
    }];
    let mut push = |kind, text: String| notices.push(Notice { kind, text });

    if inputs.usury_pct < inputs.rate_pct {
        push(
            NoticeKind::LawfulRateBinds,
            format!(
                "The lawful maximum ({} %) is below the stated rate ({} %): interest runs at {} %, the lesser of the two.",
                inputs.usury_pct.normalize(),
                inputs.rate_pct.normalize(),
                inputs.applied_rate_pct().normalize()
            ),
        );
    }
    let demand = inputs.demand_date();
    if schedule.rows.is_empty() {
        push(
            NoticeKind::NoInterestDateBeforeDemand,
            format!(
                "No interest date falls before the demand ({demand}; the first is {}): the payoff carries all interest from {}.",
                inputs.first_date(),
                inputs.dated
            ),
        );
    }
    if demand.is_quarter_end() && demand >= inputs.first_date() {
        push(
            NoticeKind::DemandOnQuarterEnd,
            format!("The demand ({demand}) falls on an interest date: that quarter's interest is part of the payoff, not a scheduled payment."),
        );
    }
    let missed: Vec<String> = schedule
        .rows
        .iter()
        .filter(|row| !row.paid)
        .map(|row| row.date.to_string())
        .collect();
    if !missed.is_empty() {
        push(
            NoticeKind::MissedInterest,
            format!(
                "Interest not paid on {}: what was due joins the overdue balance, which bears interest at the same rate (compounding quarterly).",
                missed.join(", ")
            ),
        );
    }
    if !payoff.overdue.is_zero() {
        push(
            NoticeKind::OverdueAtDemand,
            format!("Overdue interest of {:#} is unpaid at the demand and is part of the payoff, with {:#} interest on it.", payoff.overdue, payoff.accrued_on_overdue),
        );
    }
    notices
}
