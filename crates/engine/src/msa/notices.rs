//! What the interface tells a negotiator beside the MSA's figures: one notice per
//! kind, each naming its clause (`msa.md`, "Deposit and taxes", "Dates that matter").

use super::commitment::Commitment;
use super::inputs::{Cause, MsaInputs};
use super::late::LateInterest;
use super::termination::Termination;
use crate::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoticeKind {
    Taxes,
    Deposit,
    Shortfall,
    Termination,
    ProviderBreach,
    LawfulCap,
    ForceMajeure,
    NetworkChanges,
}

/// One kind of notice with its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

fn notice(kind: NoticeKind, text: String) -> Notice {
    Notice { kind, text }
}

/// The notices of one outcome, in a fixed order.
pub fn notices(
    inputs: &MsaInputs,
    max_deposit: Money,
    commitment: &Commitment,
    termination: Option<&Termination>,
    late: Option<&LateInterest>,
) -> Vec<Notice> {
    let mut notices = vec![notice(
        NoticeKind::Taxes,
        "Every charge is before taxes and regulatory charges, which TWW pays on top (cl. 6(f), 7)."
            .to_string(),
    )];
    notices.push(notice(
        NoticeKind::Deposit,
        format!("After its credit check the Provider may ask a cash deposit or bank guarantee of up to {max_deposit:#}, the total charges of the Service Term (cl. 5)."),
    ));
    if !commitment.shortfall.is_zero() {
        notices.push(notice(
            NoticeKind::Shortfall,
            format!(
                "TWW paid {:#} of the {:#} it should have paid in the Commitment Period: the shortfall of {:#} is due when the period ends on {} (cl. 3).",
                commitment.paid, commitment.should_have_paid, commitment.shortfall, commitment.due
            ),
        ));
    }
    if let Some(end) = termination.filter(|t| t.cause == Cause::Voluntary) {
        notices.push(notice(
            NoticeKind::Termination,
            format!(
                "Terminated on {}: the invoices dated on or before it stand, and the termination charge of {:#} is the recurring charges of the periods starting after it, as liquidated damages (cl. 12). The model charges the rest of the term only: the clause, read literally, would charge the whole term again. No Minimum Commitment shortfall is added.",
                end.stop, end.charge
            ),
        ));
    }
    if let Some(end) = termination.filter(|t| t.cause == Cause::ProviderBreach) {
        notices.push(notice(
            NoticeKind::ProviderBreach,
            format!(
                "Terminated on {} for the Provider's breach: no termination charge (cl. 12(b)(i)–(iii)); a voluntary stop that day would owe {:#}.",
                end.stop, end.rest_of_term
            ),
        ));
    }
    if let Some(late) = late.filter(|_| {
        inputs
            .lawful_pct
            .is_some_and(|lawful| lawful < inputs.late_pct)
    }) {
        notices.push(notice(
            NoticeKind::LawfulCap,
            format!(
                "The highest lawful rate, {} % a month, is lower than the contract's {} %: late interest is charged at the lawful rate (cl. 6(c)).",
                late.monthly_pct.normalize(),
                inputs.late_pct.normalize()
            ),
        ));
    }
    notices.push(notice(
        NoticeKind::ForceMajeure,
        "A party kept by Force Majeure from performing to a material extent for 30 consecutive days may be terminated by the other, without penalty (cl. 13).".to_string(),
    ));
    notices.push(notice(
        NoticeKind::NetworkChanges,
        "The Provider is to use reasonable endeavours to give 20 business days' notice of changes to its network or service equipment (cl. 2).".to_string(),
    ));
    notices
}
