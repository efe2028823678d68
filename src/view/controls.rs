//! What an input's control needs beyond the scenario, on every deal's page: the
//! element ids of the DOM contract, where its value comes from, whether it
//! applies under the terms in force, the text its box shows (the typed draft, or
//! the value with separators), its keyboard and placeholder, and the snapshot
//! that decides whether it draws again. The sliders are in `sliders`, the groups
//! in `sections`.

use super::format::{group_thousands, plain_typed};
use crate::engine::venture::Terms;
use crate::scenario::catalogue::input;
use crate::scenario::deal_form::{Deal, DealForm};
use crate::scenario::fields::{Control, FieldInfo, Source};
use crate::scenario::values::read_decimal;
use crate::scenario::venture::write_cost;

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

/// Why an input is disabled: it applies only under the other terms.
pub fn other_terms_note(param: &str, terms: Terms) -> Option<&'static str> {
    match (param, terms) {
        ("contrib", Terms::Original) => Some("Applies under the amended terms only."),
        ("nocap", Terms::Amended) => Some("Applies under the original terms only."),
        _ => None,
    }
}

/// [`other_terms_note`] for an input of the form's deal (the Venture's only).
pub fn terms_note_of(form: &DealForm, param: &str) -> Option<&'static str> {
    form.venture()
        .and_then(|inputs| other_terms_note(param, inputs.terms))
}

/// Whether a field key of `deal` holds a number (shown with separators, typed
/// without): a numeric input, or a cost item's amount or month.
pub fn is_numeric(deal: Deal, key: &str) -> bool {
    if let Some(rest) = key.strip_prefix("cost.") {
        return rest.ends_with(".amount") || rest.ends_with(".month");
    }
    input(deal, key).is_some_and(|field| {
        matches!(
            field.control,
            Control::Number | Control::Slider(_) | Control::OptionalNumber
        )
    })
}

/// What a box shows when it is not being typed in: the draft as typed, or the
/// value in force (numbers with thousands separators).
pub fn box_text(form: &DealForm, key: &str) -> String {
    let text = form.text(key);
    if form.error(key).is_none() && is_numeric(form.deal(), key) {
        group_thousands(&text)
    } else {
        text
    }
}

/// The placeholder of an empty box.
pub fn placeholder(field: &FieldInfo) -> Option<&'static str> {
    match (field.control, field.param) {
        (Control::Month, _) => Some("YYYY-MM"),
        (Control::Date, _) => Some("YYYY-MM-DD"),
        (Control::OptionalDate, _) => Some("none (YYYY-MM-DD)"),
        (Control::OptionalNumber, _) => Some("none"),
        (Control::List, "paydown") => Some("none (YYYY-MM-DD:AMOUNT, …)"),
        (Control::List, _) => Some("none (YYYY-MM-DD, …)"),
        _ => None,
    }
}

/// The keyboard a phone offers for a box.
pub fn inputmode(deal: Deal, field: &FieldInfo) -> &'static str {
    match (field.control, field.param) {
        (Control::OptionalNumber, _) => "numeric",
        // Growth can be negative: a decimal keypad may have no minus.
        (_, "growth") => "text",
        _ if is_numeric(deal, field.param) => "decimal",
        _ => "text",
    }
}

/// Everything a field shows, as one value: its box's text, its message and, on
/// the Venture, the terms (which disable some fields); the cost table's items
/// and drafts. A field whose snapshot is unchanged is not drawn again when
/// another input moves.
pub fn field_snapshot(form: &DealForm, field: &FieldInfo) -> String {
    let terms = match form.venture().map(|inputs| inputs.terms) {
        Some(Terms::Amended) => "amended",
        Some(Terms::Original) => "original",
        None => "",
    };
    if field.control == Control::Costs {
        let drafts: Vec<String> = form
            .drafts
            .iter()
            .filter(|(key, _)| key.starts_with("cost."))
            .map(|(key, draft)| format!("{key}={}:{}", draft.text, draft.error))
            .collect();
        let costs: Vec<String> = form
            .venture()
            .map(|inputs| inputs.costs.iter().map(write_cost).collect())
            .unwrap_or_default();
        return format!("{}|{}", costs.join("|"), drafts.join("|"));
    }
    format!(
        "{}|{}|{terms}",
        form.text(field.param),
        form.error(field.param).unwrap_or(""),
    )
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
    use crate::scenario::deal_form::{apply, DealAction};

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
        assert_eq!(form.value("min"), "3000000");
        let msa = DealForm::defaults(Deal::Msa);
        assert_eq!(box_text(&msa, "mrc"), "10,000");
        assert_eq!(box_text(&msa, "tendered"), "2003-06-12");
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
        assert_eq!(
            terms_note_of(&DealForm::defaults(Deal::Msa), "contrib"),
            None
        );
    }

    #[test]
    fn keyboards_and_placeholders() {
        let field = |deal, param| input(deal, param).unwrap();
        assert_eq!(
            inputmode(Deal::Venture, field(Deal::Venture, "growth")),
            "text"
        );
        assert_eq!(
            inputmode(Deal::Venture, field(Deal::Venture, "months")),
            "decimal"
        );
        assert_eq!(inputmode(Deal::Msa, field(Deal::Msa, "tendered")), "text");
        assert_eq!(placeholder(field(Deal::Venture, "start")), Some("YYYY-MM"));
        assert_eq!(
            placeholder(field(Deal::Msa, "stop")),
            Some("none (YYYY-MM-DD)")
        );
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
