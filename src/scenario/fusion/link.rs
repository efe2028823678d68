//! The Fusion link (`links.md`, "The Fusion link"):
//! `#/fusion?v=1&venture=PART&msa=PART&note=PART`, Fusion's position across
//! the three deals in one link. Each `PART` is a canonical link part of that
//! deal from `/`, percent-encoded as a compare link's sides are; a missing one
//! is that deal at its defaults, and the canonical form leaves out a part that
//! is its deal's bare defaults. A Venture part's risk items are dropped with a
//! warning (Fusion's view draws no risk). Every bad part refuses the link, each
//! message prefixed with the deal's name (`venture: …`).

use crate::scenario::deal_form::Deal;
use crate::scenario::link::{
    check_canonical_length, check_length, holder_params, once_each, read_link, route_and_query,
    write_link, LinkScenario, LINK_VERSION,
};
use crate::scenario::query::{decode, encode, split_query};
use crate::scenario::values::shorten;

/// A Fusion link that was read: the three deals' scenarios and the warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct FusionLink {
    pub venture: LinkScenario,
    pub msa: LinkScenario,
    pub note: LinkScenario,
    pub warnings: Vec<String>,
}

/// Whether a link's route is `#/fusion` (the rest may still be bad).
pub fn is_fusion(text: &str) -> bool {
    route_and_query(text).0 == "/fusion"
}

/// One deal's part: its scenario (the defaults when absent) and warnings.
fn read_part(
    deal: Deal,
    values: &[Option<&str>],
) -> Result<(LinkScenario, Vec<String>), Vec<String>> {
    let name = deal.route();
    let raw = match values {
        [] => return Ok((deal.defaults(), Vec::new())),
        [Some(raw)] if !raw.is_empty() => *raw,
        [_] => {
            return Err(vec![format!(
                "{name}: is empty; allowed: a {name} link part from '/', percent-encoded (leave it out for the defaults)."
            )])
        }
        _ => return Err(vec![format!("{name}: given {} times; allowed: once.", values.len())]),
    };
    let Some(part) = decode(raw) else {
        return Err(vec![format!(
            "{name}: \"{}\" is not percent-encoded correctly; allowed: a {name} link part from '/', percent-encoded.",
            shorten(raw)
        )]);
    };
    let route = route_and_query(&part).0;
    if !part.starts_with('/') || route != format!("/{name}") {
        return Err(vec![format!(
            "{name}: \"{}\" is not a {name} link part; allowed: /{name}?….",
            shorten(&part)
        )]);
    }
    let link = read_link(&part).map_err(|messages| {
        messages
            .into_iter()
            .map(|m| format!("{name}: {m}"))
            .collect::<Vec<_>>()
    })?;
    let mut warnings: Vec<String> = link
        .warnings
        .iter()
        .map(|w| format!("{name}: {w}"))
        .collect();
    if link.risk.is_some() {
        warnings.push(format!(
            "{name}: its risk items are left out: Fusion's view draws no risk."
        ));
    }
    Ok((link.scenario, warnings))
}

/// Reads a Fusion link (a full address, the part from `#`, or from `/`). Every
/// problem of every part is reported, once; a link or canonical form longer
/// than a link may be is refused as a single link is.
pub fn read_fusion(text: &str) -> Result<FusionLink, Vec<String>> {
    check_length(text)?;
    let read = read_parts(text).map_err(once_each)?;
    check_canonical_length(&write_fusion(&read.venture, &read.msa, &read.note))?;
    Ok(FusionLink {
        warnings: once_each(read.warnings),
        ..read
    })
}

fn read_parts(text: &str) -> Result<FusionLink, Vec<String>> {
    let (_, query) = route_and_query(text);
    let raw = split_query(query);
    let (mut errors, mut warnings) = holder_params(&raw, &["venture", "msa", "note"]);
    let part = |deal: Deal| {
        let values: Vec<Option<&str>> = raw
            .iter()
            .filter(|p| p.name == deal.route())
            .map(|p| p.value)
            .collect();
        read_part(deal, &values)
    };
    let parts = [part(Deal::Venture), part(Deal::Msa), part(Deal::Note)];
    let mut scenarios = Vec::new();
    for read in parts {
        match read {
            Ok((scenario, more)) => {
                warnings.extend(more);
                scenarios.push(scenario);
            }
            Err(more) => errors.extend(more),
        }
    }
    match <[LinkScenario; 3]>::try_from(scenarios) {
        Ok([venture, msa, note]) if errors.is_empty() => Ok(FusionLink {
            venture,
            msa,
            note,
            warnings,
        }),
        _ => Err(errors),
    }
}

/// The canonical Fusion link part from `#`: each deal's canonical part,
/// percent-encoded, left out where it is the deal's bare defaults.
pub fn write_fusion(venture: &LinkScenario, msa: &LinkScenario, note: &LinkScenario) -> String {
    let mut text = format!("#/fusion?v={LINK_VERSION}");
    for scenario in [venture, msa, note] {
        let link = write_link(scenario);
        let bare = format!("#/{}?v={LINK_VERSION}", scenario.route());
        if link != bare {
            text.push('&');
            text.push_str(scenario.route());
            text.push('=');
            text.push_str(&encode(link.strip_prefix('#').unwrap_or(&link)));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fusion_link_reads_its_three_deals_and_writes_back_canonical() {
        let link = "#/fusion?v=1&msa=%2Fmsa%3Fv%3D1%26stop%3D2003-11-20&note=%2Fnote%3Fv%3D1%26missed%3D2003-09-30";
        let read = read_fusion(link).unwrap();
        assert_eq!(read.venture, Deal::Venture.defaults());
        assert_eq!(write_link(&read.msa), "#/msa?v=1&stop=2003-11-20");
        assert_eq!(write_link(&read.note), "#/note?v=1&missed=2003-09-30");
        assert_eq!(write_fusion(&read.venture, &read.msa, &read.note), link);
        assert_eq!(read_fusion("#/fusion").map(|r| r.warnings), Ok(Vec::new()));
        assert_eq!(
            write_fusion(
                &Deal::Venture.defaults(),
                &Deal::Msa.defaults(),
                &Deal::Note.defaults()
            ),
            "#/fusion?v=1"
        );
    }

    #[test]
    fn bad_parts_refuse_the_link_naming_their_deal() {
        let errors =
            read_fusion("#/fusion?v=1&venture=%2Fventure%3Fmin%3Dabc&msa=%2Fnote&note=&zz=1")
                .err()
                .unwrap_or_default();
        assert!(errors[0].starts_with("venture: min:"), "{errors:?}");
        assert!(
            errors[1].starts_with("msa: \"/note\" is not a msa link part"),
            "{errors:?}"
        );
        assert!(errors[2].starts_with("note: is empty"), "{errors:?}");
        assert_eq!(errors.len(), 3, "{errors:?}");
        let risk = read_fusion(
            "#/fusion?venture=%2Fventure%3Fv%3D1%26risk%3Dmin%3Auniform%3A2000000..4000000",
        )
        .unwrap();
        assert_eq!(
            risk.warnings,
            vec!["venture: its risk items are left out: Fusion's view draws no risk.".to_string()]
        );
        assert_eq!(
            write_fusion(&risk.venture, &risk.msa, &risk.note),
            "#/fusion?v=1"
        );
        assert!(read_fusion("#/fusion?v=2").is_err());
    }
}
