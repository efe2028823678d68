//! `Deal`: which deal a page, a link or a scenario is about, with its route word,
//! its defaults and its parameter lists. Separate from `deal_form` because every
//! layer names a deal without needing the form's state machine.

use super::link::{route_and_query, LinkScenario};
use crate::engine::msa::MsaInputs;
use crate::engine::note::NoteInputs;

/// The deals a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Deal {
    Venture,
    Msa,
    Note,
}

impl Deal {
    pub const ALL: [Deal; 3] = [Deal::Venture, Deal::Msa, Deal::Note];

    /// The route word: `venture`, `msa`, `note`.
    pub fn route(self) -> &'static str {
        match self {
            Deal::Venture => "venture",
            Deal::Msa => "msa",
            Deal::Note => "note",
        }
    }

    /// The deal a link's route names (`None` for a route that is not a deal's).
    pub fn of_link(link: &str) -> Option<Deal> {
        match route_and_query(link).0 {
            "" | "/" | "/venture" => Some(Deal::Venture),
            "/msa" => Some(Deal::Msa),
            "/note" => Some(Deal::Note),
            _ => None,
        }
    }

    pub fn of_scenario(scenario: &LinkScenario) -> Deal {
        match scenario {
            LinkScenario::Venture(_) => Deal::Venture,
            LinkScenario::Msa(_) => Deal::Msa,
            LinkScenario::Note(_) => Deal::Note,
        }
    }

    /// The model book's defaults of this deal.
    pub fn defaults(self) -> LinkScenario {
        match self {
            Deal::Venture => {
                LinkScenario::Venture(crate::engine::venture::VentureInputs::defaults())
            }
            Deal::Msa => LinkScenario::Msa(MsaInputs::defaults()),
            Deal::Note => LinkScenario::Note(NoteInputs::defaults()),
        }
    }
}
