//! Explanations of the Note's results (`results.payoff` and its parts,
//! `total_interest`, the rates, the cost of the 360-day basis), apart from the
//! rows because each reads the payoff or the whole schedule.

use super::interest::{on_overdue, on_principal, outstanding};
use crate::explain::*;
use crate::note::daycount::DayBasis;
use crate::note::{total_interest_under, NoteInputs, NoteOutcome};
use crate::Money;

pub(super) fn result(
    inputs: &NoteInputs,
    outcome: &NoteOutcome,
    key: &str,
    name: &str,
) -> Result<Explanation, ExplainError> {
    let (r, p) = (&outcome.results, &outcome.payoff);
    let last = outcome.rows.len().checked_sub(1);
    let pay = |column: &str, symbol: &str, amount: Money| {
        money(symbol, amount, figure(format!("results.{column}")))
    };
    Ok(match name {
        "principal" => {
            let mut e = explanation(
                key,
                "the principal",
                "principal",
                money("amount", r.principal, input(NoteInput::Amount)),
                r.principal,
                "the note's first paragraph",
            );
            e.reading_input = Some(NoteInput::Amount.into());
            e.reading = Some(match inputs.reading() {
                crate::note::PrincipalReading::Words => {
                    "words control figures (N.Y. U.C.C. § 3-118(c))".to_string()
                }
                crate::note::PrincipalReading::Figures => {
                    "the figures taken instead of the words".to_string()
                }
                crate::note::PrincipalReading::Amount(_) => "an amount given".to_string(),
            });
            e
        }
        "rate" => {
            let expr = Expr::Min(vec![
                value(
                    "rate",
                    inputs.rate_pct,
                    Shown::Number,
                    input(NoteInput::Rate),
                ),
                value(
                    "usury",
                    inputs.usury_pct,
                    Shown::Number,
                    input(NoteInput::Usury),
                ),
            ]);
            let mut e = explanation(
                key,
                "the rate applied, percent a year",
                "rate",
                expr,
                Money::ZERO,
                "the note: the lesser of 4.75 % and the highest lawful rate; usury: assumption",
            );
            e.value = r.rate_pct;
            e.shown = Shown::Number;
            e
        }
        "payoff" => explanation(
            key,
            "the payoff on the demand date",
            "payoff",
            Expr::Sum(vec![
                pay("payoff_principal", "principal", p.principal),
                pay("payoff_overdue", "O", p.overdue),
                pay("payoff_accrued", "accrued", p.accrued),
                pay("payoff_collection", "collection", p.collection),
            ]),
            p.total,
            "the note: payable on demand, with interest and collection costs",
        ),
        "payoff_principal" => explanation(
            key,
            "principal outstanding on the demand date",
            "principal",
            outstanding(inputs, p.date),
            p.principal,
            "the note: \"or such lesser sum as may be demanded\"",
        ),
        "payoff_overdue" => {
            let expr = match last {
                Some(i) => money("O", p.overdue, figure(format!("rows[{i}].overdue_balance"))),
                None => number(0),
            };
            explanation(
                key,
                "overdue interest unpaid at the demand",
                "O",
                expr,
                p.overdue,
                "the note: interest on overdue interest",
            )
        }
        "payoff_accrued" => {
            let to_demand = &outcome.to_demand;
            let expr = add(
                on_principal(inputs, to_demand, |i| {
                    if i == 0 {
                        derived("the principal outstanding from the last interest date")
                    } else {
                        derived("the principal outstanding after a pay-down")
                    }
                }),
                on_overdue(
                    inputs,
                    to_demand,
                    match last {
                        Some(i) => figure(format!("rows[{i}].overdue_balance")),
                        None => derived("nothing is overdue"),
                    },
                ),
            );
            let mut e = explanation(
                key,
                "interest accrued to the demand date",
                "accrued",
                expr,
                p.accrued,
                "the note: interest to the payment",
            );
            e.notes.push(format!(
                "From {} to the demand on {}.",
                to_demand.start, to_demand.end
            ));
            e
        }
        "payoff_collection" => explanation(
            key,
            "collection costs",
            "collection",
            money("collect", p.collection, input(NoteInput::Collection)),
            p.collection,
            "the note: attorneys' and collection fees; amount: assumption",
        ),
        "total_interest" => {
            let mut items = Vec::new();
            for (i, row) in outcome.rows.iter().enumerate() {
                items.push(money(
                    &format!("interest({})", i + 1),
                    row.accrual.on_principal,
                    figure(format!("rows[{i}].interest")),
                ));
                items.push(money(
                    &format!("overdue interest({})", i + 1),
                    row.accrual.on_overdue,
                    figure(format!("rows[{i}].overdue_interest")),
                ));
            }
            items.push(pay("payoff_accrued", "accrued", p.accrued));
            explanation(
                key,
                "all interest over the life of the note",
                "total interest",
                Expr::Sum(items),
                r.total_interest,
                "the note",
            )
        }
        "act365_equivalent_rate" => {
            let rate = value("rate", r.rate_pct, Shown::Number, figure("results.rate"));
            let expr = if inputs.basis == DayBasis::Act365 {
                rate
            } else {
                div(mul(rate, number(365)), number(360))
            };
            let mut e = explanation(
                key,
                "the rate as an Actual/365 equivalent",
                "rate(365)",
                expr,
                Money::ZERO,
                "the note: a year of 360 days",
            );
            e.value = r.act365_equivalent_rate_pct;
            e.shown = Shown::Number;
            e
        }
        "act360_cost_vs_act365" => {
            let under = |basis: DayBasis| {
                total_interest_under(inputs, basis).map_err(|_| ExplainError::NotComputed)
            };
            let expr = sub(
                money(
                    "total(act360)",
                    under(DayBasis::Act360)?,
                    derived("total interest under Actual/360, other inputs the same"),
                ),
                money(
                    "total(act365)",
                    under(DayBasis::Act365)?,
                    derived("total interest under Actual/365, other inputs the same"),
                ),
            );
            let mut e = explanation(
                key,
                "what the 360-day basis costs Fusion",
                "cost",
                expr,
                r.act360_cost_vs_act365,
                "the note: a year of 360 days",
            );
            e.reading = Some("whatever basis is chosen".to_string());
            e
        }
        _ => return Err(ExplainError::UnknownFigure(key.to_string())),
    })
}
