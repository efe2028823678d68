//! The MSA's and the Note's input controls: which inputs get a slider (and its
//! range and step; the box beside it takes the input's whole range), the panel's
//! groups, and the text a box shows.

use super::controls::{span_slider, SliderSpec};
use super::format::group_thousands;
use crate::scenario::deal_form::{Deal, DealForm};
use crate::scenario::fields::{Control, FieldInfo};

/// (param, span, arrow and page steps, unit) of each slider.
type SliderRow = (
    &'static str,
    (&'static str, &'static str),
    (&'static str, &'static str),
    &'static str,
);

const SLIDERS: &[SliderRow] = &[
    ("termm", ("12", "60"), ("1", "6"), "months"),
    ("mrc", ("0", "100000"), ("500", "5000"), "$ a month"),
    ("rate", ("0", "25"), ("0.05", "0.5"), "% a year"),
    ("usury", ("0", "100"), ("0.25", "1"), "% a year"),
];

/// The deal's fields in the Inputs table's order.
pub fn fields(deal: Deal) -> &'static [FieldInfo] {
    match deal {
        Deal::Msa => crate::scenario::msa::fields::FIELDS,
        Deal::Note => crate::scenario::note::fields::FIELDS,
        Deal::Venture => crate::scenario::fields::VENTURE_FIELDS,
    }
}

pub fn slider(param: &'static str) -> Option<SliderSpec> {
    SLIDERS
        .iter()
        .find(|(p, ..)| *p == param)
        .map(|&(param, span, steps, unit)| span_slider(param, span, steps, unit))
}

/// A group of the panel: its heading, a line on what it answers, its inputs.
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub params: &'static [&'static str],
}

const MSA_SECTIONS: &[Section] = &[
    Section {
        id: "order",
        title: "The Service Order",
        intro: "What is ordered, from when, and how it is billed.",
        params: &["tendered", "accept", "ext", "nrc", "bill", "due"],
    },
    Section {
        id: "ending",
        title: "Ending early",
        intro:
            "A stop by TWW, its cause, and a notice of breach: the charge and the dates they set.",
        params: &["stop", "cause", "notice"],
    },
    Section {
        id: "shortfall",
        title: "Shortfall calculator",
        intro: "What TWW committed to and paid in the Commitment Period (cl. 3).",
        params: &["commit", "paid"],
    },
    Section {
        id: "late",
        title: "Late-payment calculator",
        intro: "One invoice paid late: the rate, the cap, the convention and the days (cl. 6(c)).",
        params: &["late", "lawful", "latec", "lateinv", "latedays"],
    },
];

const NOTE_SECTIONS: &[Section] = &[
    Section {
        id: "terms",
        title: "The note's terms",
        intro: "What the note says: principal, date, day count and interest dates.",
        params: &["amount", "dated", "basis", "first"],
    },
    Section {
        id: "events",
        title: "What happens",
        intro: "The demand, principal paid down, interest dates missed, and collection.",
        params: &["demand", "paydown", "missed", "collect"],
    },
];

/// The sliders, shown first beside the results.
pub fn sliders(deal: Deal) -> Vec<&'static FieldInfo> {
    fields(deal)
        .iter()
        .filter(|f| slider(f.param).is_some())
        .collect()
}

/// The panel's groups, each with its fields in the Inputs table's order; an input
/// no group names (a newer one) lands in the last group rather than nowhere.
pub fn sections(deal: Deal) -> Vec<(&'static Section, Vec<&'static FieldInfo>)> {
    let table: &'static [Section] = match deal {
        Deal::Msa => MSA_SECTIONS,
        _ => NOTE_SECTIONS,
    };
    let all = fields(deal);
    let mut groups: Vec<(&'static Section, Vec<&'static FieldInfo>)> = table
        .iter()
        .map(|section| {
            (
                section,
                all.iter()
                    .filter(|f| section.params.contains(&f.param))
                    .collect(),
            )
        })
        .collect();
    let placed = |param: &'static str| {
        slider(param).is_some() || table.iter().any(|s| s.params.contains(&param))
    };
    if let Some((_, last)) = groups.last_mut() {
        last.extend(all.iter().filter(|f| !placed(f.param)));
    }
    groups
}

pub fn is_numeric(field: &FieldInfo) -> bool {
    matches!(
        field.control,
        Control::Number | Control::Slider | Control::OptionalNumber
    ) && field.param != "amount"
}

/// What a box shows when not being typed in: the draft as typed, or the value
/// in force (numbers with thousands separators).
pub fn box_text(form: &DealForm, field: &FieldInfo) -> String {
    let text = form.text(field.param);
    if form.error(field.param).is_none() && is_numeric(field) {
        group_thousands(&text)
    } else {
        text
    }
}

/// The placeholder of an empty box.
pub fn placeholder(field: &FieldInfo) -> Option<&'static str> {
    match (field.control, field.param) {
        (Control::Date, _) => Some("YYYY-MM-DD"),
        (Control::OptionalDate, _) => Some("none (YYYY-MM-DD)"),
        (Control::OptionalNumber, _) => Some("none"),
        (Control::List, "paydown") => Some("none (YYYY-MM-DD:AMOUNT, …)"),
        (Control::List, _) => Some("none (YYYY-MM-DD, …)"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_input_is_in_one_place() {
        for deal in [Deal::Msa, Deal::Note] {
            let mut shown: Vec<&str> = sliders(deal).iter().map(|f| f.param).collect();
            for (_, group) in sections(deal) {
                shown.extend(group.iter().map(|f| f.param));
            }
            shown.sort_unstable();
            let mut all: Vec<&str> = fields(deal).iter().map(|f| f.param).collect();
            all.sort_unstable();
            assert_eq!(shown, all, "{deal:?}");
        }
    }

    #[test]
    fn sliders_have_ranges_and_ids() {
        let spec = slider("termm").unwrap();
        assert_eq!(
            (spec.range_id.as_str(), spec.number_id.as_str()),
            ("termm-range", "termm-number")
        );
        assert!(slider("tendered").is_none());
    }
}
