//! The MSA's and the Note's input controls: which inputs get a slider (and its
//! range and step; the box beside it takes the input's whole range), the panel's
//! groups, and the text a box shows.

use super::controls::SliderSpec;
use super::format::group_thousands;
use crate::scenario::deal_form::{Deal, DealForm};
use crate::scenario::fields::{Control, FieldInfo};

/// (param, min, max, step, unit) of each slider.
const SLIDERS: &[(&str, &str, &str, &str, &str)] = &[
    ("termm", "12", "60", "1", "months"),
    ("mrc", "0", "100000", "500", "$ a month"),
    ("rate", "0", "25", "0.05", "% a year"),
    ("usury", "0", "100", "0.25", "% a year"),
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
    SLIDERS.iter().find(|(p, ..)| *p == param).map(|&(param, min, max, step, unit)| SliderSpec {
        param,
        range_id: format!("{param}-range"),
        number_id: format!("{param}-number"),
        min: min.to_string(),
        max: max.to_string(),
        step: step.to_string(),
        unit,
    })
}

/// The sliders first, above the results; then the panel's two groups: the terms
/// of the contract and the assumptions.
pub fn groups(deal: Deal) -> (Vec<&'static FieldInfo>, Vec<&'static FieldInfo>, Vec<&'static FieldInfo>) {
    let all = fields(deal);
    let sliders = all.iter().filter(|f| slider(f.param).is_some()).collect();
    let (contract, assumptions) = all
        .iter()
        .filter(|f| slider(f.param).is_none())
        .partition(|f| !f.is_assumption());
    (sliders, contract, assumptions)
}

pub fn is_numeric(field: &FieldInfo) -> bool {
    matches!(field.control, Control::Number | Control::Slider | Control::OptionalNumber) && field.param != "amount"
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
    fn sliders_have_ranges_and_ids() {
        let spec = slider("termm").unwrap();
        assert_eq!((spec.range_id.as_str(), spec.number_id.as_str()), ("termm-range", "termm-number"));
        assert!(slider("tendered").is_none());
    }
}
