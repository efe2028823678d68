//! The page's actions and the next pages after each: form changes go to the pure
//! `scenario::form::apply` (the Venture) and `scenario::deal_form::apply` (the MSA
//! and the Note); the address changing, moving between deals and the link error
//! being dismissed are the page's own. `None` means nothing changed (no re-render).
//! Each deal keeps its own scenario while another is shown.

use crate::scenario::deal_form::{self, Deal, DealAction, DealForm};
use crate::scenario::form::{apply, FormAction, VentureForm};
use crate::view::history::Histories;
use std::rc::Rc;

/// The three deals' forms and the one on show.
#[derive(Debug, Clone, PartialEq)]
pub struct Pages {
    pub deal: Deal,
    pub venture: Rc<VentureForm>,
    pub msa: Rc<DealForm>,
    pub note: Rc<DealForm>,
    /// Each deal's undo/redo history of settled links.
    pub history: Rc<Histories>,
}

impl Default for Pages {
    fn default() -> Self {
        Pages {
            deal: Deal::Venture,
            venture: Rc::new(VentureForm::default()),
            msa: Rc::new(DealForm::defaults(Deal::Msa)),
            note: Rc::new(DealForm::defaults(Deal::Note)),
            history: Rc::default(),
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

    /// The canonical link of a deal's scenario.
    pub fn link_of(&self, deal: Deal) -> String {
        match deal {
            Deal::Venture => self.venture.link(),
            Deal::Msa => self.msa.link(),
            Deal::Note => self.note.link(),
        }
    }

    /// The link of the deal on show.
    pub fn link(&self) -> String {
        self.link_of(self.deal)
    }

    /// The messages of the last link refused, on the deal on show.
    pub fn link_errors(&self) -> &[String] {
        match self.deal {
            Deal::Venture => &self.venture.link_errors,
            Deal::Msa => &self.msa.link_errors,
            Deal::Note => &self.note.link_errors,
        }
    }

    fn with_link_errors(&self, errors: Vec<String>) -> Pages {
        let mut next = self.clone();
        match self.deal {
            Deal::Venture => Rc::make_mut(&mut next.venture).link_errors = errors,
            Deal::Msa => Rc::make_mut(&mut next.msa).link_errors = errors,
            Deal::Note => Rc::make_mut(&mut next.note).link_errors = errors,
        }
        next
    }

    /// The pages with `deal`'s form replaced by the one `open` gives, on show.
    fn opened(&self, deal: Deal, hash: String) -> Pages {
        let mut next = self.clone();
        next.deal = deal;
        let errors = match deal {
            Deal::Venture => {
                next.venture = Rc::new(apply(&self.venture, FormAction::OpenLink(hash)));
                next.venture.link_errors.clone()
            }
            Deal::Msa => {
                next.msa = Rc::new(deal_form::apply(&self.msa, DealAction::OpenLink(hash)));
                next.msa.link_errors.clone()
            }
            Deal::Note => {
                next.note = Rc::new(deal_form::apply(&self.note, DealAction::OpenLink(hash)));
                next.note.link_errors.clone()
            }
        };
        if errors.is_empty() {
            next
        } else {
            // A refused link leaves the page on show as it was, with the messages.
            self.with_link_errors(errors)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageAction {
    /// A change to the Venture's form.
    Form(FormAction),
    /// A change to the form of the deal on show (the MSA or the Note).
    Deal(DealAction),
    /// The address bar's hash changed (typed, pasted, back or forward, or a
    /// link between the deals followed).
    AddressChanged(String),
    /// The person closed the link error.
    DismissLinkErrors,
    /// The scenario on show settled on this link (a step of undo/redo).
    Settled(String),
    /// Back one settled step of the deal on show.
    Undo,
    /// Forward one undone step of the deal on show.
    Redo,
}

pub fn next(pages: &Pages, action: PageAction) -> Option<Pages> {
    let history = pages.history.of(pages.deal);
    let changes_inputs = matches!(action, PageAction::Form(_) | PageAction::Deal(_));
    if changes_inputs && *history != history.started(&pages.link()) {
        // The scenario before the first change is the deal's first step.
        let mut started = pages.clone();
        started.history = Rc::new(pages.history.with(pages.deal, history.started(&pages.link())));
        return next(&started, action).or(Some(started));
    }
    match action {
        PageAction::Form(action) => {
            let mut next = pages.clone();
            next.venture = Rc::new(apply(&pages.venture, action));
            Some(next)
        }
        PageAction::Deal(action) => {
            let mut next = pages.clone();
            match pages.deal {
                Deal::Msa => next.msa = Rc::new(deal_form::apply(&pages.msa, action)),
                Deal::Note => next.note = Rc::new(deal_form::apply(&pages.note, action)),
                Deal::Venture => return None,
            }
            Some(next)
        }
        PageAction::AddressChanged(hash) => match Deal::of_link(&hash) {
            // The page writes its own links (the address bar, the links between
            // the deals): reading one back would only drop the drafts being typed.
            Some(deal) if hash == pages.link_of(deal) => {
                (deal != pages.deal || !pages.link_errors().is_empty()).then(|| {
                    let mut next = pages.with_link_errors(Vec::new());
                    next.deal = deal;
                    next
                })
            }
            Some(deal) => Some(pages.opened(deal, hash)),
            None => Some(pages.opened(pages.deal, hash)),
        },
        PageAction::DismissLinkErrors if pages.link_errors().is_empty() => None,
        PageAction::DismissLinkErrors => Some(pages.with_link_errors(Vec::new())),
        // A link of another deal (the deal changed as it settled) is no step of this one.
        PageAction::Settled(link) if Deal::of_link(&link) != Some(pages.deal) => None,
        PageAction::Settled(link) => {
            let history = pages.history.of(pages.deal).commit(&link);
            (history != *pages.history.of(pages.deal)).then(|| {
                let mut next = pages.clone();
                next.history = Rc::new(pages.history.with(pages.deal, history));
                next
            })
        }
        PageAction::Undo | PageAction::Redo => {
            let history = pages.history.of(pages.deal);
            let link = pages.link();
            let (history, target) = if action == PageAction::Undo { history.undo(&link) } else { history.redo(&link) }?;
            let mut next = pages.opened(pages.deal, target);
            next.history = Rc::new(pages.history.with(pages.deal, history));
            Some(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(pages: &Pages, param: &'static str, text: &str) -> Pages {
        next(pages, PageAction::Form(FormAction::Set { param, text: text.into() })).unwrap()
    }

    #[test]
    fn own_link_changes_nothing() {
        let pages = set(&Pages::default(), "min", "4500000");
        let pages = set(&pages, "term", "0.");
        assert_eq!(next(&pages, PageAction::AddressChanged(pages.link())), None);
    }

    #[test]
    fn a_new_link_opens() {
        let opened = next(&Pages::default(), PageAction::AddressChanged("#/venture?v=1&min=4500000".into())).unwrap();
        assert_eq!(opened.link(), "#/venture?v=1&min=4500000");
    }

    #[test]
    fn a_bad_link_keeps_the_scenario_until_dismissed() {
        let pages = set(&Pages::default(), "min", "4500000");
        let refused = next(&pages, PageAction::AddressChanged("#/venture?v=1&min=abc".into())).unwrap();
        assert_eq!(refused.venture.inputs, pages.venture.inputs);
        assert!(refused.link_errors().iter().any(|m| m.starts_with("min:")));
        let dismissed = next(&refused, PageAction::DismissLinkErrors).unwrap();
        assert!(dismissed.link_errors().is_empty());
        assert_eq!(dismissed.venture.inputs, pages.venture.inputs);
        assert_eq!(next(&dismissed, PageAction::DismissLinkErrors), None);
    }

    #[test]
    fn each_deal_keeps_its_scenario_while_another_is_shown() {
        let pages = set(&Pages::default(), "min", "4500000");
        let msa = next(&pages, PageAction::AddressChanged("#/msa?v=1".into())).unwrap();
        assert_eq!(msa.deal, Deal::Msa);
        let back = next(&msa, PageAction::AddressChanged(pages.link())).unwrap();
        assert_eq!(back.deal, Deal::Venture);
        assert_eq!(back.venture.inputs, pages.venture.inputs);
    }

    #[test]
    fn a_refused_link_to_another_deal_stays_on_the_deal_shown() {
        let pages = Pages::default();
        let refused = next(&pages, PageAction::AddressChanged("#/note?v=abc".into())).unwrap();
        assert_eq!(refused.deal, Deal::Venture);
        assert!(refused.link_errors()[0].starts_with("v:"));
        let route = next(&pages, PageAction::AddressChanged("#/elsewhere".into())).unwrap();
        assert!(route.link_errors()[0].starts_with("route:"));
    }

    #[test]
    fn undo_and_redo_reopen_settled_links() {
        // No settle before the first change: the defaults are the first step all the same.
        let pages = Pages::default();
        let moved = set(&set(&pages, "min", "4000000"), "min", "4500000");
        let moved = next(&moved, PageAction::Settled(moved.link())).unwrap();
        let undone = next(&moved, PageAction::Undo).unwrap();
        assert_eq!(undone.link(), Pages::default().link());
        assert_eq!(next(&undone, PageAction::Settled(undone.link())), None);
        assert_eq!(next(&undone, PageAction::Undo), None);
        let redone = next(&undone, PageAction::Redo).unwrap();
        assert_eq!(redone.link(), "#/venture?v=1&min=4500000");
        // Each deal has its own history.
        let msa = next(&redone, PageAction::AddressChanged("#/msa?v=1".into())).unwrap();
        assert_eq!(next(&msa, PageAction::Undo), None);
        assert_eq!(next(&msa, PageAction::Settled(redone.link())), None);
    }

    #[test]
    fn opening_an_address_picks_its_deal() {
        assert_eq!(Pages::opening("#/note?v=1").deal, Deal::Note);
        assert_eq!(Pages::opening("").deal, Deal::Venture);
        let bad = Pages::opening("#/note?v=1&dated=x");
        assert_eq!(bad.deal, Deal::Venture);
        assert!(!bad.link_errors().is_empty());
    }
}
