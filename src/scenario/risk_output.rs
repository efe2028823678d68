//! The risk view's output (`risk.md`, The command line): the figures of a risk
//! link's draws as the JSON that `dealmodel risk` prints, keys in the model
//! book's order, money as strings with two decimals, shares with four places.

use super::link::{write_link_with_risk, Link, LinkScenario};
use super::output::link_output;
use crate::engine::venture::risk::figures::{RiskFigures, Spread};
use crate::engine::venture::risk::{run, RiskPlan};
use crate::engine::venture::VentureInputs;
use serde_json::{json, Map, Value};

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

fn spread_json(spread: &Spread) -> Value {
    json!({
        "mean": spread.mean.to_string(),
        "p5": spread.p5.to_string(),
        "p50": spread.p50.to_string(),
        "p95": spread.p95.to_string(),
    })
}

/// The JSON document of a risk link.
pub fn risk_json(link: &Link) -> Result<Value, String> {
    let (inputs, plan) = risk_of(link)?;
    let figures = risk_figures(inputs, plan)?;
    let notices = link_output(link)?.notices;
    let mut recoup_by = Map::new();
    for (month, share) in (1..).zip(&figures.recoup_by) {
        recoup_by.insert(format!("{month}"), json!(share.to_string()));
    }
    let mut histogram = Map::new();
    for (month, count) in (0..).zip(&figures.histogram) {
        histogram.insert(format!("{month}"), json!(count));
    }
    histogram.insert("not_recouped".into(), json!(figures.not_recouped_count));
    let mut document = Map::new();
    document.insert("scenario".into(), json!(write_link_with_risk(link)));
    document.insert("draws".into(), json!(figures.draws));
    document.insert("seed".into(), json!(plan.seed()));
    document.insert("invalid".into(), json!(figures.invalid));
    document.insert("recoup_by".into(), Value::Object(recoup_by));
    document.insert(
        "not_recouped".into(),
        json!(figures.not_recouped.to_string()),
    );
    document.insert("recoup_histogram".into(), Value::Object(histogram));
    document.insert("thil_npv".into(), spread_json(&figures.thil_npv));
    document.insert(
        "fusion_net_cash".into(),
        spread_json(&figures.fusion_net_cash),
    );
    document.insert("notices".into(), json!(notices));
    Ok(Value::Object(document))
}
