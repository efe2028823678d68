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

/// What became of interest not paid, one sentence per run of missed dates: what
/// each missed date carried into the overdue balance, the interest on it at each
/// later date (¶ 2: interest "on overdue interest payments"), and when it is paid
/// — with everything due on the next date not missed — or that it is still owed at
/// the demand.
fn missed_story(schedule: &Schedule, demand: crate::Date) -> Option<String> {
    let rows = &schedule.rows;
    let mut sentences = Vec::new();
    let mut next = 0;
    while next < rows.len() {
        if rows[next].paid {
            next += 1;
            continue;
        }
        let first = next;
        while rows.get(next).is_some_and(|row| !row.paid) {
            next += 1;
        }
        // rows[first..next] were missed; rows[next], if any, was paid.
        let missed: Vec<String> = rows[first..next]
            .iter()
            .map(|row| format!("{} ({:#})", row.date, row.due))
            .collect();
        let interest: Vec<String> = rows
            .iter()
            .take(next + 1)
            .skip(first + 1)
            .map(|row| format!("{:#} on {}", row.accrual.on_overdue, row.date))
            .collect();
        let interest = if interest.is_empty() {
            String::new()
        } else {
            format!(": {}", interest.join(", "))
        };
        let end = match rows.get(next) {
            Some(paid) => format!(
                "it is paid on {} with everything then due ({:#})",
                paid.date, paid.due
            ),
            None => {
                format!("it is still unpaid at the demand on {demand} and is part of the payoff")
            }
        };
        sentences.push(format!(
            "Interest due on {} was not paid: it is carried as overdue interest, which bears interest at the note's rate, compounding quarterly (¶ 2){interest}; {end}.",
            missed.join(" and ")
        ));
    }
    (!sentences.is_empty()).then(|| sentences.join(" "))
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
    if let Some(story) = missed_story(schedule, demand) {
        push(NoticeKind::MissedInterest, story);
    }
    if !payoff.overdue.is_zero() {
        push(
            NoticeKind::OverdueAtDemand,
            format!("Overdue interest of {:#} is unpaid at the demand and is part of the payoff, with {:#} interest on it.", payoff.overdue, payoff.accrued_on_overdue),
        );
    }
    notices
}
