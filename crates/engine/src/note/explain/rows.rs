//! Explanations of a scheduled period's figures (`rows[N].interest`,
//! `overdue_interest`, `due`, `overdue_balance`, `principal`, `days`), apart
//! from the results because each reads one row of the schedule.

use super::interest::{on_overdue, on_principal, outstanding, overdue_before};
use crate::explain::*;
use crate::note::schedule::ScheduleRow;
use crate::note::{NoteInputs, NoteOutcome};
use crate::Money;
use rust_decimal::Decimal;

pub(super) fn row_explanation(
    inputs: &NoteInputs,
    outcome: &NoteOutcome,
    row: &ScheduleRow,
    key: &str,
    index: usize,
    name: &str,
) -> Result<Explanation, ExplainError> {
    let accrual = &row.accrual;
    let fig = |column: &str, symbol: &str, amount: Money| {
        money(symbol, amount, figure(format!("rows[{index}].{column}")))
    };
    Ok(match name {
        "interest" => {
            let expr = on_principal(inputs, accrual, |i| match i {
                0 => figure(format!("rows[{index}].principal")),
                _ => derived("the principal outstanding after a pay-down"),
            });
            let mut e = explanation(
                key,
                "interest on principal for the period",
                "interest",
                expr,
                accrual.on_principal,
                "the note: interest quarterly at the lesser of the stated and the lawful rate",
            );
            if accrual.parts.len() > 1 {
                e.notes.push(
                    "A pay-down inside the period splits it; each part is rounded on its own."
                        .to_string(),
                );
            }
            e
        }
        "overdue_interest" => explanation(
            key,
            "interest on overdue interest",
            "overdue interest",
            on_overdue(inputs, accrual, overdue_before(index)),
            accrual.on_overdue,
            "the note: interest on overdue interest",
        ),
        "due" => explanation(
            key,
            "everything payable on the date",
            "due",
            Expr::Sum(vec![
                fig("interest", "interest", accrual.on_principal),
                fig("overdue_interest", "overdue interest", accrual.on_overdue),
                money("O", accrual.overdue_at_start, overdue_before(index)),
            ]),
            row.due,
            "the note: interest payable quarterly",
        ),
        "overdue_balance" => {
            let (expr, note) = if row.paid {
                (number(0), "Paid on the date: nothing stays overdue.")
            } else {
                (
                    fig("due", "due", row.due),
                    "Missed: everything due joins the overdue balance.",
                )
            };
            let mut e = explanation(
                key,
                "the overdue balance after the date",
                "O",
                expr,
                row.overdue_balance,
                "the note: interest on overdue interest",
            );
            e.notes.push(note.to_string());
            e
        }
        "principal" => explanation(
            key,
            "principal outstanding at the period's start",
            "P",
            outstanding(inputs, accrual.start),
            accrual.principal(),
            "the note: \"or such lesser sum as may be demanded\"",
        ),
        "days" => {
            let mut e = explanation(
                key,
                "the day count of the period",
                "days",
                value(
                    "days",
                    Decimal::from(accrual.days),
                    Shown::Number,
                    derived(format!(
                        "after {} up to and including {}",
                        accrual.start, accrual.end
                    )),
                ),
                Money::ZERO,
                "the note: actual days over a year of 360 days",
            );
            e.value = Decimal::from(accrual.days);
            e.shown = Shown::Number;
            e
        }
        "date" => {
            let (expr, clause) = match index.checked_sub(1) {
                None => (
                    date(
                        "first",
                        row.date,
                        if inputs.first.is_some() {
                            input(NoteInput::First)
                        } else {
                            derived("the first calendar quarter's last day after the note's date")
                        },
                    ),
                    "the note: \"payable quarterly, beginning March 31, 2003\"",
                ),
                Some(previous) => (
                    date(
                        "quarter end",
                        row.date,
                        derived(format!(
                            "the last day of the calendar quarter after rows[{previous}].date"
                        )),
                    ),
                    "the note: interest payable quarterly",
                ),
            };
            let mut e = date_explanation(
                key,
                "the scheduled interest date",
                "date",
                expr,
                row.date,
                clause,
            );
            e.notes.push(format!(
                "Only dates before the demand on {} are scheduled.",
                inputs.demand_date()
            ));
            e
        }
        "paid" => return Err(ExplainError::NotCovered(key.to_string())),
        _ => {
            let _ = outcome;
            return Err(ExplainError::UnknownFigure(key.to_string()));
        }
    })
}
