//! Links are a stability boundary: every valid scenario written then read comes
//! back the same, and no text at all makes reading (or the form) panic.

mod support;

use dealmodel::scenario::deal_form::{apply, Deal, DealAction, DealForm};
use dealmodel::scenario::link::{write_link, write_link_with_risk, LinkScenario};
use dealmodel::scenario::read_link;
use dealmodel::scenario::venture_form::CostField;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn writing_then_reading_gives_the_scenario_back(inputs in support::venture_inputs()) {
        let scenario = LinkScenario::Venture(inputs.clone());
        let link = write_link(&scenario);
        match read_link(&link) {
            Ok(read) => {
                prop_assert_eq!(&read.scenario, &scenario, "{}", link);
                prop_assert!(read.warnings.is_empty(), "{:?}", read.warnings);
                prop_assert_eq!(write_link(&read.scenario), link);
            }
            // Only a scenario beyond the model's range is refused, naming its drivers.
            Err(messages) => {
                prop_assert!(dealmodel::engine::venture::compute(&inputs).is_err(), "{} refused: {:?}", link, messages);
                prop_assert!(messages[0].starts_with("min, growth, months:"));
            }
        }
    }

    #[test]
    fn any_text_is_read_without_panic(text in "\\PC{0,200}") {
        let _ = read_link(&text);
        let _ = read_link(&format!("#/venture?{text}"));
    }

    #[test]
    fn any_parameters_are_read_without_panic_and_errors_name_a_parameter(
        pairs in proptest::collection::vec((
            prop_oneof![
                Just("terms"), Just("start"), Just("months"), Just("min"), Just("growth"), Just("sell"),
                Just("credits"), Just("term"), Just("ffee"), Just("sfee"), Just("basis"), Just("fiber"),
                Just("loops"), Just("budget"), Just("cost"), Just("share"), Just("contrib"), Just("nocap"),
                Just("reading"), Just("losses"), Just("lag"), Just("disc"), Just("end"), Just("salvage"),
                Just("v"), Just("zzz"), Just("risk"), Just("draws"), Just("seed")
            ],
            prop_oneof![
                "-?[0-9]{0,12}(\\.[0-9]{0,6})?",
                "[0-9]{1,9}:[0-9]{1,3}:(pk|us|xx):(equip|other):[a-z%:]{0,8}",
                "(amended|original|funded|literal|protect|carry|monthly|perminute|fixed|1|0)",
                "[0-9]{4}-[0-9]{2}",
                "(min|term|share):(uniform|tri):[0-9]{1,7}(\\.[0-9]{1,3})?\\.\\.[0-9]{1,8}(\\.\\.[0-9]{1,8})?",
                "\\PC{0,10}",
            ],
        ), 0..12)
    ) {
        let query: Vec<String> = pairs.iter().map(|(name, value)| format!("{name}={value}")).collect();
        let link = format!("#/venture?{}", query.join("&"));
        match read_link(&link) {
            Ok(read) => {
                // What was read is valid: written and read again, it is the same.
                let again = read_link(&write_link_with_risk(&read)).expect("a canonical link reads");
                prop_assert_eq!(again.scenario, read.scenario);
                prop_assert_eq!(again.risk, read.risk);
            }
            Err(messages) => {
                prop_assert!(!messages.is_empty());
                for message in &messages {
                    prop_assert!(message.contains(':'), "{}", message);
                }
            }
        }
    }

    #[test]
    fn the_form_never_panics_and_always_holds_a_valid_scenario(
        actions in proptest::collection::vec((0u8..6, 0usize..24, "\\PC{0,12}"), 0..20)
    ) {
        let params = dealmodel::scenario::venture::PARAMS;
        let mut form = DealForm::defaults(Deal::Venture);
        for (kind, index, text) in actions {
            let action = match kind {
                0 => DealAction::Set { param: params[index % params.len()], text },
                1 => DealAction::SetCost { index: index % 5, field: [CostField::Amount, CostField::Month, CostField::Side, CostField::Kind, CostField::Label][index % 5], text },
                2 => DealAction::AddCost,
                3 => DealAction::RemoveCost(index),
                4 => DealAction::OpenLink(format!("#/venture?min={text}")),
                _ => DealAction::Set { param: "min", text: index.to_string() },
            };
            form = apply(&form, action);
            prop_assert!(read_link(&form.link()).is_ok(), "{}", form.link());
        }
    }
}

proptest! {
    /// The chart's coordinates and the page's fixed decimals, written digit by
    /// digit, read back as the value to within half a unit of the last decimal,
    /// with exactly that many decimals.
    #[test]
    fn fixed_decimals_read_back_as_the_value(value in -1.0e12f64..1.0e12, dp in 0u32..=6) {
        let written = dealmodel::scenario::values::write_fixed(value, dp);
        let decimals = written.split_once('.').map_or(0, |(_, frac)| frac.len());
        prop_assert_eq!(decimals, dp as usize, "{}", written);
        let read: f64 = written.parse().unwrap();
        let unit = 10f64.powi(-(dp as i32));
        prop_assert!((read - value).abs() <= unit / 2.0 + value.abs() * 1e-15 + 1e-12, "{} {} {}", value, dp, written);
        prop_assert!(!(written.starts_with('-') && read == 0.0), "minus zero: {}", written);
    }
}
