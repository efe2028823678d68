//! Explanations of the MSA's money results (`results.total_charges`,
//! `max_deposit`, `shortfall`, `late_interest`): the one door to every result,
//! handing the termination's to `termination` and the term's dates to `dates`.

use super::dates::{term_or_commitment_end, term_start};
use super::termination::{termination_charge, termination_due};
use crate::explain::*;
use crate::msa::commitment::inside_commitment;
use crate::msa::inputs::LateConvention;
use crate::msa::{MsaInputs, MsaOutcome};
use crate::Money;
use rust_decimal::Decimal;

pub(super) fn result(
    inputs: &MsaInputs,
    outcome: &MsaOutcome,
    key: &str,
    name: &str,
) -> Result<Explanation, ExplainError> {
    Ok(match name {
        "total_charges" => {
            let mut items: Vec<Expr> = outcome
                .shown()
                .iter()
                .enumerate()
                .map(|(i, invoice)| {
                    money(
                        &format!("amount({})", invoice.number),
                        invoice.amount,
                        figure(format!("rows[{i}].amount")),
                    )
                })
                .collect();
            if let Some(termination) = outcome.termination {
                items.push(money(
                    "termination charge",
                    termination.charge,
                    figure("results.termination_charge"),
                ));
            }
            explanation(
                key,
                "the total charges",
                "total charges",
                Expr::Sum(items),
                outcome.total_charges,
                "cl. 4, 6(g), 12",
            )
        }
        "max_deposit" => {
            let items = outcome
                .invoices
                .iter()
                .map(|invoice| {
                    let amount = add(
                        money(
                            &format!("recurring({})", invoice.number),
                            invoice.recurring,
                            derived(format!("invoice {}'s recurring charge", invoice.number)),
                        ),
                        money(
                            &format!("NRC({})", invoice.number),
                            invoice.nrc,
                            derived(format!("invoice {}'s NRC", invoice.number)),
                        ),
                    );
                    amount
                })
                .collect();
            let mut e = explanation(
                key,
                "the largest deposit the Provider may ask",
                "max deposit",
                Expr::Sum(items),
                outcome.max_deposit,
                "cl. 5",
            );
            e.notes
                .push("The total charges of the whole Service Term without a stop.".to_string());
            e
        }
        "shortfall" => shortfall(inputs, outcome, key)?,
        "termination_charge" => termination_charge(outcome, key)?,
        "late_interest" => late(inputs, outcome, key),
        "termination_due" => termination_due(inputs, outcome, key)?,
        "term_start" => term_start(inputs, outcome, key),
        "term_end" | "commitment_end" => term_or_commitment_end(outcome, key, name),
        _ => return Err(ExplainError::UnknownFigure(key.to_string())),
    })
}

fn shortfall(
    inputs: &MsaInputs,
    outcome: &MsaOutcome,
    key: &str,
) -> Result<Explanation, ExplainError> {
    let c = &outcome.commitment;
    let label = "the Minimum Commitment shortfall";
    if inputs.stop.is_some() {
        let mut e = explanation(key, label, "shortfall", number(0), c.shortfall, "cl. 3, 12");
        e.notes.push("With a stop there is no shortfall: a voluntary stop's charge covers the rest of the period; the Provider's breach ends the commitment.".to_string());
        return Ok(e);
    }
    let mut parts = Vec::new();
    for invoice in &outcome.invoices {
        let inside =
            inside_commitment(invoice, &outcome.term).map_err(|_| ExplainError::NotComputed)?;
        if !inside.is_zero() {
            parts.push(format!("invoice {}: {:#}", invoice.number, inside));
        }
    }
    let period = money(
        "charges",
        c.period_charges,
        derived("the recurring charges of the Commitment Period: each invoice's part for days inside it"),
    );
    let should = match inputs.commit {
        Some(commit) => money("commit", commit, input(MsaInput::Commit)),
        None => period.clone(),
    };
    let paid = match inputs.paid {
        Some(paid) => money("paid", paid, input(MsaInput::Paid)),
        None => period,
    };
    let mut e = explanation(
        key,
        label,
        "shortfall",
        Expr::Max(vec![number(0), sub(should, paid)]),
        c.shortfall,
        "cl. 3",
    );
    e.notes
        .push(format!("Due when the Commitment Period ends, {}.", c.due));
    if inputs.commit.is_none() || inputs.paid.is_none() {
        e.notes.push("Without a Minimum Commitment or charges paid given, each is the recurring charges of the Commitment Period (the model book's default).".to_string());
    }
    e.notes.push(format!(
        "The Commitment Period's recurring charges by invoice: {}.",
        parts.join("; ")
    ));
    Ok(e)
}

fn late(inputs: &MsaInputs, outcome: &MsaOutcome, key: &str) -> Explanation {
    let label = "late-payment interest";
    let Some(late) = outcome.late else {
        let mut e = explanation(key, label, "interest", number(0), Money::ZERO, "cl. 6(c)");
        e.notes
            .push("No invoice is paid late (none given).".to_string());
        return e;
    };
    let index = late.invoice.saturating_sub(1);
    let amount = money(
        "amount",
        late.amount,
        figure(format!("rows[{index}].amount")),
    );
    let rate_source = match inputs.lawful_pct {
        Some(lawful) if lawful < inputs.late_pct => input(MsaInput::LawfulPct),
        _ => input(MsaInput::LatePct),
    };
    let r = percent("r", late.monthly_pct, rate_source);
    let d = value(
        "d",
        Decimal::from(late.days),
        Shown::Number,
        input(MsaInput::LateDays),
    );
    let (expr, reading) = match late.convention {
        LateConvention::Daily365 => (
            round(div(mul(mul(mul(amount, r), number(12)), d), number(365))),
            "daily365 convention",
        ),
        LateConvention::PerMonth => {
            let n = value(
                "n",
                Decimal::from(late.months_charged),
                Shown::Number,
                derived(format!(
                    "months started from the due date {} to the payment {}",
                    late.due, late.paid_on
                )),
            );
            (round(mul(mul(amount, r), n)), "permonth convention")
        }
        LateConvention::Days30 => (
            round(div(mul(mul(amount, r), d), number(30))),
            "days30 convention",
        ),
    };
    let mut e = explanation(key, label, "interest", expr, late.interest, "cl. 6(c)");
    e.reading = Some(reading.to_string());
    e.reading_input = Some(MsaInput::LateConvention.into());
    e.notes.push(
        "The monthly rate is the lower of the late-payment rate and the highest lawful rate (cl. 6(c): \"whichever is lower\")."
            .to_string(),
    );
    e
}
