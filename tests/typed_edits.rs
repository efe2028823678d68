//! The MSA's and the Note's fields are checked on their typed inputs
//! (`scenario::msa::edit`, `scenario::note::edit`), no longer by writing the
//! form's link with the field replaced and reading it back. That link is the oracle here: every edit gives the same scenario, or
//! is refused with the same messages (with the text as typed, where the link
//! showed it percent-encoded).

mod support;

use dealmodel::scenario::deal_form::{apply, Deal, DealAction, DealForm};
use dealmodel::scenario::link::{read_link, write_link, LinkScenario};
use dealmodel::scenario::query::{encode, split_query};
use proptest::prelude::*;

/// The form's link with `param` replaced by `text` (removed when empty), as
/// the form wrote it before its edits were typed.
fn link_with(form: &DealForm, param: &str, text: &str) -> String {
    let lists = match form.deal() {
        Deal::Msa => dealmodel::scenario::msa::LISTS,
        Deal::Note => dealmodel::scenario::note::LISTS,
        Deal::Venture => &[],
    };
    let current = form.link();
    let query = current.split_once('?').map_or("", |(_, query)| query);
    let mut parts: Vec<String> = split_query(query)
        .iter()
        .filter(|raw| raw.name != param)
        .map(|raw| match raw.value {
            Some(value) => format!("{}={value}", raw.name),
            None => raw.name.clone(),
        })
        .collect();
    let items: Vec<&str> = if lists.contains(&param) {
        text.split(|c: char| c == ',' || c.is_whitespace())
            .filter(|item| !item.is_empty())
            .collect()
    } else if text.trim().is_empty() {
        Vec::new()
    } else {
        vec![text.trim()]
    };
    for item in items {
        let value: Vec<String> = if lists.contains(&param) {
            item.split(':').map(encode).collect()
        } else {
            vec![encode(item)]
        };
        parts.push(format!("{param}={}", value.join(":")));
    }
    format!("#/{}?{}", form.deal().route(), parts.join("&"))
}

/// The messages about `param` first, then the others, as the form joins them.
fn messages_for(param: &str, messages: Vec<String>) -> String {
    let (mine, others): (Vec<String>, Vec<String>) = messages
        .into_iter()
        .partition(|message| message.starts_with(&format!("{param}:")));
    mine.into_iter().chain(others).collect::<Vec<_>>().join(" ")
}

/// A message with the values it quotes left out.
fn unquoted(message: &str) -> String {
    message
        .split('"')
        .step_by(2)
        .collect::<Vec<_>>()
        .join("\"\"")
}

/// Holds one typed edit to the oracle's.
fn same_as_through_the_link(
    form: &DealForm,
    param: &'static str,
    text: &str,
) -> Result<(), TestCaseError> {
    let edited = apply(
        form,
        DealAction::Set {
            param,
            text: text.to_string(),
        },
    );
    match read_link(&link_with(form, param, text)) {
        Ok(read) => {
            prop_assert_eq!(&edited.scenario, &read.scenario, "{} = {:?}", param, text);
            prop_assert_eq!(edited.error(param), None);
        }
        Err(messages) => {
            prop_assert_eq!(&edited.scenario, &form.scenario, "{} = {:?}", param, text);
            let error = edited.error(param);
            prop_assert!(error.is_some(), "{} = {:?} kept no message", param, text);
            // The link quoted the text percent-encoded; the form quotes it as
            // typed: the same message word for word outside the quotes, and
            // inside them too where encoding leaves the text as it is.
            let expected = messages_for(param, messages);
            prop_assert_eq!(
                unquoted(error.unwrap_or("")),
                unquoted(&expected),
                "{} = {:?}",
                param,
                text
            );
            if encode(text.trim()) == text.trim() {
                prop_assert_eq!(error, Some(expected.as_str()), "{} = {:?}", param, text);
            }
        }
    }
    Ok(())
}

/// Texts a person might type into an MSA box: values of another scenario,
/// numbers, dates about the default term, the choices, nothing, and nonsense.
fn msa_text(param: &'static str) -> impl Strategy<Value = String> {
    let other = support::msa_inputs()
        .prop_map(move |inputs| dealmodel::scenario::msa::field_text(&inputs, param));
    prop_oneof![
        4 => other,
        2 => (0i64..=120).prop_map(|n| n.to_string()),
        1 => (0i64..=100_000_000).prop_map(|cents| format!("{}.{:02}", cents / 100, cents % 100)),
        2 => (0i64..=800).prop_map(|days| {
            dealmodel::engine::Date::known(2003, 6, 1).plus_days(days).unwrap().to_string()
        }),
        1 => prop::sample::select(vec![
            "monthly", "quarterly", "annually", "voluntary", "provider-breach", "daily365",
            "permonth", "days30", "", " ", "abc", "-1", "1e5", "12.345", "2003-02-30",
            "99999999999999", "0", " 15 ",
        ]).prop_map(String::from),
    ]
}

