//! The page's actions and the next pages after each: form changes go to the pure
//! `scenario::deal_form::apply`, one form for every deal; the address changing,
//! moving between deals and the link error being dismissed are the page's own. `None` means nothing changed (no re-render).
//! Each deal keeps its own scenario while another is shown.

mod pages;

use crate::engine::venture::Terms;
use crate::scenario::compare::is_compare;
use crate::scenario::deal_form::{apply, Deal, DealAction};
use crate::scenario::fusion::link::is_fusion;
pub use pages::Pages;
use std::rc::Rc;

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
        // The page's own link: nothing to open, but a refused link's alert
        // goes (the address is valid again: `min=abc`, then `#/venture?v=1`).
        PageAction::AddressChanged(hash) if hash == pages.link() => {
            (!pages.link_errors().is_empty()).then(|| pages.with_link_errors(Vec::new()))
        }
        PageAction::AddressChanged(hash) if is_compare(&hash) => Some(pages.compared(&hash)),
        PageAction::AddressChanged(hash) if is_fusion(&hash) => Some(pages.fusion_opened(&hash)),
        PageAction::AddressChanged(hash) => match Deal::of_link(&hash) {
            // The page writes its own links (the address bar, the links between
            // the deals): reading one back would only drop the drafts being typed.
            // While comparing, the plain link of the deal on show (a link
            // followed, the deal's own tab) leaves the comparison, as any
            // plain link opened does.
            Some(deal) if hash == pages.link_of(deal) => {
                let comparing = deal == pages.deal && pages.pinned_here().is_some();
                let leaves = comparing || pages.fusion;
                (deal != pages.deal || leaves || !pages.link_errors().is_empty()).then(|| {
                    let mut next = pages.with_link_errors(Vec::new());
                    next.deal = deal;
                    next.fusion = false;
                    if comparing {
                        next.unpin();
                    }
                    next
                })
            }
            // A plain link opened (typed, pasted, Back, a saved scenario) leaves the
            // comparison, unless it is refused.
            Some(deal) => {
                let mut next = pages.opened(deal, hash);
                if next.link_errors().is_empty() {
                    next.unpin();
                }
                Some(next)
            }
            None => Some(pages.opened(pages.deal, hash)),
        },
        PageAction::Pin => {
            let mut next = pages.clone();
            let form = pages.form(pages.deal);
            next.pin(form.scenario.clone(), form.risk.clone());
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
            next.pin(a.scenario, a.risk);
            next.deal = Deal::Venture;
            Some(next)
        }
        PageAction::Unpin if pages.pinned.is_none() => None,
        PageAction::Unpin => {
            let mut next = pages.clone();
            next.unpin();
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
    fn a_valid_address_after_a_refused_one_clears_its_alert() {
        let refused = Pages::opening("#/venture?v=1&min=abc");
        assert!(!refused.link_errors().is_empty());
        // The defaults' own link, which the page on show already has.
        assert_eq!(refused.link(), "#/venture?v=1");
        let valid = next(&refused, PageAction::AddressChanged("#/venture?v=1".into()))
            .expect("the alert goes");
        assert!(valid.link_errors().is_empty(), "{:?}", valid.link_errors());
    }

    #[test]
    fn the_plain_link_of_the_deal_on_show_leaves_a_comparison() {
        let pages = set(&Pages::default(), "min", "4500000");
        let pinned = next(&pages, PageAction::Pin).unwrap();
        let compared = set(&pinned, "min", "5000000");
        assert!(compared.link().starts_with("#/compare?"));
        let plain = compared.link_of(Deal::Venture);
        let left = next(&compared, PageAction::AddressChanged(plain.clone())).unwrap();
        assert_eq!(left.pinned_here(), None);
        assert_eq!(left.link(), plain);
    }

    #[test]
    fn a_fusion_link_opens_the_three_deals_and_stays_the_address_until_a_deal_is_opened() {
        let link = "#/fusion?v=1&msa=%2Fmsa%3Fv%3D1%26stop%3D2003-11-20&note=%2Fnote%3Fv%3D1%26missed%3D2003-09-30";
        let opened = Pages::opening(link);
        assert!(opened.fusion);
        assert_eq!(opened.link(), link);
        assert_eq!(opened.link_of(Deal::Msa), "#/msa?v=1&stop=2003-11-20");
        assert_eq!(opened.link_of(Deal::Note), "#/note?v=1&missed=2003-09-30");
        // An edit keeps the position, with the edit in it.
        let edited = set(&opened, "min", "4500000");
        assert!(edited
            .link()
            .starts_with("#/fusion?v=1&venture=%2Fventure%3Fv%3D1%26min%3D4500000"));
        // A printed report names the deal on show only, never the other deals.
        assert_eq!(edited.report_link(), "#/venture?v=1&min=4500000");
        // A deal's own link leaves it.
        let plain = next(
            &edited,
            PageAction::AddressChanged(edited.link_of(Deal::Venture)),
        )
        .unwrap();
        assert!(!plain.fusion);
        assert_eq!(plain.link(), "#/venture?v=1&min=4500000");
        // A bad part is refused with its deal's name, the page as it was.
        let refused = next(
            &plain,
            PageAction::AddressChanged("#/fusion?v=1&msa=x".into()),
        )
        .unwrap();
        assert!(
            refused.link_errors()[0].starts_with("msa: "),
            "{:?}",
            refused.link_errors()
        );
        assert!(!refused.fusion);
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
    fn a_compare_link_keeps_each_sides_risk_view() {
        let link = "#/compare?v=1&a=%2Fventure%3Fv%3D1%26risk%3Dmin%3Auniform%3A2000000..4000000%26draws%3D500&b=%2Fventure%3Fv%3D1%26min%3D4500000%26risk%3Dterm%3Atri%3A0.17..0.19..0.21";
        let pages = Pages::opening(link);
        assert!(pages.link_errors().is_empty(), "{:?}", pages.link_errors());
        assert_eq!(pages.link(), link);
        assert_eq!(
            pages.venture.link(),
            "#/venture?v=1&min=4500000&risk=term:tri:0.17..0.19..0.21"
        );
        // Pinning a scenario with a risk view keeps it in A; unpinning drops it.
        let pinned = next(
            &Pages::opening("#/venture?v=1&draws=500&risk=min:uniform:2000000..4000000"),
            PageAction::Pin,
        )
        .unwrap();
        assert!(
            pinned.link().contains("a=%2Fventure%3Fv%3D1%26risk%3Dmin"),
            "{}",
            pinned.link()
        );
        let unpinned = next(&pinned, PageAction::Unpin).unwrap();
        assert!(unpinned.pinned_risk.is_none());
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
