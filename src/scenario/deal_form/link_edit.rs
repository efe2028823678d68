//! The MSA's and the Note's edits, which are written into their link and read
//! back: the link with one parameter replaced, and its messages in order.
//! Separate from `apply`, which only decides what an edit does to the form.

use super::DealForm;
use crate::scenario::query::{encode, split_query};

/// The link with `param` replaced by `text` (removed when empty).
pub(super) fn link_with(form: &DealForm, param: &str, text: &str) -> String {
    let deal = form.deal();
    let (_, lists) = deal.params();
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
        // A list item's fields are encoded one by one and joined by raw colons.
        let value: Vec<String> = if lists.contains(&param) {
            item.split(':').map(encode).collect()
        } else {
            vec![encode(item)]
        };
        parts.push(format!("{param}={}", value.join(":")));
    }
    format!("#/{}?{}", deal.route(), parts.join("&"))
}

/// The messages about `param` first, then the others (a change can make
/// another input invalid: `tendered` moved past an explicit `accept`).
pub(super) fn messages_for(param: &str, messages: Vec<String>) -> String {
    let (mine, others): (Vec<String>, Vec<String>) = messages
        .into_iter()
        .partition(|message| message.starts_with(&format!("{param}:")));
    mine.into_iter().chain(others).collect::<Vec<_>>().join(" ")
}
