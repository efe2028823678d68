//! Whole links: the route after `#`, the format version `v`, the length limit,
//! and the canonical link of a scenario (`links.md`).

use super::query::split_query;
use super::risk;
use super::venture::{self, group_params, ReadVenture};
use crate::engine::msa::MsaInputs;
use crate::engine::note::NoteInputs;
use crate::engine::venture::risk::RiskPlan;
use crate::engine::venture::VentureInputs;

/// The longest link read, counted from the `#` as a browser's address holds it
/// ([`address_length`]).
pub const MAX_LINK_CHARS: usize = 8_000;
/// Room for what a canonical form adds to a link's own characters (the `#`,
/// the route, `?v=1`).
const CANONICAL_OVERHEAD: usize = 100;
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

/// The message for a link whose canonical form would be `length` characters
/// long, beyond what a link may be (its own text was short enough).
pub fn too_long_canonical(length: usize) -> String {
    format!("link: {length} characters long once written in canonical form; allowed: at most {MAX_LINK_CHARS} characters.")
}

/// Whether a browser percent-encodes `c` in an address's fragment (the URL
/// standard's fragment set: C0 controls, space, `"`, `<`, `>`, `` ` ``, DEL
/// and everything outside ASCII).
fn encoded_in_fragment(c: char) -> bool {
    !c.is_ascii() || c.is_ascii_control() || matches!(c, ' ' | '"' | '<' | '>' | '`')
}

/// The length of a link as `links.md` counts it, the one count the page and
/// `dealmodel` share: from the `#` (a full address's host and path do not
/// count; a part from `/` counts its `#` too), each character a browser
/// percent-encodes counted as its percent-encoded UTF-8 (`é` is `%C3%A9`, 6),
/// so a link typed with `é` and the same link as the address bar holds it
/// (`location.hash`) have one length.
pub fn address_length(text: &str) -> usize {
    let (hash, part) = match text.find('#') {
        Some(at) => (0, &text[at..]),
        None if text.starts_with('/') => (1, text),
        None => (0, text),
    };
    hash + part
        .chars()
        .map(|c| {
            if encoded_in_fragment(c) {
                3 * c.len_utf8()
            } else {
                1
            }
        })
        .sum::<usize>()
}

/// Refuses a text longer than a link may be, by [`address_length`], with the
/// message `say` gives for its length.
fn within_limit(text: &str, say: fn(usize) -> String) -> Result<(), Vec<String>> {
    let length = address_length(text);
    if length > MAX_LINK_CHARS {
        Err(vec![say(length)])
    } else {
        Ok(())
    }
}

/// Refuses a link longer than a link may be.
pub fn check_length(text: &str) -> Result<(), Vec<String>> {
    within_limit(text, too_long)
}

/// Refuses a link whose canonical form (`canonical`) would be longer than a
/// link may be: every accepted link's canonical form then reads back.
pub fn check_canonical_length(canonical: &str) -> Result<(), Vec<String>> {
    within_limit(canonical, too_long_canonical)
}

/// The version and unknown-name rules of a link that holds other links (a
/// compare or Fusion link): the errors about its `v` (the single links' own
/// rules) and a warning for each name not in `names`.
pub fn holder_params(
    raw: &[super::query::RawParam<'_>],
    names: &[&str],
) -> (Vec<String>, Vec<String>) {
    // The single links' own rules and messages for `v`.
    let errors = check_version(raw.iter().filter(|p| p.name == "v").map(|p| p.value))
        .err()
        .unwrap_or_default();
    let warnings = raw
        .iter()
        .filter(|p| p.name != "v" && !names.contains(&p.name.as_str()))
        .map(|p| super::values::unknown_parameter(&p.name))
        .collect();
    (errors, warnings)
}

/// The messages once each, in the order they were first given: two bad
/// list items alike, or a parameter's problem found twice, say it once.
pub fn once_each(messages: Vec<String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::with_capacity(messages.len());
    for message in messages {
        if !kept.contains(&message) {
            kept.push(message);
        }
    }
    kept
}

/// Reads a link: a full address, the part from `#`, or the part from `/`.
/// Every problem is reported, once; nothing is half-applied. A link is
/// refused when it, or its canonical form, is longer than a link may be.
pub fn read_link(text: &str) -> Result<Link, Vec<String>> {
    check_length(text)?;
    let link = read_fields(text).map_err(once_each)?;
    // Each character of a link counts at most three in its canonical form (a
    // `!` or `+` written `%21`, `%20`; what is percent-encoded already counts
    // so), plus `#/…?v=1`: a link under a third of the limit needs no
    // writing to know (the page reads a link at every navigation).
    if address_length(text) * 3 + CANONICAL_OVERHEAD > MAX_LINK_CHARS {
        check_canonical_length(&write_link_with_risk(&link))?;
    }
    Ok(Link {
        warnings: once_each(link.warnings),
        ..link
    })
}

/// A link's route and parameters, read (its length is checked by `read_link`).
fn read_fields(text: &str) -> Result<Link, Vec<String>> {
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
