//! The page's one reducer: the three deals' forms, changed only by
//! `view::actions::next` (which calls the pure form functions of `scenario`).
//! No browser effect here.

use crate::view::actions::{next, PageAction, Pages};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct PageState {
    pub pages: Pages,
}

impl PageState {
    /// The pages the address opens (the Venture's defaults, with the link's
    /// messages, when the address holds a link that cannot be read).
    pub fn opening(hash: &str) -> PageState {
        PageState {
            pages: Pages::opening(hash),
        }
    }
}

impl Reducible for PageState {
    type Action = PageAction;

    fn reduce(self: Rc<Self>, action: PageAction) -> Rc<Self> {
        match next(&self.pages, action) {
            Some(pages) => Rc::new(PageState { pages }),
            // The same Rc: Yew skips the re-render.
            None => self,
        }
    }
}

/// What the components send actions through (stable between renders).
pub type Dispatch = UseReducerDispatcher<PageState>;
