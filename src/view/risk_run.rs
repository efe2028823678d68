//! The risk view's run as the page drives it: what a run depends on (the
//! Venture's scenario and its plan), its draws made a slice at a time, the
//! headline's month and the draws' CSV, so that the panel and its scheduler
//! only render and schedule (they name nothing of the engine).

use super::risk_boxes::venture_inputs;
use crate::engine::venture::risk::{RiskPlan, RiskRun};
use crate::engine::venture::{last_month, VentureInputs};
use crate::scenario::deal_form::DealForm;
use std::rc::Rc;

pub use crate::engine::venture::risk::figures::RiskFigures;

/// What a run of the draws depends on: the Venture's inputs and the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskKey {
    inputs: VentureInputs,
    plan: Option<RiskPlan>,
}

impl RiskKey {
    pub fn of(form: &DealForm) -> RiskKey {
        RiskKey {
            inputs: venture_inputs(form),
            plan: form.risk.clone(),
        }
    }

    /// Whether there is a plan to draw.
    pub fn has_plan(&self) -> bool {
        self.plan.is_some()
    }

    /// How many draws the plan makes (0 without one).
    pub fn draws(&self) -> u32 {
        self.plan.as_ref().map_or(0, RiskPlan::draws)
    }

    /// The CSV of every draw (`None` without a plan).
    pub fn draws_csv(&self) -> Option<String> {
        let plan = self.plan.as_ref()?;
        Some(crate::scenario::risk_draws::draws_csv(&self.inputs, plan))
    }

    /// The month the headline asks about: the base case's recoup month, or the
    /// last month modelled.
    pub fn headline_month(&self) -> u32 {
        let plain_recoup = crate::scenario::run::venture(&self.inputs)
            .as_ref()
            .as_ref()
            .ok()
            .and_then(|outcome| outcome.results.recoup.map(|r| r.month));
        super::risk::headline_month(plain_recoup, last_month(&self.inputs))
    }
}

/// The draws of one run, made a slice at a time.
pub struct Draws(RiskRun);

impl Draws {
    /// The run of the key's plan (`None` without one).
    pub fn start(key: &RiskKey) -> Option<Draws> {
        let plan = key.plan.clone()?;
        Some(Draws(RiskRun::new(plan, &key.inputs)))
    }

    /// Makes up to `count` more draws; whether every draw is made.
    pub fn advance(&mut self, count: u32) -> bool {
        self.0.advance(count)
    }

    pub fn done(&self) -> u32 {
        self.0.done()
    }

    pub fn planned(&self) -> u32 {
        self.0.plan().draws()
    }

    /// Once finished, the figures (`None` when no draw was valid).
    pub fn figures(&self) -> Option<Rc<RiskFigures>> {
        self.0.figures().map(Rc::new)
    }
}
