//! Explanations of the charge for a stop (`results.termination_charge`) and of
//! the day it is due (`results.termination_due`), apart from the other results
//! because they read the termination and the invoices after the stop.

use crate::explain::*;
use crate::msa::inputs::Cause;
use crate::msa::{Invoice, MsaInputs, MsaOutcome, Termination};
use rust_decimal::Decimal;

/// The termination, or why a figure of it has no value: TWW does not terminate.
fn stopped(outcome: &MsaOutcome, key: &str) -> Result<Termination, ExplainError> {
    outcome.termination.ok_or_else(|| {
        ExplainError::NoValue(
            key.to_string(),
            "no termination date: TWW does not terminate".to_string(),
        )
    })
}

/// The early-termination charge: the recurring charges after a voluntary stop.
pub(super) fn termination_charge(
    outcome: &MsaOutcome,
    key: &str,
) -> Result<Explanation, ExplainError> {
    let termination = stopped(outcome, key)?;
    let (expr, clause) = match termination.cause {
        Cause::Voluntary => (
            Expr::Sum(recurring_terms(
                outcome,
                outcome
                    .invoices
                    .iter()
                    .filter(|invoice| invoice.date > termination.stop),
            )),
            "cl. 12",
        ),
        Cause::ProviderBreach => (number(0), "cl. 12(b)(i)–(iii)"),
    };
    let mut e = explanation(
        key,
        "the early-termination charge",
        "termination charge",
        expr,
        termination.charge,
        clause,
    );
    e.notes.push(match termination.cause {
        Cause::Voluntary => format!(
            "The recurring charges of every billing period starting after the stop on {}.",
            termination.stop
        ),
        Cause::ProviderBreach => {
            "A stop for the Provider's breach owes no termination charge.".to_string()
        }
    });
    Ok(e)
}

/// The invoices' recurring charges as terms (`recurring(3)`), walking back to the
/// row where the invoice is shown.
fn recurring_terms<'a>(
    outcome: &MsaOutcome,
    invoices: impl Iterator<Item = &'a Invoice>,
) -> Vec<Expr> {
    invoices
        .map(|invoice| {
            let index = invoice.number.saturating_sub(1) as usize;
            let source = if index < outcome.shown_count {
                figure(format!("rows[{index}].recurring"))
            } else {
                derived(format!(
                    "invoice {} of {}, after the stop",
                    invoice.number, invoice.date
                ))
            };
            money(
                &format!("recurring({})", invoice.number),
                invoice.recurring,
                source,
            )
        })
        .collect()
}

/// When the termination charge is owed: the stop plus the payment days.
pub(super) fn termination_due(
    inputs: &MsaInputs,
    outcome: &MsaOutcome,
    key: &str,
) -> Result<Explanation, ExplainError> {
    let termination = stopped(outcome, key)?;
    let Some(due) = termination.due else {
        return Err(ExplainError::NoValue(
            key.to_string(),
            format!(
                "the stop on {} charges nothing, so nothing falls due",
                termination.stop
            ),
        ));
    };
    let expr = add(
        date("stop", termination.stop, input(MsaInput::Stop)),
        value(
            "days",
            Decimal::from(inputs.due_days),
            Shown::Number,
            input(MsaInput::DueDays),
        ),
    );
    let mut e = date_explanation(
        key,
        "the day the termination charge is due",
        "charge due",
        expr,
        due,
        "cl. 6(b), 12; reading",
    );
    e.notes.push("The contract gives no date for the charge (\"in addition to any outstanding invoices\", cl. 12): it is read as billed like an invoice issued on the stop date, so it is due as many days after the stop as any invoice after its date (cl. 6(b)). It has no dispute deadline.".to_string());
    Ok(e)
}
