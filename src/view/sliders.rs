//! The sliders of each deal as their inputs declare them (`Control::Slider`: the
//! span of plausible values — the typed box beside it takes the input's whole
//! range, and a value typed outside the span widens it — and the arrow and page
//! steps; the unit of the input's range), with their element ids. The Venture's
//! share slider follows the terms in force.

use crate::engine::venture::Terms;
use crate::scenario::catalogue::{input, inputs as fields};
use crate::scenario::deal_form::{Deal, DealForm};
use crate::scenario::fields::{Control, FieldInfo};
use crate::scenario::values::{read_decimal, write_decimal};

/// A slider's `<input type=range>` and the typed box beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SliderSpec {
    pub param: &'static str,
    pub range_id: String,
    pub number_id: String,
    /// The slider's span: the plausible values, widened to take a typed value
    /// outside it (the box takes the input's whole range).
    pub min: String,
    pub max: String,
    /// The arrow keys' step. Minutes move by 10,000 on the slider; the box
    /// takes any whole number.
    pub step: String,
    /// PageUp and PageDown's step.
    pub page_step: String,
    pub unit: &'static str,
}

impl SliderSpec {
    /// The span widened to take `value` (a value typed outside it).
    pub fn widened(mut self, value: &str) -> SliderSpec {
        if let (Ok(v), Ok(min), Ok(max)) = (
            read_decimal(value),
            read_decimal(&self.min),
            read_decimal(&self.max),
        ) {
            if v < min {
                self.min = write_decimal(v);
            }
            if v > max {
                self.max = write_decimal(v);
            }
        }
        self
    }

    /// The value one page up (or down) from `value`, within the span; `None`
    /// where it does not move.
    pub fn paged(&self, value: &str, up: bool) -> Option<String> {
        let (v, min, max, page) = (
            read_decimal(value).ok()?,
            read_decimal(&self.min).ok()?,
            read_decimal(&self.max).ok()?,
            read_decimal(&self.page_step).ok()?,
        );
        let next = if up { v + page } else { v - page }.clamp(min, max);
        (next != v).then(|| write_decimal(next))
    }
}

/// The smallest step a spec's precision allows: 0 → "1", 4 → "0.0001".
pub fn step_of(dp: u32) -> String {
    match dp {
        0 => "1".to_string(),
        n => format!("0.{}1", "0".repeat(n as usize - 1)),
    }
}

/// A slider over `min..=max` (its span), its arrow step and page step.
pub fn span_slider(
    param: &'static str,
    (min, max): (&str, &str),
    (step, page_step): (&str, &str),
    unit: &'static str,
) -> SliderSpec {
    SliderSpec {
        param,
        range_id: format!("{param}-range"),
        number_id: format!("{param}-number"),
        min: min.to_string(),
        max: max.to_string(),
        step: step.to_string(),
        page_step: page_step.to_string(),
        unit,
    }
}

/// The slider of `param` on `deal`'s page under `terms`, as its input declares
/// it (`Control::Slider`: span and steps; its range's unit). The Venture's share
/// spans its terms' range (amended 25–30 %, original 40–50 %).
pub fn slider(deal: Deal, terms: Terms, param: &'static str) -> Option<SliderSpec> {
    let field = input(deal, param)?;
    let Control::Slider(steps) = field.control else {
        return None;
    };
    let (param, step, page) = (field.param, steps.step, steps.page);
    // The share has no range of its own (its terms decide it): a percentage.
    let unit = field.range.map_or("%", |range| range.unit);
    if (deal, param) == (Deal::Venture, "share") {
        let (min, max) = terms.share_range_pct();
        return Some(span_slider(
            param,
            (&write_decimal(min), &write_decimal(max)),
            (step, page),
            unit,
        ));
    }
    Some(span_slider(param, steps.span, (step, page), unit))
}

/// The slider of `param` on the form's page, spanning the value in force.
pub fn slider_of(form: &DealForm, param: &'static str) -> Option<SliderSpec> {
    let terms = form.venture().map_or(Terms::Amended, |inputs| inputs.terms);
    slider(form.deal(), terms, param).map(|spec| spec.widened(&form.value(param)))
}

/// The inputs with a slider, in the Inputs table's order (the page's).
pub fn sliders(deal: Deal) -> Vec<&'static FieldInfo> {
    fields(deal)
        .iter()
        .filter(|field| matches!(field.control, Control::Slider(_)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_follow_precision() {
        assert_eq!(step_of(0), "1");
        assert_eq!(step_of(2), "0.01");
        assert_eq!(step_of(4), "0.0001");
    }

    #[test]
    fn sliders_span_plausible_values_and_page_by_their_step() {
        let min = slider(Deal::Venture, Terms::Amended, "min").unwrap();
        assert_eq!(
            (min.max.as_str(), min.page_step.as_str()),
            ("6000000", "100000")
        );
        assert_eq!(min.paged("2990000", false).as_deref(), Some("2890000"));
        assert_eq!(min.paged("5950000", true).as_deref(), Some("6000000"));
        assert_eq!(min.paged("6000000", true), None);
        let term = slider(Deal::Venture, Terms::Amended, "term").unwrap();
        assert_eq!(term.paged("0.19", true).as_deref(), Some("0.2"));
        let share = slider(Deal::Venture, Terms::Amended, "share").unwrap();
        assert_eq!(share.paged("25", true).as_deref(), Some("25.5"));
        let wide = min.clone().widened("9000000");
        assert_eq!((wide.min.as_str(), wide.max.as_str()), ("0", "9000000"));
        assert_eq!(min.clone().widened("x").max, "6000000");
    }

    #[test]
    fn sliders_follow_the_contract_ids_and_ranges() {
        let min = slider(Deal::Venture, Terms::Amended, "min").unwrap();
        assert_eq!(
            (min.range_id.as_str(), min.number_id.as_str()),
            ("min-range", "min-number")
        );
        assert_eq!(
            (min.min.as_str(), min.max.as_str(), min.step.as_str()),
            ("0", "6000000", "10000")
        );
        let term = slider(Deal::Venture, Terms::Amended, "term").unwrap();
        assert_eq!(
            (term.min.as_str(), term.max.as_str(), term.step.as_str()),
            ("0", "0.4", "0.001")
        );
        let share = slider(Deal::Venture, Terms::Amended, "share").unwrap();
        assert_eq!(
            (share.min.as_str(), share.max.as_str(), share.step.as_str()),
            ("25", "30", "0.01")
        );
        let share = slider(Deal::Venture, Terms::Original, "share").unwrap();
        assert_eq!((share.min.as_str(), share.max.as_str()), ("40", "50"));
        assert!(slider(Deal::Venture, Terms::Amended, "months").is_none());
        let termm = slider(Deal::Msa, Terms::Amended, "termm").unwrap();
        assert_eq!(
            (termm.range_id.as_str(), termm.number_id.as_str()),
            ("termm-range", "termm-number")
        );
        assert!(slider(Deal::Msa, Terms::Amended, "tendered").is_none());
        let units: Vec<&str> = Deal::ALL
            .iter()
            .flat_map(|&deal| sliders(deal).into_iter().map(move |f| (deal, f.param)))
            .filter_map(|(deal, param)| slider(deal, Terms::Amended, param).map(|s| s.unit))
            .collect();
        assert_eq!(
            units,
            [
                "minutes",
                "$/min",
                "%",
                "months",
                "$ a month",
                "% a year",
                "% a year"
            ]
        );
        let order: Vec<&str> = sliders(Deal::Venture).iter().map(|f| f.param).collect();
        assert_eq!(order, ["min", "term", "share"]);
    }
}
