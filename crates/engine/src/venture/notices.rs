//! The notices of the model book: what the interface tells a negotiator about the
//! scenario, each naming the clause and the months it is about.

use super::ending::TerminationPayment;
use super::inputs::*;
use super::split::Split;
use super::statement::Statement;
use super::{last_month, VentureError};
use crate::repeat::Repeat;
use crate::Overflow;
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoticeKind {
    BelowCommitment,
    FeesToAgree,
    ContributionAboveShare,
    ShareNeedsApproval,
    ContributionLimited,
    CapBinds,
    CostsAfterEnd,
    TerminationPaymentPreview,
    GrossPayments,
}

/// One kind of notice with its text; a notice about several months names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

/// "months 1–3, 5 and 7": consecutive months joined as ranges.
pub fn month_list(months: &[u32]) -> String {
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for &m in months {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == m => *end = m,
            _ => ranges.push((m, m)),
        }
    }
    let parts: Vec<String> = ranges
        .iter()
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect();
    let noun = if months.len() == 1 { "month" } else { "months" };
    match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{noun} {} and {last}", rest.join(", ")),
        Some((last, _)) => format!("{noun} {last}"),
        None => String::new(),
    }
}

fn percent(value: Decimal) -> String {
    value.normalize().to_string()
}

pub fn notices(
    inputs: &VentureInputs,
    statement: &Statement,
    split: &Split,
    ending: &TerminationPayment,
) -> Result<Vec<Notice>, VentureError> {
    let mut notices = Vec::new();
    let mut push = |kind, text: String| notices.push(Notice { kind, text });

    let below: Vec<u32> = statement
        .months
        .iter()
        .filter(|m| m.below_commitment)
        .map(|m| m.month)
        .collect();
    if !below.is_empty() {
        let consequence = match inputs.losses {
            LossTreatment::Protect => {
                "with THIL protected from shortfall losses (the default reading), THIL bears no loss that results from the shortfall"
            }
            LossTreatment::Carry => {
                "with every loss carried forward, THIL still bears the losses of the shortfall"
            }
            LossTreatment::Monthly => "with each month standing alone, no loss is carried forward",
        };
        push(
            NoticeKind::BelowCommitment,
            format!(
                "Fusion's traffic is below its commitment (9,000,000 minutes in months 1–3, 3,000,000 a month after) in {} (cl. 2(1)(b), 2(1)(j²)); {consequence}.",
                month_list(&below)
            ),
        );
    }

    if inputs.basis == FeeBasis::PerMinute {
        let committed = Decimal::from(COMMITTED_MONTHLY);
        // Months with the same minutes share the comparison.
        let mut above_committed = Repeat::default();
        let above: Vec<u32> = statement
            .months
            .iter()
            .filter(|m| {
                above_committed
                    .get(m.operating.minutes.serialize(), |_| {
                        Ok::<bool, Overflow>(m.operating.minutes > committed)
                    })
                    .unwrap_or(true)
            })
            .map(|m| m.month)
            .collect();
        if !above.is_empty() {
            push(
                NoticeKind::FeesToAgree,
                format!(
                    "Traffic is above 3,000,000 minutes in {}: above that volume the parties must agree the Fusion and sub-contractor fees (cl. 4(5)(c)); the model applies the per-minute rates.",
                    month_list(&above)
                ),
            );
        }
    }

    if inputs.terms == Terms::Amended {
        // p > s, as T × 100 > share × C (no division).
        let t_percent = split.thil_payments_total.amount() * Decimal::ONE_HUNDRED;
        // C(m) changes only in months with costs: so does the comparison.
        let mut exceeds_share = Repeat::default();
        let above_share: Vec<u32> = statement
            .months
            .iter()
            .zip(split.months.iter())
            .filter(|(_, m)| {
                exceeds_share
                    .get(m.costs_to_date, |costs| {
                        Ok::<bool, Overflow>(
                            !costs.is_zero()
                                && inputs
                                    .share_pct
                                    .checked_mul(costs.amount())
                                    .is_some_and(|share_of_costs| t_percent > share_of_costs),
                        )
                    })
                    .unwrap_or(false)
            })
            .map(|(line, _)| line.month)
            .collect();
        if !above_share.is_empty() {
            push(
                NoticeKind::ContributionAboveShare,
                format!(
                    "THIL's Percentage Share (its contribution over the project costs) exceeds its profit share of {} % in {}: its profit share stays {} % (amended cl. 2(2)(1), 3(2)).",
                    percent(inputs.share_pct),
                    month_list(&above_share),
                    percent(inputs.share_pct)
                ),
            );
        }
        if inputs.share_pct > Decimal::from(25) {
            push(
                NoticeKind::ShareNeedsApproval,
                format!(
                    "A profit share of {} % (above 25 %) needs the approval of Fusion and its other investors (amended cl. 3(2)).",
                    percent(inputs.share_pct)
                ),
            );
        }
        if split.contribution_limited {
            push(
                NoticeKind::ContributionLimited,
                format!(
                    "THIL's contribution is limited to the Pakistan-side costs of month 0: {:#} instead of {:#} (amended cl. 2(2)(1)).",
                    split.thil_payments_total, inputs.contribution
                ),
            );
        }
    }

    if split.cap_binds {
        push(
            NoticeKind::CapBinds,
            format!(
                "THIL's funding is capped at 300,000 (cl. 3(3)): its share is reduced from {} % to 300,000 / {:#} = {} % for the whole Venture.",
                percent(inputs.share_pct),
                split.total_cost,
                percent(
                    (split.effective_share.0 * Decimal::ONE_HUNDRED)
                        .checked_div(split.effective_share.1)
                        .unwrap_or(Decimal::ZERO)
                        .round_dp(4)
                )
            ),
        );
    }

    let last = last_month(inputs);
    let late: Vec<&CostItem> = inputs
        .costs
        .iter()
        .filter(|item| item.month > last)
        .collect();
    if !late.is_empty() {
        let names: Vec<String> = late
            .iter()
            .map(|item| {
                let label = if item.label.is_empty() {
                    "unnamed item"
                } else {
                    item.label.as_str()
                };
                format!("{label} ({:#} in month {})", item.amount, item.month)
            })
            .collect();
        push(
            NoticeKind::CostsAfterEnd,
            format!(
                "Warning (cost, end): cost items after month {last}, when the agreement ends, are not modelled: {}.",
                names.join("; ")
            ),
        );
    }

    if !ending.agreed_end {
        push(
            NoticeKind::TerminationPaymentPreview,
            format!(
                "Were the agreement to end after month {}, Fusion would pay THIL {:#} under cl. 6(10): investment not yet recovered max(0, {:#} − {:#}) plus salvage share {:#}.",
                ending.after_month,
                ending.amount,
                ending.investment,
                ending.amortization_returned,
                ending.salvage_share
            ),
        );
    }

    push(
        NoticeKind::GrossPayments,
        "Payments are gross: the paying party bears any withholding taxes (cl. 6(12)).".to_string(),
    );
    Ok(notices)
}
