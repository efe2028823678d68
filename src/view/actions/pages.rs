//! `Pages`: the three deals' forms, the one on show, the pinned scenario and
//! the undo history, with the ways one set of pages becomes another. Separate
//! from `PageAction` and `next`, which only decide which of those ways an action takes.

use super::{next, PageAction};
use crate::engine::venture::risk::RiskPlan;
use crate::scenario::compare::{read_compare, write_compare};
use crate::scenario::deal_form::{apply, Deal, DealAction, DealForm};
use crate::scenario::fusion::link::{read_fusion, write_fusion};
use crate::scenario::link::{write_link, write_link_with_risk, Link, LinkScenario};
use crate::view::history::Histories;
use std::rc::Rc;

/// The three deals' forms and the one on show.
#[derive(Debug, Clone, PartialEq)]
pub struct Pages {
    pub deal: Deal,
    pub venture: Rc<DealForm>,
    pub msa: Rc<DealForm>,
    pub note: Rc<DealForm>,
    /// The scenario pinned as "A" to compare the one on show ("B") with: only
    /// shown on its own deal's page.
    pub pinned: Option<Rc<LinkScenario>>,
    /// The pinned A's risk view (a Venture's), kept for the compare link.
    pub pinned_risk: Option<RiskPlan>,
    /// Each deal's undo/redo history of settled links.
    pub history: Rc<Histories>,
    /// Opened by a Fusion link: the address is Fusion's position across the
    /// three deals (`#/fusion?…`) and Fusion's view opens, until a deal's own
    /// link is opened.
    pub fusion: bool,
}

impl Default for Pages {
    fn default() -> Self {
        Pages {
            deal: Deal::Venture,
            venture: Rc::new(DealForm::defaults(Deal::Venture)),
            msa: Rc::new(DealForm::defaults(Deal::Msa)),
            note: Rc::new(DealForm::defaults(Deal::Note)),
            pinned: None,
            pinned_risk: None,
            history: Rc::default(),
            fusion: false,
        }
    }
}

impl Pages {
    /// The pages as an address opens them: its deal with its link's scenario, or
    /// the Venture's defaults with the link's messages.
    pub fn opening(hash: &str) -> Pages {
        let pages = Pages::default();
        next(&pages, PageAction::AddressChanged(hash.to_string())).unwrap_or(pages)
    }

    /// A deal's form.
    /// Whether both show the same scenarios (the same forms and pin), which
    /// is what the parts of the page below the fold depend on.
    pub fn same_scenarios(a: &Pages, b: &Pages) -> bool {
        a.deal == b.deal
            && Rc::ptr_eq(&a.venture, &b.venture)
            && Rc::ptr_eq(&a.msa, &b.msa)
            && Rc::ptr_eq(&a.note, &b.note)
            && match (&a.pinned, &b.pinned) {
                (Some(x), Some(y)) => Rc::ptr_eq(x, y),
                (None, None) => true,
                _ => false,
            }
            && a.pinned_risk == b.pinned_risk
            && a.fusion == b.fusion
    }

    pub fn form(&self, deal: Deal) -> &Rc<DealForm> {
        match deal {
            Deal::Venture => &self.venture,
            Deal::Msa => &self.msa,
            Deal::Note => &self.note,
        }
    }

    pub(super) fn form_mut(&mut self, deal: Deal) -> &mut DealForm {
        Rc::make_mut(match deal {
            Deal::Venture => &mut self.venture,
            Deal::Msa => &mut self.msa,
            Deal::Note => &mut self.note,
        })
    }

    /// The canonical link of a deal's scenario.
    pub fn link_of(&self, deal: Deal) -> String {
        self.form(deal).link()
    }

    /// Whether the Venture's scenario is under the original terms (the header
    /// offers to compare with the amended ones).
    pub fn venture_under_original_terms(&self) -> bool {
        self.venture
            .venture()
            .is_some_and(|inputs| inputs.terms == crate::engine::venture::Terms::Original)
    }

    /// The scenario of a deal's form.
    pub fn scenario_of(&self, deal: Deal) -> LinkScenario {
        self.form(deal).scenario.clone()
    }

    /// The scenario pinned as A, when it belongs to the deal on show.
    pub fn pinned_here(&self) -> Option<&LinkScenario> {
        self.pinned
            .as_deref()
            .filter(|a| Deal::of_scenario(a) == self.deal)
    }

