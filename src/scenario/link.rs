//! Whole links: the route after `#`, the format version `v`, the length limit,
//! and the canonical link of a scenario (`links.md`).

use super::query::split_query;
use super::risk;
use super::venture::{self, group_params, ReadVenture};
use crate::engine::msa::MsaInputs;
use crate::engine::note::NoteInputs;
use crate::engine::venture::risk::RiskPlan;
use crate::engine::venture::VentureInputs;

/// The longest link read, counted in characters on the whole text given.
pub const MAX_LINK_CHARS: usize = 8_000;
/// The link format this version reads and writes.
pub const LINK_VERSION: u32 = 1;

/// The scenario a link opens.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkScenario {
    Venture(VentureInputs),
    Msa(MsaInputs),
    Note(NoteInputs),
}

impl LinkScenario {
    /// The deal's route word: `venture`, `msa` or `note`.
    pub fn route(&self) -> &'static str {
        match self {
            LinkScenario::Venture(_) => "venture",
            LinkScenario::Msa(_) => "msa",
            LinkScenario::Note(_) => "note",
        }
    }
}

/// A link that was read: its scenario, the Venture's risk view where the link
/// carries one (`risk.md`), and the warnings about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub scenario: LinkScenario,
    pub risk: Option<RiskPlan>,
    pub warnings: Vec<String>,
}

impl Link {
    /// A link without a risk view.
    pub fn plain(scenario: LinkScenario, warnings: Vec<String>) -> Link {
        Link {
            scenario,
            risk: None,
            warnings,
        }
    }
}

/// The route (`/venture`, `""` for none) and the query of a link given as a full
/// address, the part from `#`, or the part from `/`.
pub fn route_and_query(text: &str) -> (&str, &str) {
    let fragment = match text.split_once('#') {
        Some((_, fragment)) => fragment,
        None if text.starts_with('/') => text,
        None => "",
    };
    fragment.split_once('?').unwrap_or((fragment, ""))
}

/// The message for a link of `length` characters, beyond what a link may be.
pub fn too_long(length: usize) -> String {
    format!("link: {length} characters long; allowed: at most {MAX_LINK_CHARS} characters.")
}

/// Reads a link: a full address, the part from `#`, or the part from `/`.
/// Every problem is reported; nothing is half-applied.
pub fn read_link(text: &str) -> Result<Link, Vec<String>> {
    let length = text.chars().count();
    if length > MAX_LINK_CHARS {
        return Err(vec![too_long(length)]);
    }
    let (route, query) = route_and_query(text);
    let raw = split_query(query);
    check_version(raw.iter().filter(|p| p.name == "v").map(|p| p.value))?;
    match route {
        "" | "/" | "/venture" => {
            let known: Vec<&str> = venture::PARAMS.iter().chain(risk::PARAMS).copied().collect();
            let (grouped, mut errors, mut warnings) = group_params(&raw, &known, &["cost", "risk"]);
            let base = venture::read_params(&grouped);
            let terms = match &base {
                Ok(read) => Some(read.inputs.terms),
                Err(_) => venture::terms_given(&grouped),
            };
            let risk = risk::read_risk(&grouped, terms);
            match (base, risk) {
                (Ok(ReadVenture { inputs, warnings: more }), Ok(risk)) if errors.is_empty() => {
                    warnings.extend(more);
                    Ok(Link {
                        scenario: LinkScenario::Venture(inputs),
                        risk,
                        warnings,
                    })
                }
                (base, risk) => {
                    errors.extend(base.err().unwrap_or_default());
                    errors.extend(risk.err().unwrap_or_default());
                    Err(errors)
                }
            }
        }
        "/msa" => read_deal(&raw, super::msa::PARAMS, super::msa::LISTS, super::msa::read_params).map(|(inputs, warnings)| Link::plain(LinkScenario::Msa(inputs), warnings)),
        "/note" => read_deal(&raw, super::note::PARAMS, super::note::LISTS, super::note::read_params).map(|(inputs, warnings)| Link::plain(LinkScenario::Note(inputs), warnings)),
        "/compare" => Err(vec![format!(
            "route: #{route} is not modelled in this version yet; allowed: #/venture, #/msa or #/note."
        )]),
        other => Err(vec![format!(
            "route: \"#{}\" is not a route; allowed: #/venture, #/msa, #/note or #/compare.",
            super::values::shorten(other)
        )]),
    }
}

type ReadParams<T> = fn(&[(String, Vec<&str>)]) -> Result<(T, Vec<String>), Vec<String>>;

/// Groups a deal's parameters and reads them: unknown ones become warnings,
/// repeated or empty ones errors, collected with the deal's own.
fn read_deal<T>(
    raw: &[super::query::RawParam<'_>],
    params: &[&str],
    lists: &[&str],
    read: ReadParams<T>,
) -> Result<(T, Vec<String>), Vec<String>> {
    let (grouped, mut errors, mut warnings) = group_params(raw, params, lists);
    match read(&grouped) {
        Ok((inputs, more)) if errors.is_empty() => {
            warnings.extend(more);
            Ok((inputs, warnings))
        }
        Ok(_) => Err(errors),
        Err(more) => {
            errors.extend(more);
            Err(errors)
        }
    }
}

/// `v`: absent (version 1), or a positive whole number without leading zeros
/// no higher than this version's.
fn check_version<'a>(values: impl Iterator<Item = Option<&'a str>>) -> Result<(), Vec<String>> {
    let values: Vec<Option<&str>> = values.collect();
    match values.as_slice() {
        [] => Ok(()),
        [Some(raw)] => {
            let shaped =
                !raw.is_empty() && !raw.starts_with('0') && raw.bytes().all(|b| b.is_ascii_digit());
            if !shaped {
                return Err(vec![format!(
                    "v: \"{}\" is not a link version; allowed: a positive whole number without leading zeros (this version writes v={LINK_VERSION}).",
                    super::values::shorten(raw)
                )]);
            }
            let newer = raw.len() > 9 || raw.parse::<u32>().map_or(true, |v| v > LINK_VERSION);
            if newer {
                return Err(vec![format!(
                    "v: this link was made by a newer version of the deal modeller (v={}); this version reads links up to v={LINK_VERSION}.",
                    super::values::shorten(raw)
                )]);
            }
            Ok(())
        }
        [None] => Err(vec!["v: has no value; allowed: v=1.".to_string()]),
        _ => Err(vec![format!(
            "v: given {} times; allowed: once.",
            values.len()
        )]),
    }
}

/// The canonical link part from `#`: route, `v=1`, then the parameters that differ
/// from their defaults, in table order.
pub fn write_link(scenario: &LinkScenario) -> String {
    let params = match scenario {
        LinkScenario::Venture(inputs) => venture::write_params(inputs),
        LinkScenario::Msa(inputs) => super::msa::write_params(inputs),
        LinkScenario::Note(inputs) => super::note::write_params(inputs),
    };
    let mut link = format!("#/{}?v={LINK_VERSION}", scenario.route());
    for (param, value) in params {
        link.push('&');
        link.push_str(param);
        link.push('=');
        link.push_str(&value);
    }
    link
}

/// The canonical link of a link that was read: the scenario's, with the
/// Venture's risk items (and `draws`, `seed`) after its parameters.
pub fn write_link_with_risk(link: &Link) -> String {
    let mut text = write_link(&link.scenario);
    if let (LinkScenario::Venture(_), Some(plan)) = (&link.scenario, &link.risk) {
        for (param, value) in risk::write_risk(plan) {
            text.push('&');
            text.push_str(param);
            text.push('=');
            text.push_str(&value);
        }
    }
    text
}
