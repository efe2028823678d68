//! Every deal's page form as one pure state machine: `apply(form, action)` gives
//! the next form. A valid change updates the scenario; an invalid one keeps the
//! typed text beside its message and leaves the scenario (and the results) as
//! they were, so nothing the user had is lost; a refused link leaves everything
//! as it was. Every field is set on the deal's typed inputs, read by the same
//! readers and ranges as a link's parameter (`venture_form`, `msa::edit`,
//! `note::edit`): nothing is written into a link and read back, and a form
//! holds exactly what a link can, with the link's messages.

pub use super::deal::Deal;
use super::link::{check_length, read_link, write_link_with_risk, Link, LinkScenario};
use super::run::{last_few, Last};
use super::venture_form::{self, CostField};
use super::{msa, note};
use crate::engine::venture::risk::RiskPlan;
use crate::engine::venture::VentureInputs;
use std::cell::RefCell;
use std::collections::BTreeMap;

thread_local! {
    /// The last few forms' links: a move of a slider asks for the link of its
    /// form several times (the address bar, undo, the links between the deals,
    /// the marks of what is shown), and writing it is the same each time.
    static LINKS: Last<(LinkScenario, Option<RiskPlan>), String> = const { RefCell::new(Vec::new()) };
}

/// Text typed into a field that is not valid (yet), with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub text: String,
    pub error: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DealAction {
    /// A field typed, slid or chosen, as link text. Empty text removes the
    /// parameter: an optional input becomes "none", a following one follows
    /// again. A list's items are separated by commas or spaces.
    Set { param: &'static str, text: String },
    /// A list item added, or removed when the list has it (a Note interest date
    /// marked missed or paid).
    Toggle { param: &'static str, item: String },
    /// A field of one of the Venture's cost items.
    SetCost {
        index: usize,
        field: CostField,
        text: String,
    },
    /// An empty cost item added to the Venture's.
    AddCost,
    /// The Venture's risk view: distributions, draws and seed (`None`: none).
    SetRisk(Option<RiskPlan>),
    /// One of the Venture's cost items removed.
    RemoveCost(usize),
    /// A link opened (the page's address or a pasted link) for this deal.
    OpenLink(String),
    /// Back to the model book's defaults.
    Reset,
}

/// The form of a deal's page.
#[derive(Debug, Clone, PartialEq)]
pub struct DealForm {
    /// The scenario the results show: always valid, always this form's deal.
    pub scenario: LinkScenario,
    /// Invalid typed text by field key (`min`, `cost.2.amount`, `stop`).
    pub drafts: BTreeMap<String, Draft>,
    /// The messages of the last link refused (empty when none).
    pub link_errors: Vec<String>,
    /// Warnings about the link that was opened.
    pub warnings: Vec<String>,
    /// What a change moved besides the field changed, and why ("THIL's profit
    /// share moved from 25 % to 40 %: …"); cleared by the next change.
    pub terms_note: Option<String>,
    /// The Venture's risk view the link carries (valid for its inputs), if set.
    pub risk: Option<RiskPlan>,
}

impl DealForm {
    pub fn new(scenario: LinkScenario) -> DealForm {
        DealForm {
            scenario,
            drafts: BTreeMap::new(),
            link_errors: Vec::new(),
            warnings: Vec::new(),
            terms_note: None,
            risk: None,
        }
    }

    /// The form as a link opens it: the link's scenario, or `deal`'s defaults
    /// with the link's messages.
    pub fn from_link(deal: Deal, link: &str) -> DealForm {
        apply(
            &DealForm::defaults(deal),
            DealAction::OpenLink(link.to_string()),
        )
    }

    /// The Venture's inputs, on the Venture's form.
    pub fn venture(&self) -> Option<&VentureInputs> {
        match &self.scenario {
            LinkScenario::Venture(inputs) => Some(inputs),
            _ => None,
        }
    }

    pub fn defaults(deal: Deal) -> DealForm {
        DealForm::new(deal.defaults())
    }

    pub fn deal(&self) -> Deal {
        Deal::of_scenario(&self.scenario)
    }

    /// The canonical link part from `#` of the scenario shown, with its risk view.
    pub fn link(&self) -> String {
        let key = (self.scenario.clone(), self.risk.clone());
        let link = last_few(&LINKS, 4, &key, |(scenario, risk)| {
            write_link_with_risk(&Link {
                scenario: scenario.clone(),
                risk: risk.clone(),
                warnings: Vec::new(),
            })
        });
        String::clone(&link)
    }

    /// What a field's box shows: the typed draft, or the value in force.
    pub fn text(&self, param: &str) -> String {
        if let Some(draft) = self.drafts.get(param) {
            return draft.text.clone();
        }
        self.value(param)
    }

    /// The value in force of `param` as link text ("" for none), whatever is
    /// typed; a cost item's field by its key `cost.N.field`.
    pub fn value(&self, param: &str) -> String {
        if let (LinkScenario::Venture(inputs), Some(rest)) =
            (&self.scenario, param.strip_prefix("cost."))
        {
            return venture_form::cost_field_text(inputs, rest);
        }
        match &self.scenario {
            LinkScenario::Msa(inputs) => super::msa::field_text(inputs, param),
            LinkScenario::Note(inputs) => super::note::field_text(inputs, param),
            LinkScenario::Venture(inputs) => super::venture::field_text(inputs, param),
        }
    }

    pub fn error(&self, param: &str) -> Option<&str> {
        self.drafts.get(param).map(|draft| draft.error.as_str())
    }
}

/// The next form after `action`.
pub fn apply(form: &DealForm, action: DealAction) -> DealForm {
    let mut next = form.clone();
    next.terms_note = None;
    match (action, &form.scenario) {
        (DealAction::Set { param, text }, LinkScenario::Venture(inputs)) => {
            let edited = venture_form::set(inputs, param, &text);
            if let (Ok(after), "terms") = (&edited, param) {
                next.terms_note = venture_form::share_moved(inputs, after);
            }
            let edited = edited.map(LinkScenario::Venture);
            settle(&mut next, param.to_string(), text, edited);
        }
        (DealAction::Set { param, text }, LinkScenario::Msa(inputs)) => {
            let edited = msa::edit::set(inputs, param, &text)
                .map(LinkScenario::Msa)
                .map_err(|messages| messages_for(param, messages));
            settle(&mut next, param.to_string(), text, edited);
        }
        (DealAction::Set { param, text }, LinkScenario::Note(inputs)) => {
            let edited = note::edit::set(inputs, param, &text)
                .map(LinkScenario::Note)
                .map_err(|messages| messages_for(param, messages));
            settle(&mut next, param.to_string(), text, edited);
        }
        (DealAction::SetCost { index, field, text }, LinkScenario::Venture(inputs)) => {
            let edited = venture_form::set_cost(inputs, index, field, &text);
            settle(
                &mut next,
                field.key(index),
                text,
                edited.map(LinkScenario::Venture),
            );
        }
        (DealAction::AddCost, LinkScenario::Venture(inputs)) => {
            if let Some(added) = venture_form::add_cost(inputs) {
                next.scenario = LinkScenario::Venture(added);
            }
        }
        (DealAction::RemoveCost(index), LinkScenario::Venture(inputs)) => {
            if let Some(removed) = venture_form::remove_cost(inputs, index) {
                next.scenario = LinkScenario::Venture(removed);
                // The items below moved up: their drafts would land on others.
                next.drafts.retain(|key, _| !key.starts_with("cost."));
            }
        }
        // Only the Venture has cost items.
        (DealAction::SetCost { .. } | DealAction::AddCost | DealAction::RemoveCost(_), _) => {}
        (DealAction::Toggle { param, item }, _) => {
            let current = form.value(param);
            let mut items: Vec<&str> = current.split(", ").filter(|i| !i.is_empty()).collect();
            match items.iter().position(|i| *i == item) {
                Some(index) => {
                    items.remove(index);
                }
                None => items.push(&item),
            }
            return apply(
                form,
                DealAction::Set {
                    param,
                    text: items.join(", "),
                },
            );
        }
        (DealAction::OpenLink(link), _) => match read_link(&link) {
            Ok(Link {
                scenario,
                risk,
                warnings,
            }) if Deal::of_scenario(&scenario) == form.deal() => {
                next = DealForm::new(scenario);
                next.risk = risk;
                next.warnings = warnings;
            }
            Ok(other) => {
                next.link_errors = vec![format!(
                    "route: this is a link to the {} page, not the {}'s.",
                    other.scenario.route(),
                    form.deal().route()
                )];
            }
            Err(messages) => next.link_errors = messages,
        },
        (DealAction::SetRisk(plan), LinkScenario::Venture(_)) => next.risk = plan,
        // Only the Venture has a risk view.
        (DealAction::SetRisk(_), _) => {}
        (DealAction::Reset, _) => next = DealForm::defaults(form.deal()),
    }
    // The share's range follows the terms: a risk view the scenario no longer
    // allows is dropped, so that the form's link always reads back.
    if next.risk.is_some() && read_link(&next.link()).is_err() {
        next.risk = None;
    }
    next
}

/// The messages about `param` first, then the others (a change can make
/// another input invalid: `tendered` moved past an explicit `accept`).
fn messages_for(param: &str, messages: Vec<String>) -> String {
    let (mine, others): (Vec<String>, Vec<String>) = super::link::once_each(messages)
        .into_iter()
        .partition(|message| message.starts_with(&format!("{param}:")));
    mine.into_iter().chain(others).collect::<Vec<_>>().join(" ")
}

/// A typed edit's outcome into the form: the new inputs, or the text kept as a
/// draft beside its message.
///
/// A scenario whose link would be longer than a link may be (a pasted list of
/// hundreds of pay-downs) is refused as reading that link would refuse it, so
/// that the form never holds what its link could not carry.
fn settle(next: &mut DealForm, key: String, text: String, edited: Result<LinkScenario, String>) {
    let edited = edited.and_then(|scenario| {
        // Through the form's cache of links: the page asks for this one next.
        let mut candidate = DealForm::new(scenario.clone());
        candidate.risk = next.risk.clone();
        // The form's link is canonical: its own length is the one that counts.
        check_length(&candidate.link())
            .map(|()| scenario)
            .map_err(|messages| messages.join(" "))
    });
    match edited {
        Ok(scenario) => {
            next.scenario = scenario;
            next.drafts.remove(&key);
            // A change can make other drafts valid or moot: keep only their text.
            next.link_errors.clear();
        }
        Err(error) => {
            next.drafts.insert(key, Draft { text, error });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_name_their_deals() {
        assert_eq!(Deal::of_link(""), Some(Deal::Venture));
        assert_eq!(Deal::of_link("https://x/y/#/msa?v=1"), Some(Deal::Msa));
        assert_eq!(Deal::of_link("#/note"), Some(Deal::Note));
        assert_eq!(Deal::of_link("#/compare?v=1"), None);
        assert_eq!(Deal::of_link("#/"), Some(Deal::Venture));
    }

    #[test]
    fn a_toggle_adds_or_removes_a_list_item() {
        let note = DealForm::defaults(Deal::Note);
        let missed = apply(
            &note,
            DealAction::Toggle {
                param: "missed",
                item: "2003-09-30".into(),
            },
        );
        assert_eq!(missed.link(), "#/note?v=1&missed=2003-09-30");
        let two = apply(
            &missed,
            DealAction::Toggle {
                param: "missed",
                item: "2003-06-30".into(),
            },
        );
        assert_eq!(two.link(), "#/note?v=1&missed=2003-06-30&missed=2003-09-30");
        let back = apply(
            &two,
            DealAction::Toggle {
                param: "missed",
                item: "2003-09-30".into(),
            },
        );
        assert_eq!(back.link(), "#/note?v=1&missed=2003-06-30");
        let refused = apply(
            &note,
            DealAction::Toggle {
                param: "missed",
                item: "2003-07-01".into(),
            },
        );
        assert_eq!(refused.link(), note.link());
        assert!(refused
            .error("missed")
            .is_some_and(|e| e.starts_with("missed:")));
    }

    #[test]
    fn messages_about_the_field_come_first() {
        let text = messages_for("b", vec!["a: no.".into(), "b: no.".into()]);
        assert_eq!(text, "b: no. a: no.");
    }
}
