//! The page's form: typed values, drafts that keep bad text, links that are refused.

use dealmodel::engine::venture::{Terms, VentureInputs};
use dealmodel::scenario::deal_form::{apply, Deal, DealAction, DealForm};
use dealmodel::scenario::venture_form::CostField;
use rust_decimal::Decimal;

fn set(form: &DealForm, param: &'static str, text: &str) -> DealForm {
    apply(
        form,
        DealAction::Set {
            param,
            text: text.to_string(),
        },
    )
}

/// The Venture's form at the defaults.
fn venture() -> DealForm {
    DealForm::defaults(Deal::Venture)
}

/// The Venture's inputs of a form.
fn inputs(form: &DealForm) -> VentureInputs {
    form.venture()
        .cloned()
        .expect("the Venture's form holds a Venture")
}

#[test]
fn a_valid_value_updates_the_scenario_and_the_link() {
    let form = set(&venture(), "min", "4500000");
    assert_eq!(inputs(&form).minutes, Decimal::from(4_500_000));
    assert_eq!(form.link(), "#/venture?v=1&min=4500000");
    assert_eq!(form.text("min"), "4500000");
}

#[test]
fn an_invalid_value_is_kept_with_its_message_and_the_scenario_stays() {
    let before = set(&venture(), "term", "0.185");
    let form = set(&before, "term", "0.18x");
    assert_eq!(inputs(&form), inputs(&before));
    assert_eq!(form.text("term"), "0.18x");
    let error = form.error("term").expect("an error");
    assert!(
        error.starts_with("term:") && error.contains("allowed"),
        "{error}"
    );
    // Correcting it clears the draft.
    let fixed = set(&form, "term", "0.18");
    assert_eq!(fixed.error("term"), None);
    assert_eq!(fixed.link(), "#/venture?v=1&term=0.18");
}

#[test]
fn switching_terms_moves_a_following_share_to_the_new_default() {
    let form = set(&venture(), "terms", "original");
    assert_eq!(inputs(&form).terms, Terms::Original);
    assert_eq!(inputs(&form).share_pct, Decimal::from(40));
    let custom = set(&set(&form, "share", "45"), "terms", "amended");
    assert_eq!(
        inputs(&custom).share_pct,
        Decimal::from(25),
        "45 % is not allowed under the amended terms"
    );
    let kept = set(&set(&venture(), "share", "27.5"), "terms", "amended");
    assert_eq!(inputs(&kept).share_pct, Decimal::new(275, 1));
}

#[test]
fn a_change_that_breaks_another_input_is_refused() {
    let form = set(&venture(), "end", "20");
    assert_eq!(inputs(&form).end, Some(20));
    let shorter = set(&form, "months", "12");
    assert_eq!(
        inputs(&shorter).months,
        24,
        "end 20 needs at least 20 months"
    );
    assert!(shorter.error("months").is_some_and(|e| e.contains("end")));
    assert_eq!(inputs(&set(&form, "end", "")).end, None);
}

#[test]
fn a_refused_link_leaves_the_scenario_and_says_why() {
    let form = set(&venture(), "min", "4500000");
    let after = apply(&form, DealAction::OpenLink("#/venture?v=1&min=abc".into()));
    assert_eq!(inputs(&after), inputs(&form));
    assert_eq!(after.link_errors.len(), 1);
    assert!(after.link_errors[0].starts_with("min:"));
    let opened = apply(
        &after,
        DealAction::OpenLink("#/venture?v=1&share=27.5&x=1".into()),
    );
    assert!(opened.link_errors.is_empty());
    assert_eq!(inputs(&opened).share_pct, Decimal::new(275, 1));
    assert_eq!(opened.warnings.len(), 1);
    assert_eq!(
        inputs(&DealForm::from_link(Deal::Venture, "#/venture?v=9")),
        VentureInputs::defaults()
    );
}

