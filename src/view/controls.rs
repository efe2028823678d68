//! What the input controls need beyond the scenario: the sliders' ranges and
//! steps, the element ids of the DOM contract, which inputs sit in which group
//! of the panel, which apply only under the other terms, and the text a box
//! shows (the typed draft, or the scenario's value with separators).

use super::format::{group_thousands, plain_typed};
use crate::engine::venture::Terms;
use crate::scenario::deal_form::DealForm;
use crate::scenario::fields::{Control, FieldInfo, Source, VENTURE_FIELDS};
use crate::scenario::values::{read_decimal, write_decimal, DecimalSpec};
use crate::scenario::venture::write_cost;

/// The three inputs with a slider, in the order the page shows them.
pub const SLIDERS: [&str; 3] = ["min", "term", "share"];

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

/// The slider of `param` under `terms` (the share's range depends on them). The
/// span is the plausible values, not the model's range (minutes to 20,000,000,
/// a rate to $2): a thumb at the edge and a page step of 2,000,000 minutes help
/// nobody. The box beside it takes the whole range.
pub fn slider(param: &'static str, terms: Terms) -> Option<SliderSpec> {
    match param {
        "min" => Some(span_slider(
            param,
            ("0", "6000000"),
            ("10000", "100000"),
            "minutes",
        )),
        "term" => Some(span_slider(param, ("0", "0.4"), ("0.001", "0.01"), "$/min")),
        "share" => {
            let (min, max) = terms.share_range_pct();
            let spec = DecimalSpec::new(2, min, max, "%");
            Some(span_slider(
                param,
                (&write_decimal(spec.min), &write_decimal(spec.max)),
                (&step_of(spec.dp), "0.5"),
                "%",
            ))
        }
        _ => None,
    }
}

/// The slider's position: always the scenario's value, never a draft.
pub fn range_value(form: &DealForm, param: &str) -> String {
    form.value(param)
}

/// The id of a scalar input (`field-months`).
pub fn input_id(param: &str) -> String {
    format!("field-{param}")
}

/// The id of one radio button (`basis-fixed`, `terms-amended`).
pub fn choice_id(param: &str, word: &str) -> String {
    format!("{param}-{word}")
}

/// The id of a cost item's box (`cost-0-amount`).
pub fn cost_input_id(index: usize, field: &str) -> String {
    format!("cost-{index}-{field}")
}

/// The id of the message under a box (`min-error`, `cost-0-amount-error`).
pub fn error_id(key: &str) -> String {
    format!("{}-error", key.replace('.', "-"))
}

/// Where the value comes from, in a few words.
pub fn source_text(field: &FieldInfo) -> String {
    match field.source {
        Source::Contract(clause) => clause.to_string(),
        Source::ContractAmountAssumed(clause) => format!("{clause}; the amount is assumed"),
        Source::Assumption => "Assumption".to_string(),
    }
}

/// The panel's two groups: "From the contract" and "Assumptions" (the terms
/// switch and the sliders are shown above it).
pub fn panel_groups() -> (Vec<&'static FieldInfo>, Vec<&'static FieldInfo>) {
    VENTURE_FIELDS
        .iter()
        .filter(|field| field.param != "terms" && !SLIDERS.contains(&field.param))
        .partition(|field| !field.is_assumption())
}

/// Why an input is disabled: it applies only under the other terms.
pub fn other_terms_note(param: &str, terms: Terms) -> Option<&'static str> {
    match (param, terms) {
        ("contrib", Terms::Original) => Some("Applies under the amended terms only."),
        ("nocap", Terms::Amended) => Some("Applies under the original terms only."),
        _ => None,
    }
}

/// Whether a field key holds a number (shown with separators, typed without).
pub fn is_numeric(key: &str) -> bool {
    if let Some(rest) = key.strip_prefix("cost.") {
        return rest.ends_with(".amount") || rest.ends_with(".month");
    }
    VENTURE_FIELDS
        .iter()
        .find(|field| field.param == key)
        .is_some_and(|field| {
            matches!(
                field.control,
                Control::Number | Control::Slider | Control::OptionalNumber
            )
        })
}

/// What a box shows when it is not being typed in: the draft as typed, or the
/// scenario's value (numbers with thousands separators).
/// Everything a field of the panel shows, as one value: its box's text, its
/// message and the terms (which disable some fields). A field whose snapshot is
/// unchanged is not drawn again when another input moves.
pub fn field_snapshot(form: &DealForm, field: &FieldInfo) -> String {
    let Some(inputs) = form.venture() else {
        return String::new();
    };
    if field.control == Control::Costs {
        let drafts: Vec<String> = form
            .drafts
            .iter()
            .filter(|(key, _)| key.starts_with("cost."))
            .map(|(key, draft)| format!("{key}={}:{}", draft.text, draft.error))
            .collect();
        let costs: Vec<String> = inputs.costs.iter().map(write_cost).collect();
        return format!("{}|{}", costs.join("|"), drafts.join("|"));
    }
    let terms = match inputs.terms {
        Terms::Amended => "amended",
        Terms::Original => "original",
    };
    format!(
        "{}|{}|{terms}",
        form.text(field.param),
        form.error(field.param).unwrap_or(""),
    )
}

pub fn box_text(form: &DealForm, key: &str) -> String {
    let text = form.text(key);
    if form.error(key).is_none() && is_numeric(key) {
        group_thousands(&text)
    } else {
        text
    }
}