fn msa_edit() -> impl Strategy<Value = (&'static str, String)> {
    prop::sample::select(dealmodel::scenario::msa::PARAMS.to_vec())
        .prop_flat_map(|param| (Just(param), msa_text(param)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn an_msa_edit_is_what_its_link_reads(inputs in support::msa_inputs(), (param, text) in msa_edit()) {
        let scenario = LinkScenario::Msa(inputs);
        // Only a scenario the page can hold (its link reads back) is edited.
        prop_assume!(read_link(&write_link(&scenario)).is_ok_and(|read| read.scenario == scenario));
        same_as_through_the_link(&DealForm::new(scenario), param, &text)?;
    }

    #[test]
    fn an_edit_of_the_default_msa_is_what_its_link_reads((param, text) in msa_edit()) {
        same_as_through_the_link(&DealForm::defaults(Deal::Msa), param, &text)?;
    }
}

/// A quarter's last day from 2002 to 2006 (an interest date of many notes).
fn quarter_end() -> impl Strategy<Value = String> {
    (
        2002i32..=2006,
        prop::sample::select(vec!["03-31", "06-30", "09-30", "12-31"]),
    )
        .prop_map(|(year, day)| format!("{year}-{day}"))
}

/// Texts a person might type into a Note box: values of another note, dates
/// about the default note, lists of them, the choices, nothing, and nonsense.
fn note_text(param: &'static str) -> impl Strategy<Value = String> {
    let other = support::note_inputs()
        .prop_map(move |inputs| dealmodel::scenario::note::field_text(&inputs, param));
    let day = (0i64..=1200).prop_map(|days| {
        dealmodel::engine::Date::known(2002, 10, 1)
            .plus_days(days)
            .unwrap()
            .to_string()
    });
    let paydown = (day.clone(), 1i64..=2_000_000)
        .prop_map(|(date, cents)| format!("{date}:{}.{:02}", cents / 100, cents % 100));
    prop_oneof![
        3 => other,
        2 => day,
        2 => quarter_end(),
        2 => prop::collection::vec(quarter_end(), 0..4).prop_map(|dates| dates.join(", ")),
        2 => prop::collection::vec(paydown, 0..4).prop_map(|items| items.join(", ")),
        1 => (0i64..=3000).prop_map(|hundredths| format!("{}.{:02}", hundredths / 100, hundredths % 100)),
        1 => prop::sample::select(vec![
            "words", "figures", "act360", "act365", "30360", "", " ", "abc", "-1",
            "2003-02-30", "99999999999", "0", "0.001", "2003-06-30:abc", "2003-06-30:",
            "2003-06-30, 2003-06-30",
        ]).prop_map(String::from),
    ]
}

fn note_edit() -> impl Strategy<Value = (&'static str, String)> {
    prop::sample::select(dealmodel::scenario::note::PARAMS.to_vec())
        .prop_flat_map(|param| (Just(param), note_text(param)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn a_note_edit_is_what_its_link_reads(inputs in support::note_inputs(), (param, text) in note_edit()) {
        let scenario = LinkScenario::Note(inputs);
        prop_assume!(read_link(&write_link(&scenario)).is_ok_and(|read| read.scenario == scenario));
        same_as_through_the_link(&DealForm::new(scenario), param, &text)?;
    }

    #[test]
    fn an_edit_of_the_default_note_is_what_its_link_reads((param, text) in note_edit()) {
        same_as_through_the_link(&DealForm::defaults(Deal::Note), param, &text)?;
    }
}

/// A valid list that makes the link longer than a link may be is refused, as
/// reading that link would refuse it: the form never holds what its link
/// cannot carry. (An invalid one gets its own message first, where the link
/// gave only its length.)
#[test]
fn a_list_too_long_for_a_link_is_refused() {
    let form = DealForm::defaults(Deal::Note);
    let dated = dealmodel::engine::note::NoteInputs::defaults().dated;
    let items: Vec<String> = (1..=360)
        .map(|day| format!("{}:0.01", dated.plus_days(day).unwrap()))
        .collect();
    let text = items.join(", ");
    let through_link = read_link(&link_with(&form, "paydown", &text));
    assert!(
        through_link
            .as_ref()
            .is_err_and(|m| m[0].starts_with("link:")),
        "{:?}",
        through_link.map(|l| l.scenario)
    );
    let edited = apply(
        &form,
        DealAction::Set {
            param: "paydown",
            text: text.clone(),
        },
    );
    assert_eq!(edited.scenario, form.scenario);
    let error = edited.error("paydown").unwrap_or_default();
    assert!(
        error.starts_with("link: ") && error.ends_with("allowed: at most 8000 characters."),
        "{error}"
    );
    // A shorter list of the same items is taken.
    let fewer = items[..40].join(", ");
    assert!(apply(
        &form,
        DealAction::Set {
            param: "paydown",
            text: fewer
        }
    )
    .error("paydown")
    .is_none());
}