#[test]
fn cost_items_are_edited_added_and_removed() {
    let form = apply(
        &venture(),
        DealAction::SetCost {
            index: 1,
            field: CostField::Amount,
            text: "200000".into(),
        },
    );
    assert_eq!(inputs(&form).costs[1].amount.to_string(), "200000.00");
    let form = apply(
        &form,
        DealAction::SetCost {
            index: 1,
            field: CostField::Label,
            text: "Gateway: two".into(),
        },
    );
    assert_eq!(inputs(&form).costs[1].label, "Gateway: two");
    assert!(form.link().contains("Gateway%3A%20two"));
    let bad = apply(
        &form,
        DealAction::SetCost {
            index: 0,
            field: CostField::Month,
            text: "30".into(),
        },
    );
    assert_eq!(inputs(&bad), inputs(&form));
    assert_eq!(bad.text("cost.0.month"), "30");
    let added = apply(&form, DealAction::AddCost);
    assert_eq!(inputs(&added).costs.len(), 5);
    let removed = apply(&added, DealAction::RemoveCost(4));
    assert_eq!(inputs(&removed).costs, inputs(&form).costs);
    let mut one = venture();
    for _ in 0..3 {
        one = apply(&one, DealAction::RemoveCost(0));
    }
    assert_eq!(
        inputs(&apply(&one, DealAction::RemoveCost(0))).costs.len(),
        1,
        "at least one item stays"
    );
}

#[test]
fn switching_terms_says_what_moved_and_why() {
    let form = venture();
    let original = apply(
        &form,
        DealAction::Set {
            param: "terms",
            text: "original".to_string(),
        },
    );
    assert_eq!(
        original.terms_note.as_deref(),
        Some(
            "THIL's profit share moved from 25 % to 40 %: under the original terms it is 40–50 %."
        )
    );
    let next = apply(
        &original,
        DealAction::Set {
            param: "min",
            text: "4000000".to_string(),
        },
    );
    assert_eq!(next.terms_note, None, "the next change clears it");
}

#[test]
fn a_change_is_checked_on_the_typed_inputs_as_a_link_would_be() {
    // A cost item in month 12: 10 months modelled would leave it outside.
    let form = apply(
        &venture(),
        DealAction::SetCost {
            index: 0,
            field: CostField::Month,
            text: "12".into(),
        },
    );
    assert_eq!(form.error("cost.0.month"), None);
    let shorter = set(&form, "months", "10");
    assert_eq!(inputs(&shorter).months, 24);
    assert!(shorter
        .error("months")
        .is_some_and(|e| e.starts_with("cost:")));
    // The model's range: 20,000,000 minutes growing 50 % a month for 120 months.
    let big = set(
        &set(&set(&venture(), "min", "20000000"), "growth", "50"),
        "months",
        "120",
    );
    assert!(
        big.error("months").is_some_and(|e| e.contains("10^12")) || big.error("growth").is_some()
    );
    // Whatever the form accepts, its link reads, to the same figures.
    for form in [&form, &shorter, &big] {
        let read = dealmodel::scenario::read_link(&form.link()).expect("a valid link");
        let of = |scenario: &dealmodel::scenario::LinkScenario| {
            let link = dealmodel::scenario::link::Link::plain(scenario.clone(), Vec::new());
            dealmodel::scenario::output::link_output(&link).map(|output| output.results)
        };
        assert_eq!(of(&read.scenario), of(&form.scenario));
    }
}

#[test]
fn the_risk_view_rides_in_the_forms_link_and_follows_the_terms() {
    use dealmodel::engine::venture::risk::{Distribution, RiskPlan, UncertainInput};
    let link = "#/venture?v=1&risk=min:uniform:2000000..4000000&seed=5";
    let form = DealForm::from_link(Deal::Venture, link);
    assert_eq!(form.link(), link);
    // Other changes keep it.
    let form = set(&form, "sell", "0.26");
    assert_eq!(
        form.link(),
        "#/venture?v=1&sell=0.26&risk=min:uniform:2000000..4000000&seed=5"
    );
    // A plan for the share under the amended terms…
    let share = Distribution::uniform(UncertainInput::Share, 2500, 3000).expect("valid");
    let form = apply(
        &form,
        DealAction::SetRisk(RiskPlan::new(vec![share], 500, 1)),
    );
    assert_eq!(
        form.link(),
        "#/venture?v=1&sell=0.26&risk=share:uniform:25..30&draws=500"
    );
    // …is dropped when the terms change its range: the link always reads back.
    let form = set(&form, "terms", "original");
    assert_eq!(form.risk, None);
    assert_eq!(form.link(), "#/venture?v=1&terms=original&sell=0.26");
    let form = apply(&form, DealAction::SetRisk(None));
    assert_eq!(form.risk, None);
}
