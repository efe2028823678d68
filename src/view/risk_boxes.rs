//! The risk panel's boxes as a plain state machine: every uncertain input's
//! from / most likely / to boxes (ticked or not), the draws and the seed, the
//! plans they sent to the page and the plan the page shows. The panel only
//! renders it and sends what [`RiskBoxesState::edit`] returns.
//!
//! The rule that keeps typed text: the boxes follow the page's plan only when
//! it comes from elsewhere (a link opened, undo). A plan the boxes sent
//! themselves comes back without touching them, however many edits were made
//! before the page rendered (p0 → p1 → p0 included), and boxes whose latest
//! text is not valid stay as typed.

use crate::engine::venture::risk::{RiskPlan, Shape, UncertainInput};
use crate::engine::venture::VentureInputs;
use crate::scenario::deal_form::DealForm;
use crate::scenario::risk::{boxes_of, plan_from_boxes, RiskBoxes};
use crate::view::risk::risk_message;

/// The boxes of every uncertain input (ticked or not), the draws and the seed.
#[derive(Debug, Clone, PartialEq)]
pub struct Boxes {
    pub rows: Vec<(bool, RiskBoxes)>,
    pub draws: String,
    pub seed: String,
    /// The messages about the boxes as typed, in words.
    pub errors: Vec<String>,
}

/// The Venture's inputs of a form (the Venture's page opens no other deal).
pub fn venture_inputs(form: &DealForm) -> VentureInputs {
    form.venture()
        .cloned()
        .unwrap_or_else(VentureInputs::defaults)
}

impl Boxes {
    /// The boxes of the form's plan; an input it leaves out shows its value.
    pub fn of(form: &DealForm) -> Boxes {
        let given = form.risk.as_ref().map(boxes_of).unwrap_or_default();
        let inputs = venture_inputs(form);
        let rows = UncertainInput::ALL
            .iter()
            .map(|&input| match given.iter().find(|b| b.input == input) {
                Some(b) => (true, b.clone()),
                None => {
                    let value = crate::scenario::values::write_decimal(input.get(&inputs));
                    (
                        false,
                        RiskBoxes {
                            input,
                            shape: Shape::Uniform,
                            lo: value.clone(),
                            mode: value.clone(),
                            hi: value,
                        },
                    )
                }
            })
            .collect();
        let (draws, seed) = form
            .risk
            .as_ref()
            .map_or((String::new(), String::new()), |plan| {
                (plan.draws().to_string(), plan.seed().to_string())
            });
        Boxes {
            rows,
            draws,
            seed,
            errors: Vec::new(),
        }
    }

    /// Sets row `index`'s shape from its choice's word (`tri`, else uniform).
    pub fn set_shape(&mut self, index: usize, word: &str) {
        if let Some((_, row)) = self.rows.get_mut(index) {
            row.shape = if word == "tri" {
                Shape::Triangular
            } else {
                Shape::Uniform
            };
        }
    }

    /// Whether row `index` has a most likely value (a triangular shape).
    pub fn has_mode(&self, index: usize) -> bool {
        self.rows
            .get(index)
            .is_some_and(|(_, row)| row.shape == Shape::Triangular)
    }

    /// The plan the boxes stand for, read as a link's items would be.
    pub fn plan(&self, form: &DealForm) -> Result<Option<RiskPlan>, Vec<String>> {
        let ticked: Vec<RiskBoxes> = self
            .rows
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, b)| b.clone())
            .collect();
        plan_from_boxes(&ticked, &self.draws, &self.seed, venture_inputs(form).terms)
    }
}

/// The boxes, the plans they sent that the page has not shown yet, and the
/// plan the page showed last.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskBoxesState {
    pub boxes: Boxes,
    in_flight: Vec<Option<RiskPlan>>,
    shown: Option<RiskPlan>,
}

impl RiskBoxesState {
    pub fn of(form: &DealForm) -> RiskBoxesState {
        RiskBoxesState {
            boxes: Boxes::of(form),
            in_flight: Vec::new(),
            shown: form.risk.clone(),
        }
    }

