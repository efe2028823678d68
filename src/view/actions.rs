//! The page's actions and the next form after each: form changes go to the pure
//! `scenario::form::apply`; the address changing and the link error being
//! dismissed are the page's own. `None` means nothing changed (no re-render).

use crate::scenario::form::{apply, FormAction, VentureForm};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageAction {
    Form(FormAction),
    /// The address bar's hash changed (typed, pasted, back or forward).
    AddressChanged(String),
    /// The person closed the link error.
    DismissLinkErrors,
}

pub fn next(form: &VentureForm, action: PageAction) -> Option<VentureForm> {
    match action {
        PageAction::Form(action) => Some(apply(form, action)),
        // The page writes its own link to the address bar; reading it back
        // would only drop the drafts being typed.
        PageAction::AddressChanged(hash) if hash == form.link() => None,
        PageAction::AddressChanged(hash) => Some(apply(form, FormAction::OpenLink(hash))),
        PageAction::DismissLinkErrors if form.link_errors.is_empty() => None,
        PageAction::DismissLinkErrors => {
            let mut next = form.clone();
            next.link_errors.clear();
            Some(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_link_changes_nothing() {
        let form = apply(
            &VentureForm::default(),
            FormAction::Set {
                param: "min",
                text: "4500000".into(),
            },
        );
        let form = apply(
            &form,
            FormAction::Set {
                param: "term",
                text: "0.".into(),
            },
        );
        assert_eq!(next(&form, PageAction::AddressChanged(form.link())), None);
    }

    #[test]
    fn a_new_link_opens() {
        let form = VentureForm::default();
        let opened = next(
            &form,
            PageAction::AddressChanged("#/venture?v=1&min=4500000".into()),
        )
        .unwrap();
        assert_eq!(opened.link(), "#/venture?v=1&min=4500000");
    }

    #[test]
    fn a_bad_link_keeps_the_scenario_until_dismissed() {
        let form = apply(
            &VentureForm::default(),
            FormAction::Set {
                param: "min",
                text: "4500000".into(),
            },
        );
        let refused = next(
            &form,
            PageAction::AddressChanged("#/venture?v=1&min=abc".into()),
        )
        .unwrap();
        assert_eq!(refused.inputs, form.inputs);
        assert!(refused.link_errors.iter().any(|m| m.starts_with("min:")));
        let dismissed = next(&refused, PageAction::DismissLinkErrors).unwrap();
        assert!(dismissed.link_errors.is_empty());
        assert_eq!(dismissed.inputs, form.inputs);
        assert_eq!(next(&dismissed, PageAction::DismissLinkErrors), None);
    }
}
