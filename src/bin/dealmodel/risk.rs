//! `dealmodel risk`: the risk view's figures (`risk.md`) as JSON, keys in the
//! model book's order, money as strings with two decimals, shares with four
//! places.

use crate::args::{self, Stop};
use crate::document::{self, Entries};
use crate::fail;
use dealmodel::engine::venture::risk::figures::Spread;
use dealmodel::scenario::compare::is_compare;
use dealmodel::scenario::link::{write_link_with_risk, Link};
use dealmodel::scenario::output::link_output;
use dealmodel::scenario::read_link;
use dealmodel::scenario::risk_output::{risk_figures, risk_of};
use lexopt::Arg;
use serde::Serialize;
use std::process::ExitCode;

/// `dealmodel risk LINK`: the risk view's figures as JSON.
pub fn command(args: &[String]) -> ExitCode {
    let link = match read(args) {
        Ok(link) => link,
        Err(stop) => return crate::stop(stop),
    };
    if is_compare(&link) {
        return fail(&["risk: a compare link holds two scenarios; allowed: one #/venture link with at least one risk=PARAM:DIST:RANGE.".to_string()]);
    }
    match read_link(&link).and_then(|read| risk_document(&read).map_err(|message| vec![message])) {
        Ok(risk) => document::print(&risk),
        Err(messages) => fail(&messages),
    }
}

/// The one link.
fn read(args: &[String]) -> Result<String, Stop> {
    let mut parser = args::parser(args);
    let mut link = None;
    while let Some(arg) = args::next(&mut parser)? {
        match arg {
            Arg::Value(value) if link.is_none() => link = Some(args::text(value)?),
            other => return Err(args::refuse(other.unexpected(), &mut parser)),
        }
    }
    link.ok_or_else(|| Stop::bad("LINK: missing."))
}

/// The document of a risk link (`risk.md`, The command line).
#[derive(Serialize)]
struct RiskDocument {
    scenario: String,
    draws: u32,
    seed: u32,
    invalid: u32,
    /// The share of draws recouped by each month, from month 1.
    recoup_by: Entries<String>,
    not_recouped: String,
    /// The count of draws recouping in each month, from month 0, then `not_recouped`.
    recoup_histogram: Entries<u32>,
    thil_npv: SpreadDocument,
    fusion_net_cash: SpreadDocument,
    notices: Vec<String>,
}

#[derive(Serialize)]
struct SpreadDocument {
    mean: String,
    p5: String,
    p50: String,
    p95: String,
}

impl SpreadDocument {
    fn of(spread: &Spread) -> SpreadDocument {
        SpreadDocument {
            mean: spread.mean.to_string(),
            p5: spread.p5.to_string(),
            p50: spread.p50.to_string(),
            p95: spread.p95.to_string(),
        }
    }
}

fn risk_document(link: &Link) -> Result<RiskDocument, String> {
    let (inputs, plan) = risk_of(link)?;
    let figures = risk_figures(inputs, plan)?;
    let notices = link_output(link)?.notices;
    let recoup_by = (1..)
        .zip(&figures.recoup_by)
        .map(|(month, share): (u32, _)| (month.to_string(), share.to_string()))
        .collect();
    let histogram = (0..)
        .zip(&figures.histogram)
        .map(|(month, count): (u32, _)| (month.to_string(), *count))
        .chain([("not_recouped".to_string(), figures.not_recouped_count)])
        .collect();
    Ok(RiskDocument {
        scenario: write_link_with_risk(link),
        draws: figures.draws,
        seed: plan.seed(),
        invalid: figures.invalid,
        recoup_by: Entries(recoup_by),
        not_recouped: figures.not_recouped.to_string(),
        recoup_histogram: Entries(histogram),
        thil_npv: SpreadDocument::of(&figures.thil_npv),
        fusion_net_cash: SpreadDocument::of(&figures.fusion_net_cash),
        notices,
    })
}
