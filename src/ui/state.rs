//! The page's one reducer: the form, changed only by `view::actions::next`
//! (which calls the pure `scenario::form::apply`). No browser effect here.

use crate::scenario::form::VentureForm;
use crate::view::actions::{next, PageAction};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct PageState {
    /// Shared with the components without copying.
    pub form: Rc<VentureForm>,
}

impl PageState {
    /// The form the page's address opens (the defaults, with the link's
    /// messages, when the address holds a link that cannot be read).
    pub fn opening(hash: &str) -> PageState {
        PageState {
            form: Rc::new(VentureForm::from_link(hash)),
        }
    }
}

impl Reducible for PageState {
    type Action = PageAction;

    fn reduce(self: Rc<Self>, action: PageAction) -> Rc<Self> {
        match next(&self.form, action) {
            Some(form) => Rc::new(PageState {
                form: Rc::new(form),
            }),
            // The same Rc: Yew skips the re-render.
            None => self,
        }
    }
}

/// What the components send actions through (stable between renders).
pub type Dispatch = UseReducerDispatcher<PageState>;
