//! Where each input sits on a deal's page: the levers beside the results (the
//! sliders, and the Venture's terms switch), then the panel's groups, each with
//! its heading, what it answers and its inputs in the Inputs table's order.
//! Every input of a deal is in exactly one place.

use super::sliders::sliders;
use crate::scenario::catalogue::{input, inputs};
use crate::scenario::deal_form::Deal;
use crate::scenario::fields::FieldInfo;

/// Which inputs a group holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// These inputs.
    Params(&'static [&'static str]),
    /// Every other input taken from the contract (each names its clause).
    FromTheContract,
    /// Every other assumption.
    Assumptions,
}

/// A group of the panel: its element id, heading, a line on what it answers,
/// and which inputs it holds.
#[derive(Debug)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub holds: Holds,
}

impl Section {
    /// Whether its inputs are all assumptions (they need not each say so).
    pub fn all_assumptions(&self) -> bool {
        self.holds == Holds::Assumptions
    }
}

const VENTURE_SECTIONS: &[Section] = &[
    Section {
        id: "contract",
        title: "From the contract",
        intro: "Terms of the agreement, each with its clause.",
        holds: Holds::FromTheContract,
    },
    Section {
        id: "assumptions",
        title: "Assumptions",
        intro: "Not in any contract: prices, estimates and dates.",
        holds: Holds::Assumptions,
    },
];

const MSA_SECTIONS: &[Section] = &[
    Section {
        id: "order",
        title: "The Service Order",
        intro: "What is ordered, from when, and how it is billed.",
        holds: Holds::Params(&["tendered", "accept", "ext", "nrc", "bill", "due"]),
    },
    Section {
        id: "ending",
        title: "Ending early",
        intro:
            "A stop by TWW, its cause, and a notice of breach: the charge and the dates they set.",
        holds: Holds::Params(&["stop", "cause", "notice"]),
    },
    Section {
        id: "shortfall",
        title: "Shortfall calculator",
        intro: "What TWW committed to and paid in the Commitment Period (cl. 3).",
        holds: Holds::Params(&["commit", "paid"]),
    },
    Section {
        id: "late",
        title: "Late-payment calculator",
        intro: "One invoice paid late: the rate, the cap, the convention and the days (cl. 6(c)).",
        holds: Holds::Params(&["late", "lawful", "latec", "lateinv", "latedays"]),
    },
];

const NOTE_SECTIONS: &[Section] = &[
    Section {
        id: "terms",
        title: "The note's terms",
        intro: "What the note says: principal, date, day count and interest dates.",
        holds: Holds::Params(&["amount", "dated", "basis", "first"]),
    },
    Section {
        id: "events",
        title: "What happens",
        intro: "The demand, principal paid down, interest dates missed, and collection.",
        holds: Holds::Params(&["demand", "paydown", "missed", "collect"]),
    },
];

/// The inputs beside the results: the sliders, then (on the Venture) the terms.
pub fn levers(deal: Deal) -> Vec<&'static FieldInfo> {
    let mut levers = sliders(deal);
    if deal == Deal::Venture {
        levers.extend(input(deal, "terms"));
    }
    levers
}

/// The panel's groups, each with its inputs in the Inputs table's order; an input
/// no group names (a newer one) lands in the last group rather than nowhere.
pub fn sections(deal: Deal) -> Vec<(&'static Section, Vec<&'static FieldInfo>)> {
    let table: &'static [Section] = match deal {
        Deal::Venture => VENTURE_SECTIONS,
        Deal::Msa => MSA_SECTIONS,
        Deal::Note => NOTE_SECTIONS,
    };
    let levers = levers(deal);
    let rest: Vec<&'static FieldInfo> = inputs(deal)
        .iter()
        .filter(|field| !levers.iter().any(|lever| lever.param == field.param))
        .collect();
    let holds = |section: &Section, field: &FieldInfo| match section.holds {
        Holds::Params(params) => params.contains(&field.param),
        Holds::FromTheContract => !field.is_assumption(),
        Holds::Assumptions => field.is_assumption(),
    };
    let mut groups: Vec<(&'static Section, Vec<&'static FieldInfo>)> = table
        .iter()
        .map(|section| {
            let fields = rest.iter().copied().filter(|f| holds(section, f)).collect();
            (section, fields)
        })
        .collect();
    let unplaced: Vec<&'static FieldInfo> = rest
        .iter()
        .copied()
        .filter(|f| !table.iter().any(|section| holds(section, f)))
        .collect();
    if let Some((_, last)) = groups.last_mut() {
        last.extend(unplaced);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_input_is_in_one_place() {
        for deal in Deal::ALL {
            let mut shown: Vec<&str> = levers(deal).iter().map(|f| f.param).collect();
            for (_, group) in sections(deal) {
                shown.extend(group.iter().map(|f| f.param));
            }
            shown.sort_unstable();
            let mut all: Vec<&str> = inputs(deal).iter().map(|f| f.param).collect();
            all.sort_unstable();
            assert_eq!(shown, all, "{deal:?}");
        }
    }

    #[test]
    fn the_venture_groups_by_source() {
        let groups = sections(Deal::Venture);
        let (contract, assumptions) = (&groups[0].1, &groups[1].1);
        assert!(assumptions.iter().all(|f| f.is_assumption()));
        assert!(contract.iter().all(|f| !f.is_assumption()));
        assert!(contract.iter().any(|f| f.param == "cost"));
        assert!(assumptions.iter().any(|f| f.param == "start"));
        let levers: Vec<&str> = levers(Deal::Venture).iter().map(|f| f.param).collect();
        assert_eq!(levers, ["min", "term", "share", "terms"]);
    }
}
