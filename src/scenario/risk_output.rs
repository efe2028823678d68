//! The risk view's output (`risk.md`, The command line): a risk link's plan and
//! the figures of its draws, or the message naming `risk`. `dealmodel risk`
//! prints them as its JSON document (`src/bin/dealmodel/risk.rs`, where serde
//! derives it, outside the wasm).

use super::link::{Link, LinkScenario};
use crate::engine::venture::risk::figures::RiskFigures;
use crate::engine::venture::risk::{run, RiskPlan};
use crate::engine::venture::VentureInputs;

/// The scenario and plan of a risk link, or the message naming `risk`.
pub fn risk_of(link: &Link) -> Result<(&VentureInputs, &RiskPlan), String> {
    match (&link.scenario, &link.risk) {
        (LinkScenario::Venture(inputs), Some(plan)) => Ok((inputs, plan)),
        (LinkScenario::Venture(_), None) => Err("risk: this link has no risk item; allowed: at least one risk=PARAM:DIST:RANGE, such as risk=min:uniform:2000000..4000000.".to_string()),
        (other, _) => Err(format!(
            "risk: the risk view is the Venture's, not the {}'s; allowed: a #/venture link with at least one risk=PARAM:DIST:RANGE.",
            other.route()
        )),
    }
}

/// The figures of every draw, or the message naming `risk` when no draw is valid.
pub fn risk_figures(inputs: &VentureInputs, plan: &RiskPlan) -> Result<RiskFigures, String> {
    run(plan, inputs).ok_or_else(|| {
        format!(
            "risk: none of the {} draws is within the model's range; allowed: ranges whose scenarios the model computes (at most 10^12 minutes in any month, amounts up to 10^15).",
            plan.draws()
        )
    })
}
