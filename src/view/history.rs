//! Undo and redo: each deal's history of settled links. A step is committed when
//! the scenario settles (the moment the address bar is rewritten), so a slider
//! drag of many input events is one step. Undo and redo give the link to open;
//! opening it settles on the same link, which changes nothing here.

use crate::scenario::deal_form::Deal;

/// How many steps back a deal keeps.
pub const DEPTH: usize = 100;

/// One deal's links: those before, the one settled, those undone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    past: Vec<String>,
    present: Option<String>,
    future: Vec<String>,
}

impl History {
    /// The history after `link` settled: a new step unless it is the present one
    /// (a new step forgets what was undone).
    pub fn commit(&self, link: &str) -> History {
        let mut next = self.clone();
        match &self.present {
            Some(present) if present == link => return next,
            Some(present) => {
                next.past.push(present.clone());
                if next.past.len() > DEPTH {
                    next.past.remove(0);
                }
                next.future.clear();
            }
            None => {}
        }
        next.present = Some(link.to_string());
        next
    }

    /// The history one step back and the link to open, from the page's `current`
    /// link (committed first when it has not settled yet); `None` at the start.
    pub fn undo(&self, current: &str) -> Option<(History, String)> {
        let mut next = self.commit(current);
        let previous = next.past.pop()?;
        if let Some(present) = next.present.take() {
            next.future.push(present);
        }
        next.present = Some(previous.clone());
        Some((next, previous))
    }

    /// The history one step forward and the link to open; `None` when nothing was undone
    /// (or the page has changed since).
    pub fn redo(&self, current: &str) -> Option<(History, String)> {
        let mut next = self.commit(current);
        let following = next.future.pop()?;
        if let Some(present) = next.present.take() {
            next.past.push(present);
        }
        next.present = Some(following.clone());
        Some((next, following))
    }

    /// The history with `link` as its starting point when it has none yet (so that
    /// a change made before the first link settled can be undone).
    pub fn started(&self, link: &str) -> History {
        if self.present.is_some() {
            self.clone()
        } else {
            self.commit(link)
        }
    }

    pub fn can_undo(&self, current: &str) -> bool {
        !self.past.is_empty()
            || self
                .present
                .as_deref()
                .is_some_and(|present| present != current)
    }

    pub fn can_redo(&self, current: &str) -> bool {
        !self.future.is_empty() && self.present.as_deref() == Some(current)
    }
}

/// The three deals' histories.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Histories {
    pub venture: History,
    pub msa: History,
    pub note: History,
}

impl Histories {
    pub fn of(&self, deal: Deal) -> &History {
        match deal {
            Deal::Venture => &self.venture,
            Deal::Msa => &self.msa,
            Deal::Note => &self.note,
        }
    }

    /// The histories with `deal`'s replaced.
    pub fn with(&self, deal: Deal, history: History) -> Histories {
        let mut next = self.clone();
        match deal {
            Deal::Venture => next.venture = history,
            Deal::Msa => next.msa = history,
            Deal::Note => next.note = history,
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settled(links: &[&str]) -> History {
        links
            .iter()
            .fold(History::default(), |history, link| history.commit(link))
    }

    #[test]
    fn the_first_link_is_no_step() {
        let history = settled(&["a"]);
        assert!(!history.can_undo("a"));
        assert_eq!(history.undo("a"), None);
    }

    #[test]
    fn undo_then_redo_walks_the_steps() {
        let history = settled(&["a", "b", "c"]);
        let (history, link) = history.undo("c").unwrap();
        assert_eq!(link, "b");
        // Opening `b` settles on `b`: nothing changes.
        assert_eq!(history.commit("b"), history);
        let (history, link) = history.undo("b").unwrap();
        assert_eq!(link, "a");
        assert_eq!(history.undo("a"), None);
        assert!(history.can_redo("a"));
        let (history, link) = history.redo("a").unwrap();
        assert_eq!(link, "b");
        let (history, link) = history.redo("b").unwrap();
        assert_eq!(link, "c");
        assert_eq!(history.redo("c"), None);
    }

    #[test]
    fn a_new_step_forgets_the_undone() {
        let (history, _) = settled(&["a", "b"]).undo("b").unwrap();
        let history = history.commit("x");
        assert!(!history.can_redo("x"));
        assert_eq!(history.undo("x").unwrap().1, "a");
    }

    #[test]
    fn undo_before_settling_goes_back_to_the_settled_link() {
        let history = settled(&["a", "b"]);
        assert!(history.can_undo("b-dragging"));
        assert!(!history.can_redo("b-dragging"));
        let (history, link) = history.undo("b-dragging").unwrap();
        assert_eq!(link, "b");
        assert_eq!(history.redo("b").unwrap().1, "b-dragging");
    }

    #[test]
    fn a_change_before_the_first_settle_is_a_step() {
        let history = History::default().started("a").commit("b");
        assert_eq!(history.undo("b").unwrap().1, "a");
        assert_eq!(history.started("x"), history);
    }

    #[test]
    fn depth_is_bounded() {
        let links: Vec<String> = (0..DEPTH + 20).map(|n| n.to_string()).collect();
        let history = links.iter().fold(History::default(), |h, l| h.commit(l));
        assert_eq!(history.past.len(), DEPTH);
    }
}
