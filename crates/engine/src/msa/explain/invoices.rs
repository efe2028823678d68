//! Explanations of an invoice's charges (`rows[N].recurring`, `nrc`, `amount`,
//! and the row's dates): the charge of a billing period in full or pro rata by
//! days, apart from the results because each reads one invoice.

use crate::explain::*;
use crate::msa::{Invoice, MsaInputs};
use crate::Money;
use rust_decimal::Decimal;

/// The full charge of a period: MRC × its months (1, 3 or 12).
fn full_charge(inputs: &MsaInputs) -> Expr {
    mul(
        money("MRC", inputs.mrc, input(MsaInput::Mrc)),
        value(
            "months",
            Decimal::from(inputs.billing.months()),
            Shown::Number,
            input(MsaInput::Billing),
        ),
    )
}

/// An invoice's recurring charge: in full, or pro rata by days (cl. 4).
fn recurring(inputs: &MsaInputs, invoice: &Invoice) -> Expr {
    if invoice.days_served >= invoice.days_in_full {
        full_charge(inputs)
    } else if invoice.days_served <= 0 {
        number(0)
    } else {
        let served = value(
            "days served",
            Decimal::from(invoice.days_served),
            Shown::Number,
            derived(format!(
                "{} to {}, both counted",
                invoice.period_start, invoice.period_end
            )),
        );
        let full = value(
            "days in period",
            Decimal::from(invoice.days_in_full),
            Shown::Number,
            derived(format!(
                "the full period {} to {}",
                invoice.full_start, invoice.full_end
            )),
        );
        fraction(full_charge(inputs), served, full)
    }
}

pub(super) fn row(
    inputs: &MsaInputs,
    invoice: &Invoice,
    previous_invoice: Option<&Invoice>,
    key: &str,
    index: usize,
    name: &str,
) -> Result<Explanation, ExplainError> {
    let figure_of = |column: &str, symbol: &str, amount: Money| {
        money(symbol, amount, figure(format!("rows[{index}].{column}")))
    };
    Ok(match name {
        "recurring" => {
            let mut e = explanation(
                key,
                "the recurring charge of the billing period",
                "recurring",
                recurring(inputs, invoice),
                invoice.recurring,
                "cl. 4; MRC: assumption (the Service Order's)",
            );
            if invoice.days_served < invoice.days_in_full {
                e.notes.push(format!(
                    "A partial period ({} of {} days) is charged pro rata by days.",
                    invoice.days_served, invoice.days_in_full
                ));
            }
            e
        }
        "nrc" => {
            let expr = if invoice.number == 1 {
                money("NRC", inputs.nrc, input(MsaInput::Nrc))
            } else {
                number(0)
            };
            let mut e = explanation(
                key,
                "the non-recurring charge",
                "nrc",
                expr,
                invoice.nrc,
                "cl. 6(g); amount: assumption",
            );
            e.notes
                .push("The NRC is on the first invoice only.".to_string());
            e
        }
        "amount" => explanation(
            key,
            "the invoice's amount",
            "amount",
            add(
                figure_of("recurring", "recurring", invoice.recurring),
                figure_of("nrc", "NRC", invoice.nrc),
            ),
            invoice.amount,
            "cl. 4, 6(g)",
        ),
        "date" => {
            let (expr, note) = match previous_invoice {
                None => (
                    date("A", invoice.date, figure("results.term_start")),
                    "The first invoice is dated the Acceptance Date.",
                ),
                Some(previous) => {
                    let end = date(
                        "previous end",
                        previous.period_end,
                        figure(format!("rows[{}].period_end", index - 1)),
                    );
                    (
                        add(end, number(1)),
                        "Each later invoice is dated the day after the previous period ends.",
                    )
                }
            };
            let mut e = date_explanation(
                key,
                "the invoice date: the period's first day",
                "date",
                expr,
                invoice.date,
                "cl. 4: invoiced in advance; cl. 6(g)",
            );
            e.notes.push(note.to_string());
            e
        }
        "period_start" => date_explanation(
            key,
            "the first day billed",
            "period start",
            date("date", invoice.date, figure(format!("rows[{index}].date"))),
            invoice.period_start,
            "cl. 4",
        ),
        "period_end" => {
            let full_end = date(
                "full end",
                invoice.full_end,
                derived(format!(
                    "the last day of the whole period {} to {}",
                    invoice.full_start, invoice.full_end
                )),
            );
            let term_end = date(
                "term end",
                outcome_term_end(invoice, inputs),
                figure("results.term_end"),
            );
            date_explanation(
                key,
                "the last day billed",
                "period end",
                Expr::Min(vec![full_end, term_end]),
                invoice.period_end,
                "cl. 3, 4",
            )
        }
        "due" => date_explanation(
            key,
            "the invoice's due date",
            "due",
            add(
                date("date", invoice.date, figure(format!("rows[{index}].date"))),
                value(
                    "due days",
                    Decimal::from(inputs.due_days),
                    Shown::Number,
                    input(MsaInput::DueDays),
                ),
            ),
            invoice.due,
            "cl. 6(b); the number of days: assumption",
        ),
        "dispute_by" => date_explanation(
            key,
            "the last day to dispute the invoice",
            "dispute by",
            add(
                date("date", invoice.date, figure(format!("rows[{index}].date"))),
                value(
                    "dispute days",
                    Decimal::from(crate::msa::schedule::DISPUTE_DAYS),
                    Shown::Number,
                    TermSource::Constant("cl. 6(d)"),
                ),
            ),
            invoice.dispute_by,
            "cl. 6(d)",
        ),
        "number" => return Err(ExplainError::NotCovered(key.to_string())),
        _ => return Err(ExplainError::UnknownFigure(key.to_string())),
    })
}

/// The term's last day, as the schedule computed it (the last invoice ends there).
fn outcome_term_end(invoice: &Invoice, inputs: &MsaInputs) -> crate::Date {
    crate::msa::schedule::term(inputs).map_or(invoice.period_end, |term| term.end)
}