/// Whether the text being typed still says what the scenario shows (so the
/// box keeps the typing, "0.10" for 0.1); when it does not, the scenario was
/// changed from elsewhere (a link, "Back to the defaults") and the box follows.
pub fn typed_matches(typed: &str, shown: &str, numeric: bool) -> bool {
    if !numeric {
        return typed == shown;
    }
    let (typed, shown) = (plain_typed(typed), plain_typed(shown));
    if typed == shown {
        return true;
    }
    match (read_decimal(&typed), read_decimal(&shown)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sliders_span_plausible_values_and_page_by_their_step() {
        let min = slider("min", Terms::Amended).unwrap();
        assert_eq!(
            (min.max.as_str(), min.page_step.as_str()),
            ("6000000", "100000")
        );
        assert_eq!(min.paged("2990000", false).as_deref(), Some("2890000"));
        assert_eq!(min.paged("5950000", true).as_deref(), Some("6000000"));
        assert_eq!(min.paged("6000000", true), None);
        let term = slider("term", Terms::Amended).unwrap();
        assert_eq!(term.paged("0.19", true).as_deref(), Some("0.2"));
        let share = slider("share", Terms::Amended).unwrap();
        assert_eq!(share.paged("25", true).as_deref(), Some("25.5"));
        let wide = min.clone().widened("9000000");
        assert_eq!((wide.min.as_str(), wide.max.as_str()), ("0", "9000000"));
        assert_eq!(min.clone().widened("x").max, "6000000");
    }
    use crate::scenario::deal_form::{apply, Deal, DealAction};

    #[test]
    fn steps_follow_precision() {
        assert_eq!(step_of(0), "1");
        assert_eq!(step_of(2), "0.01");
        assert_eq!(step_of(4), "0.0001");
    }

    #[test]
    fn sliders_follow_the_contract_ids_and_ranges() {
        let min = slider("min", Terms::Amended).unwrap();
        assert_eq!(
            (min.range_id.as_str(), min.number_id.as_str()),
            ("min-range", "min-number")
        );
        assert_eq!(
            (min.min.as_str(), min.max.as_str(), min.step.as_str()),
            ("0", "6000000", "10000")
        );
        let term = slider("term", Terms::Amended).unwrap();
        assert_eq!(
            (term.min.as_str(), term.max.as_str(), term.step.as_str()),
            ("0", "0.4", "0.001")
        );
        let share = slider("share", Terms::Amended).unwrap();
        assert_eq!(
            (share.min.as_str(), share.max.as_str(), share.step.as_str()),
            ("25", "30", "0.01")
        );
        let share = slider("share", Terms::Original).unwrap();
        assert_eq!((share.min.as_str(), share.max.as_str()), ("40", "50"));
        assert!(slider("months", Terms::Amended).is_none());
    }

    #[test]
    fn panel_holds_every_other_input_once() {
        let (contract, assumptions) = panel_groups();
        assert!(assumptions.iter().all(|f| f.is_assumption()));
        assert!(contract.iter().all(|f| !f.is_assumption()));
        assert_eq!(
            contract.len() + assumptions.len() + SLIDERS.len() + 1,
            VENTURE_FIELDS.len()
        );
        assert!(contract.iter().any(|f| f.param == "cost"));
        assert!(assumptions.iter().any(|f| f.param == "start"));
    }

    #[test]
    fn boxes_show_drafts_as_typed_and_values_grouped() {
        let form = DealForm::defaults(Deal::Venture);
        assert_eq!(box_text(&form, "min"), "3,000,000");
        assert_eq!(box_text(&form, "term"), "0.19");
        assert_eq!(box_text(&form, "start"), "2002-10");
        assert_eq!(box_text(&form, "cost.1.amount"), "180,000");
        let form = apply(
            &form,
            DealAction::Set {
                param: "min",
                text: "30000000".into(),
            },
        );
        assert!(form.error("min").is_some());
        assert_eq!(box_text(&form, "min"), "30000000");
        assert_eq!(range_value(&form, "min"), "3000000");
    }

    #[test]
    fn typing_is_kept_while_it_says_the_same() {
        assert!(typed_matches("0.10", "0.1", true));
        assert!(typed_matches("4500000", "4,500,000", true));
        assert!(typed_matches("4,500,00x", "450000x", true), "a draft");
        assert!(
            !typed_matches("0.", "0.19", true),
            "a link replaced the value"
        );
        assert!(!typed_matches("27", "25", true));
        assert!(typed_matches("Second gateway", "Second gateway", false));
        assert!(!typed_matches("Second  gateway", "Second gateway", false));
    }

    #[test]
    fn other_terms_inputs_are_noted() {
        assert!(other_terms_note("contrib", Terms::Original).is_some());
        assert!(other_terms_note("contrib", Terms::Amended).is_none());
        assert!(other_terms_note("nocap", Terms::Amended).is_some());
    }

    #[test]
    fn ids() {
        assert_eq!(input_id("months"), "field-months");
        assert_eq!(choice_id("basis", "fixed"), "basis-fixed");
        assert_eq!(cost_input_id(2, "label"), "cost-2-label");
        assert_eq!(error_id("cost.2.amount"), "cost-2-amount-error");
        assert_eq!(error_id("min"), "min-error");
    }
}
