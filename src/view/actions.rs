//! The page's actions and the next pages after each: form changes go to the pure
//! `scenario::deal_form::apply`, one form for every deal; the address changing,
//! moving between deals and the link error being dismissed are the page's own. `None` means nothing changed (no re-render).
//! Each deal keeps its own scenario while another is shown.

use crate::engine::venture::Terms;
use crate::scenario::compare::{is_compare, read_compare, write_compare};
use crate::scenario::deal_form::{apply, Deal, DealAction, DealForm};
use crate::scenario::link::{write_link, LinkScenario};
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
    /// Each deal's undo/redo history of settled links.
    pub history: Rc<Histories>,
}

impl Default for Pages {
    fn default() -> Self {
        Pages {
            deal: Deal::Venture,
            venture: Rc::new(DealForm::defaults(Deal::Venture)),
            msa: Rc::new(DealForm::defaults(Deal::Msa)),
            note: Rc::new(DealForm::defaults(Deal::Note)),
            pinned: None,
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

    /// A deal's form.
    pub fn form(&self, deal: Deal) -> &Rc<DealForm> {
        match deal {
            Deal::Venture => &self.venture,
            Deal::Msa => &self.msa,
            Deal::Note => &self.note,
        }
    }

    fn form_mut(&mut self, deal: Deal) -> &mut DealForm {
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

    /// The link of the page on show: the deal's scenario, or the compare link of
    /// the pinned A and this scenario as B.
    pub fn link(&self) -> String {
        match self.pinned_here() {
            Some(a) => write_compare(a, &self.scenario_of(self.deal)),
            None => self.link_of(self.deal),
        }
    }

    /// The messages of the last link refused, on the deal on show.
    pub fn link_errors(&self) -> &[String] {
        &self.form(self.deal).link_errors
    }

    fn with_link_errors(&self, errors: Vec<String>) -> Pages {
        let mut next = self.clone();
        next.form_mut(self.deal).link_errors = errors;
        next
    }

    /// The pages a compare link opens: B in its deal's form, on show, and A pinned;
    /// or the page as it was with the link's messages.
    fn compared(&self, hash: &str) -> Pages {
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
                let mut next = self.opened(deal, write_link(&read.b.scenario));
                next.pinned = Some(Rc::new(read.a.scenario));
                next.set_warnings(read.warnings);
                next
            }
            Err(messages) => self.with_link_errors(messages),
        }
    }

    /// The warnings on show for the deal on show (a compare link's own).
    fn set_warnings(&mut self, warnings: Vec<String>) {
        self.form_mut(self.deal).warnings = warnings;
    }

    /// The pages with `deal`'s form replaced by the one `open` gives, on show.
    fn opened(&self, deal: Deal, hash: String) -> Pages {
        let mut next = self.clone();
        next.deal = deal;
        let opened = apply(self.form(deal), DealAction::OpenLink(hash));
        let errors = opened.link_errors.clone();
        *next.form_mut(deal) = opened;
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
    /// A change to the form of the deal on show.
    Deal(DealAction),
    /// The address bar's hash changed (typed, pasted, back or forward, or a
    /// link between the deals followed).
    AddressChanged(String),
    /// The person closed the link error.
    DismissLinkErrors,
    /// Pin the scenario on show as A, to compare what changes next with it.
    Pin,
    /// Pin the Venture's scenario under the other terms as A (what the amendment changed).
    PinOtherTerms,
    /// Stop comparing.
    Unpin,
    /// The scenario on show settled on this link (a step of undo/redo).
    Settled(String),
    /// Back one settled step of the deal on show.
    Undo,
    /// Forward one undone step of the deal on show.
    Redo,
}

pub fn next(pages: &Pages, action: PageAction) -> Option<Pages> {
    let history = pages.history.of(pages.deal);
    let changes_inputs = matches!(action, PageAction::Deal(_));
    if changes_inputs && *history != history.started(&pages.link_of(pages.deal)) {
        // The scenario before the first change is the deal's first step.
        let mut started = pages.clone();
        started.history = Rc::new(
            pages
                .history
                .with(pages.deal, history.started(&pages.link_of(pages.deal))),
        );
        return next(&started, action).or(Some(started));
    }
    match action {
        PageAction::Deal(action) => {
            let mut next = pages.clone();
            *next.form_mut(pages.deal) = apply(pages.form(pages.deal), action);
            Some(next)
        }
        PageAction::AddressChanged(hash) if hash == pages.link() => None,
        PageAction::AddressChanged(hash) if is_compare(&hash) => Some(pages.compared(&hash)),
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
            // A plain link opened (typed, pasted, Back, a saved scenario) leaves the
            // comparison, unless it is refused.
            Some(deal) => {
                let mut next = pages.opened(deal, hash);
                if next.link_errors().is_empty() {
                    next.pinned = None;
                }
                Some(next)
            }
            None => Some(pages.opened(pages.deal, hash)),
        },
        PageAction::Pin => {
            let mut next = pages.clone();
            next.pinned = Some(Rc::new(pages.scenario_of(pages.deal)));
            Some(next)
        }
        PageAction::PinOtherTerms => {
            let other = match pages.venture.venture()?.terms {
                Terms::Amended => "original",
                Terms::Original => "amended",
            };
            let a = apply(
                &pages.venture,
                DealAction::Set {
                    param: "terms",
                    text: other.to_string(),
                },
            );
            let mut next = pages.clone();
            next.pinned = Some(Rc::new(a.scenario));
            next.deal = Deal::Venture;
            Some(next)
        }
        PageAction::Unpin if pages.pinned.is_none() => None,
        PageAction::Unpin => {
            let mut next = pages.clone();
            next.pinned = None;
            Some(next)
        }
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
            // The deal's own link: a comparison's A stays pinned through undo and redo.
            let link = pages.link_of(pages.deal);
            let (history, target) = if action == PageAction::Undo {
                history.undo(&link)
            } else {
                history.redo(&link)
            }?;
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
        next(
            pages,
            PageAction::Deal(DealAction::Set {
                param,
                text: text.into(),
            }),
        )
        .unwrap()
    }

    #[test]
    fn own_link_changes_nothing() {
        let pages = set(&Pages::default(), "min", "4500000");
        let pages = set(&pages, "term", "0.");
        assert_eq!(next(&pages, PageAction::AddressChanged(pages.link())), None);
    }

    #[test]
    fn a_new_link_opens() {
        let opened = next(
            &Pages::default(),
            PageAction::AddressChanged("#/venture?v=1&min=4500000".into()),
        )
        .unwrap();
        assert_eq!(opened.link(), "#/venture?v=1&min=4500000");
    }

    #[test]
    fn a_bad_link_keeps_the_scenario_until_dismissed() {
        let pages = set(&Pages::default(), "min", "4500000");
        let refused = next(
            &pages,
            PageAction::AddressChanged("#/venture?v=1&min=abc".into()),
        )
        .unwrap();
        assert_eq!(refused.venture.scenario, pages.venture.scenario);
        assert!(refused.link_errors().iter().any(|m| m.starts_with("min:")));
        let dismissed = next(&refused, PageAction::DismissLinkErrors).unwrap();
        assert!(dismissed.link_errors().is_empty());
        assert_eq!(dismissed.venture.scenario, pages.venture.scenario);
        assert_eq!(next(&dismissed, PageAction::DismissLinkErrors), None);
    }

    #[test]
    fn each_deal_keeps_its_scenario_while_another_is_shown() {
        let pages = set(&Pages::default(), "min", "4500000");
        let msa = next(&pages, PageAction::AddressChanged("#/msa?v=1".into())).unwrap();
        assert_eq!(msa.deal, Deal::Msa);
        let back = next(&msa, PageAction::AddressChanged(pages.link())).unwrap();
        assert_eq!(back.deal, Deal::Venture);
        assert_eq!(back.venture.scenario, pages.venture.scenario);
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
    fn a_pinned_scenario_makes_the_address_a_compare_link() {
        let pages = next(&Pages::default(), PageAction::Pin).unwrap();
        assert_eq!(
            pages.link(),
            "#/compare?v=1&a=%2Fventure%3Fv%3D1&b=%2Fventure%3Fv%3D1"
        );
        let changed = set(&pages, "min", "4500000");
        assert_eq!(
            changed.link(),
            "#/compare?v=1&a=%2Fventure%3Fv%3D1&b=%2Fventure%3Fv%3D1%26min%3D4500000"
        );
        assert_eq!(
            next(&changed, PageAction::AddressChanged(changed.link())),
            None
        );
        // Another deal's page shows no comparison, and its own link.
        let msa = next(&changed, PageAction::AddressChanged("#/msa?v=1".into())).unwrap();
        assert_eq!(msa.link(), "#/msa?v=1");
        let unpinned = next(&changed, PageAction::Unpin).unwrap();
        assert_eq!(unpinned.link(), "#/venture?v=1&min=4500000");
    }

    #[test]
    fn a_compare_link_opens_b_with_a_pinned() {
        let link = "#/compare?v=1&a=%2Fnote%3Fv%3D1&b=%2Fnote%3Fv%3D1%26amount%3Dfigures";
        let pages = Pages::opening(link);
        assert_eq!(pages.deal, Deal::Note);
        assert_eq!(pages.link(), link);
        assert_eq!(pages.note.link(), "#/note?v=1&amount=figures");
        let mixed = Pages::opening("#/compare?a=%2Fnote&b=%2Fmsa");
        assert!(mixed.link_errors()[0].starts_with("b: the page compares"));
        let bad = Pages::opening("#/compare?a=%2Fnote");
        assert!(bad.link_errors()[0].starts_with("b: is missing"));
    }

    #[test]
    fn a_compare_links_warnings_show_and_a_plain_link_leaves_the_comparison() {
        let pages = Pages::opening("#/compare?v=1&a=%2Fnote&b=%2Fnote&zz=1");
        assert!(
            pages.note.warnings.iter().any(|w| w.starts_with("zz:")),
            "{:?}",
            pages.note.warnings
        );
        let plain = next(
            &pages,
            PageAction::AddressChanged("#/note?v=1&rate=5".into()),
        )
        .unwrap();
        assert!(plain.pinned.is_none());
        assert_eq!(plain.link(), "#/note?v=1&rate=5");
        let refused = next(
            &pages,
            PageAction::AddressChanged("#/note?v=1&rate=x".into()),
        )
        .unwrap();
        assert!(refused.pinned.is_some());
    }

    #[test]
    fn the_other_terms_are_pinned_as_a() {
        let pages = next(&Pages::default(), PageAction::PinOtherTerms).unwrap();
        assert_eq!(
            pages.link(),
            "#/compare?v=1&a=%2Fventure%3Fv%3D1%26terms%3Doriginal&b=%2Fventure%3Fv%3D1"
        );
    }

    #[test]
    fn undo_keeps_a_pinned() {
        let pinned = next(&Pages::default(), PageAction::Pin).unwrap();
        let moved = set(&pinned, "min", "4500000");
        let moved = next(&moved, PageAction::Settled(moved.link_of(Deal::Venture))).unwrap();
        let undone = next(&moved, PageAction::Undo).unwrap();
        assert_eq!(undone.link_of(Deal::Venture), "#/venture?v=1");
        assert!(undone.pinned_here().is_some());
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
