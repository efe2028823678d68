//! Messages as the page says them: a message the scenario layer writes names
//! link parameters (`stop: … from \`termm\` and \`ext\``), which the command line
//! prints as they are; on the page each name reads as its input's label.

use super::explain::humanise;
use crate::scenario::catalogue;
use crate::scenario::deal_form::Deal;

/// The label of a link parameter of `deal` (or, failing that, of any deal).
fn label_of(deal: Deal, param: &str) -> Option<&'static str> {
    std::iter::once(deal)
        .chain(Deal::ALL)
        .find_map(|d| catalogue::input(d, param))
        .map(|field| field.label)
}

/// A message with its leading `param:` and every `` `param` `` said by label.
pub fn message(deal: Deal, text: &str) -> String {
    let mut text = text.to_string();
    if let Some((param, rest)) = text.split_once(": ") {
        if let Some(label) = label_of(deal, param) {
            text = format!("{label}: {rest}");
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut parts = text.split('`');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    // Odd parts were inside backticks.
    for (index, part) in parts.enumerate() {
        let quoted = index % 2 == 0;
        match label_of(deal, part).filter(|_| quoted) {
            Some(label) => out.push_str(&format!("“{label}”")),
            None => out.push_str(part),
        }
    }
    humanise(deal, &out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_read_as_labels() {
        assert_eq!(
            message(
                Deal::Msa,
                "stop: \"2004-09-01\" is not within the term; allowed: a date after the Acceptance Date (`accept` 2003-06-16) and on or before the Service Term's end (2004-06-15, from `termm` and `ext`)."
            ),
            "TWW terminates on: \"2004-09-01\" is not within the term; allowed: a date after the Acceptance Date (“Acceptance Date (service starts)” 2003-06-16) and on or before the Service Term's end (2004-06-15, from “Service Term (months)” and “One-year extensions taken”)."
        );
        assert_eq!(
            message(Deal::Venture, "min: \"x\" is not a number"),
            "Minutes per month: \"x\" is not a number"
        );
        assert_eq!(message(Deal::Venture, "nothing: to see"), "nothing: to see");
    }
}
