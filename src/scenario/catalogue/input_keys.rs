//! The link key of every input an explanation can name: the engine knows an
//! input by its typed id ([`InputId`]), the link writes it by its key, and the
//! catalogue's inputs ([`super::input_label`]) give its label. One table, so a
//! key renamed in the link is renamed in every explanation.

use super::super::deal_form::Deal;
use crate::engine::explain::{InputId, MsaInput, NoteInput, VentureInput};

/// The link key of an input (`min`, `ffee`, `latedays`, `paydown`, …).
pub fn input_key(id: InputId) -> &'static str {
    match id {
        InputId::Venture(input) => venture_key(input),
        InputId::Msa(input) => msa_key(input),
        InputId::Note(input) => note_key(input),
    }
}

/// The deal an input belongs to.
fn input_deal(id: InputId) -> Deal {
    match id {
        InputId::Venture(_) => Deal::Venture,
        InputId::Msa(_) => Deal::Msa,
        InputId::Note(_) => Deal::Note,
    }
}

/// What the page calls an input: its label in the catalogue.
pub fn input_id_label(id: InputId) -> &'static str {
    super::input_label(input_deal(id), input_key(id))
}

fn venture_key(input: VentureInput) -> &'static str {
    match input {
        VentureInput::Terms => "terms",
        VentureInput::Start => "start",
        VentureInput::Months => "months",
        VentureInput::Minutes => "min",
        VentureInput::Growth => "growth",
        VentureInput::Sell => "sell",
        VentureInput::Credits => "credits",
        VentureInput::TerminationRate => "term",
        VentureInput::FusionFeeRate => "ffee",
        VentureInput::SubcontractorFeeRate => "sfee",
        VentureInput::Basis => "basis",
        VentureInput::Fiber => "fiber",
        VentureInput::Loops => "loops",
        VentureInput::Budget => "budget",
        VentureInput::Costs => "cost",
        VentureInput::Share => "share",
        VentureInput::Contribution => "contrib",
        VentureInput::ExceedCap => "nocap",
        VentureInput::Reading => "reading",
        VentureInput::Losses => "losses",
        VentureInput::Lag => "lag",
        VentureInput::Discount => "disc",
        VentureInput::End => "end",
        VentureInput::Salvage => "salvage",
    }
}

fn msa_key(input: MsaInput) -> &'static str {
    match input {
        MsaInput::Tendered => "tendered",
        MsaInput::Accept => "accept",
        MsaInput::TermMonths => "termm",
        MsaInput::Extensions => "ext",
        MsaInput::Mrc => "mrc",
        MsaInput::Nrc => "nrc",
        MsaInput::Billing => "bill",
        MsaInput::DueDays => "due",
        MsaInput::Commit => "commit",
        MsaInput::Paid => "paid",
        MsaInput::Stop => "stop",
        MsaInput::Cause => "cause",
        MsaInput::LatePct => "late",
        MsaInput::LawfulPct => "lawful",
        MsaInput::LateConvention => "latec",
        MsaInput::LateInvoice => "lateinv",
        MsaInput::LateDays => "latedays",
        MsaInput::Notice => "notice",
    }
}

fn note_key(input: NoteInput) -> &'static str {
    match input {
        NoteInput::Amount => "amount",
        NoteInput::Dated => "dated",
        NoteInput::Rate => "rate",
        NoteInput::Usury => "usury",
        NoteInput::Basis => "basis",
        NoteInput::First => "first",
        NoteInput::Demand => "demand",
        NoteInput::PayDowns => "paydown",
        NoteInput::Missed => "missed",
        NoteInput::Collection => "collect",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{msa, note, risk, venture};

    /// Every id of each deal, with the deal's link parameters.
    fn deals() -> [(Vec<InputId>, Vec<&'static str>); 3] {
        fn ids<T: Copy + Into<InputId>>(all: &[T]) -> Vec<InputId> {
            all.iter().map(|&input| input.into()).collect()
        }
        let venture_params = venture::PARAMS.iter().chain(risk::PARAMS).copied();
        [
            (ids(VentureInput::ALL), venture_params.collect()),
            (ids(MsaInput::ALL), msa::PARAMS.to_vec()),
            (ids(NoteInput::ALL), note::PARAMS.to_vec()),
        ]
    }

    #[test]
    fn every_id_is_a_parameter_of_its_deal_and_no_two_share_a_key() {
        for (ids, params) in deals() {
            let mut seen = Vec::new();
            for id in ids {
                let key = input_key(id);
                assert!(params.contains(&key), "{id:?}: {key} is not a parameter");
                assert!(!seen.contains(&key), "{id:?}: {key} twice");
                seen.push(key);
                assert_ne!(input_id_label(id), "this input", "{id:?} has no label");
            }
        }
    }

    #[test]
    fn every_input_of_a_deal_has_an_id() {
        // The risk items are the scenario's, not the deal's: no engine input.
        for (ids, params) in deals() {
            let keys: Vec<_> = ids.into_iter().map(input_key).collect();
            for param in params.into_iter().filter(|p| !risk::PARAMS.contains(p)) {
                assert!(keys.contains(&param), "{param} has no InputId");
            }
        }
    }
}