    /// The plan the page will show once everything sent has arrived.
    fn expected(&self) -> &Option<RiskPlan> {
        self.in_flight.last().unwrap_or(&self.shown)
    }

    /// One change of the boxes: the plan to send to the page, if it differs
    /// from the one the page will show (`Some(None)`: no plan at all).
    pub fn edit(
        &mut self,
        form: &DealForm,
        update: impl FnOnce(&mut Boxes),
    ) -> Option<Option<RiskPlan>> {
        update(&mut self.boxes);
        match self.boxes.plan(form) {
            Ok(plan) => {
                self.boxes.errors.clear();
                (plan != *self.expected()).then(|| {
                    self.in_flight.push(plan.clone());
                    plan
                })
            }
            Err(errors) => {
                self.boxes.errors = errors.iter().map(|m| risk_message(m)).collect();
                None
            }
        }
    }

    /// The page rendered `form`: its plan is one the boxes sent (they stay as
    /// typed), the one already shown, or one from elsewhere, which the boxes
    /// then follow. Whether the boxes were reset.
    pub fn follow(&mut self, form: &DealForm) -> bool {
        let risk = &form.risk;
        if let Some(at) = self.in_flight.iter().position(|sent| sent == risk) {
            self.in_flight.drain(..=at);
            self.shown = risk.clone();
            return false;
        }
        if *risk == self.shown {
            return false;
        }
        *self = RiskBoxesState::of(form);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::deal_form::{apply, Deal, DealAction};
    use crate::scenario::read_link;

    fn form(link: &str) -> DealForm {
        apply(
            &DealForm::defaults(Deal::Venture),
            DealAction::OpenLink(link.to_string()),
        )
    }

    fn with_risk(form: &DealForm, plan: Option<RiskPlan>) -> DealForm {
        apply(form, DealAction::SetRisk(plan))
    }

    fn set_hi(text: &'static str) -> impl FnOnce(&mut Boxes) {
        move |b: &mut Boxes| {
            if let Some((_, row)) = b.rows.first_mut() {
                row.hi = text.to_string();
            }
        }
    }

    const P0: &str = "#/venture?v=1&risk=min:uniform:2000000..4000000";

    #[test]
    fn two_edits_before_a_render_there_and_back_keep_the_boxes_and_send_both() {
        let page = form(P0);
        let mut state = RiskBoxesState::of(&page);
        let p1 = state.edit(&page, set_hi("5000000")).expect("p1 is sent");
        let p0 = state
            .edit(&page, set_hi("4000000.0"))
            .expect("p0 is sent back");
        assert_eq!(p0, page.risk);
        // The page renders p1 (the second dispatch still on its way), then p0.
        assert!(!state.follow(&with_risk(&page, p1)));
        assert_eq!(state.boxes.rows[0].1.hi, "4000000.0");
        assert!(!state.follow(&with_risk(&page, p0.clone())));
        assert_eq!(state.boxes.rows[0].1.hi, "4000000.0", "typed text kept");
        // The page rendered only the last of them.
        let mut state = RiskBoxesState::of(&page);
        let _ = state.edit(&page, set_hi("5000000"));
        let _ = state.edit(&page, set_hi("4000000.0"));
        assert!(!state.follow(&page));
        // A plan from elsewhere afterwards is followed.
        let other = read_link("#/venture?v=1&risk=min:uniform:2000000..5000000")
            .map(|l| l.risk)
            .unwrap_or_default();
        assert!(state.follow(&with_risk(&page, other)));
        assert_eq!(state.boxes.rows[0].1.hi, "5000000");
    }

    #[test]
    fn invalid_text_stays_through_renders_of_the_page_s_own_plan() {
        let page = form(P0);
        let mut state = RiskBoxesState::of(&page);
        let p1 = state.edit(&page, set_hi("5000000")).expect("sent");
        assert_eq!(state.edit(&page, set_hi("5,000,000x")), None);
        assert!(!state.boxes.errors.is_empty());
        assert!(!state.follow(&with_risk(&page, p1)));
        assert_eq!(state.boxes.rows[0].1.hi, "5,000,000x");
        assert!(!state.boxes.errors.is_empty());
    }
}