    /// The Fusion link of the three deals' scenarios.
    pub fn fusion_link(&self) -> String {
        write_fusion(
            &self.venture.scenario,
            &self.msa.scenario,
            &self.note.scenario,
        )
    }

    /// The link of the page on show: the deal's scenario, or the compare link of
    /// the pinned A and this scenario as B, or Fusion's position when a Fusion
    /// link opened the page.
    pub fn link(&self) -> String {
        if self.fusion && self.pinned_here().is_none() {
            return self.fusion_link();
        }
        self.report_link()
    }

    /// The link a printed report carries: the deal's scenario, or the compare
    /// link. Never Fusion's position, which names Fusion's other deals: the
    /// report goes to a counterparty (Fusion's view prints only when chosen).
    pub fn report_link(&self) -> String {
        match self.pinned_here() {
            Some(a) => {
                let b = self.form(self.deal);
                write_compare(
                    &Link {
                        scenario: a.clone(),
                        risk: self.pinned_risk.clone(),
                        warnings: Vec::new(),
                    },
                    &Link {
                        scenario: b.scenario.clone(),
                        risk: b.risk.clone(),
                        warnings: Vec::new(),
                    },
                )
            }
            None => self.link_of(self.deal),
        }
    }

    /// The messages of the last link refused, on the deal on show.
    pub fn link_errors(&self) -> &[String] {
        &self.form(self.deal).link_errors
    }

    pub(super) fn with_link_errors(&self, errors: Vec<String>) -> Pages {
        let mut next = self.clone();
        next.form_mut(self.deal).link_errors = errors;
        next
    }

    /// The pages a compare link opens: B in its deal's form, on show, and A pinned;
    /// or the page as it was with the link's messages.
    pub(super) fn compared(&self, hash: &str) -> Pages {
        match read_compare(hash) {
            Ok(read) => {
                let deal = Deal::of_scenario(&read.b.scenario);
                if Deal::of_scenario(&read.a.scenario) != deal {
                    return self.with_link_errors(vec![format!(
                        "b: the page compares two scenarios of one deal; a is the {}'s, b the {}'s (dealmodel compares any two).",
                        read.a.scenario.route(),
                        read.b.scenario.route()
                    )]);
                }
                let mut next = self.opened(deal, write_link_with_risk(&read.b));
                next.pin(read.a.scenario, read.a.risk);
                next.set_warnings(read.warnings);
                next
            }
            Err(messages) => self.with_link_errors(messages),
        }
    }

    /// The pages a Fusion link opens: each deal's form with its part, the deal
    /// on show as it was, Fusion's view open; or the page as it was with the
    /// link's messages.
    pub(super) fn fusion_opened(&self, hash: &str) -> Pages {
        match read_fusion(hash) {
            Ok(read) => {
                let mut next = self.clone();
                for scenario in [read.venture, read.msa, read.note] {
                    let deal = Deal::of_scenario(&scenario);
                    *next.form_mut(deal) =
                        apply(self.form(deal), DealAction::OpenLink(write_link(&scenario)));
                }
                next.unpin();
                next.fusion = true;
                next.set_warnings(read.warnings);
                next
            }
            Err(messages) => self.with_link_errors(messages),
        }
    }

    /// Pins `scenario` (with its risk view) as A.
    pub(super) fn pin(&mut self, scenario: LinkScenario, risk: Option<RiskPlan>) {
        self.pinned = Some(Rc::new(scenario));
        self.pinned_risk = risk;
    }

    /// Leaves the comparison.
    pub(super) fn unpin(&mut self) {
        self.pinned = None;
        self.pinned_risk = None;
    }

    /// The warnings on show for the deal on show (a compare link's own).
    pub(super) fn set_warnings(&mut self, warnings: Vec<String>) {
        self.form_mut(self.deal).warnings = warnings;
    }

    /// The pages with `deal`'s form replaced by the one `open` gives, on show.
    pub(super) fn opened(&self, deal: Deal, hash: String) -> Pages {
        let mut next = self.clone();
        next.deal = deal;
        let opened = apply(self.form(deal), DealAction::OpenLink(hash));
        let errors = opened.link_errors.clone();
        *next.form_mut(deal) = opened;
        if errors.is_empty() {
            // A deal's own link (or a compare) is no longer Fusion's position.
            next.fusion = false;
            next
        } else {
            // A refused link leaves the page on show as it was, with the messages.
            self.with_link_errors(errors)
        }
    }
}
