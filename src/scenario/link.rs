//! Whole links: the route after `#`, the format version `v`, the length limit,
//! and the canonical link of a scenario (`links.md`).

use super::query::split_query;
use super::venture::{self, group_params, ReadVenture};
use crate::engine::venture::VentureInputs;

/// The longest link read, counted in characters on the whole text given.
pub const MAX_LINK_CHARS: usize = 8_000;
/// The link format this version reads and writes.
pub const LINK_VERSION: u32 = 1;

/// The scenario a link opens.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkScenario {
    Venture(VentureInputs),
}

/// A link that was read: its scenario and the warnings about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub scenario: LinkScenario,
    pub warnings: Vec<String>,
}

/// Reads a link: a full address, the part from `#`, or the part from `/`.
/// Every problem is reported; nothing is half-applied.
pub fn read_link(text: &str) -> Result<Link, Vec<String>> {
    let length = text.chars().count();
    if length > MAX_LINK_CHARS {
        return Err(vec![format!(
            "link: {length} characters long; allowed: at most {MAX_LINK_CHARS} characters."
        )]);
    }
    let fragment = match text.split_once('#') {
        Some((_, fragment)) => fragment,
        None if text.starts_with('/') => text,
        None => "",
    };
    let (route, query) = fragment.split_once('?').unwrap_or((fragment, ""));
    let raw = split_query(query);
    check_version(raw.iter().filter(|p| p.name == "v").map(|p| p.value))?;
    match route {
        "" | "/" | "/venture" => {
            let (grouped, mut errors, mut warnings) =
                group_params(&raw, venture::PARAMS, &["cost"]);
            match venture::read_params(&grouped) {
                Ok(ReadVenture { inputs, warnings: more }) if errors.is_empty() => {
                    warnings.extend(more);
                    Ok(Link {
                        scenario: LinkScenario::Venture(inputs),
                        warnings,
                    })
                }
                Ok(_) => Err(errors),
                Err(more) => {
                    errors.extend(more);
                    Err(errors)
                }
            }
        }
        "/msa" | "/note" | "/compare" => Err(vec![format!(
            "route: #{route} is not modelled in this version yet; allowed: #/venture."
        )]),
        other => Err(vec![format!(
            "route: \"#{}\" is not a route; allowed: #/venture, #/msa, #/note or #/compare.",
            super::values::shorten(other)
        )]),
    }
}

/// `v`: absent (version 1), or a positive whole number without leading zeros
/// no higher than this version's.
fn check_version<'a>(values: impl Iterator<Item = Option<&'a str>>) -> Result<(), Vec<String>> {
    let values: Vec<Option<&str>> = values.collect();
    match values.as_slice() {
        [] => Ok(()),
        [Some(raw)] => {
            let shaped = !raw.is_empty()
                && !raw.starts_with('0')
                && raw.bytes().all(|b| b.is_ascii_digit());
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
        _ => Err(vec![format!("v: given {} times; allowed: once.", values.len())]),
    }
}

/// The canonical link part from `#`: route, `v=1`, then the parameters that differ
/// from their defaults, in table order.
pub fn write_link(scenario: &LinkScenario) -> String {
    match scenario {
        LinkScenario::Venture(inputs) => {
            let mut link = format!("#/venture?v={LINK_VERSION}");
            for (param, value) in venture::write_params(inputs) {
                link.push('&');
                link.push_str(param);
                link.push('=');
                link.push_str(&value);
            }
            link
        }
    }
}
