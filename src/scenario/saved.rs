//! Saved scenarios: the browser keeps a list of named links under one storage
//! key, in a small versioned text format written by hand (no JSON library in the
//! wasm). The first line is `dealmodel-saved v1`; then one scenario a line,
//! `name<TAB>link<TAB>saved-at`, each field percent-encoded (so no field holds a
//! tab or a line break). Reading never fails: the entries that read are kept, and
//! every line that does not (or a whole text that is not this format) is returned
//! to be reported and set aside under another key, never erased. A saved link is
//! read again with `read_link`: one that no longer reads is set aside too.

use super::link::read_link;
use super::query::{decode, encode};

pub mod store;
pub use store::{change, open, Changed, Opened, Storage};

/// The storage key of the saved scenarios.
pub const STORAGE_KEY: &str = "dealmodel-saved";
/// The storage key where unreadable stored text is set aside (appended, never erased).
pub const ASIDE_KEY: &str = "dealmodel-saved-aside";
/// The first line of the format.
pub const HEADER: &str = "dealmodel-saved v1";
/// The longest name, in characters.
pub const NAME_MAX: usize = 80;

/// One saved scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub name: String,
    /// The canonical link part from `#`.
    pub link: String,
    /// When it was saved, as the page wrote it (ISO 8601 text).
    pub saved_at: String,
}

/// Stored text that could not be read, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    /// The line's number in the stored text (1 = the header line; 0 = the whole text).
    pub line: usize,
    /// The text as it can be shown (a lone surrogate shown as �).
    pub text: String,
    pub reason: String,
    /// The text as it was stored, in the browser's UTF-16 code units: what is
    /// set aside, byte for byte, even where it is not Unicode text.
    pub stored: Vec<u16>,
}

impl SetAside {
    /// One line for the page: where, and why.
    pub fn message(&self) -> String {
        if self.line == 0 {
            format!("the stored list: {}", self.reason)
        } else {
            format!("line {}: {}", self.line, self.reason)
        }
    }
}

/// How many set-aside lines a notice names one by one; the rest are counted.
const NAMED_IN_NOTICE: usize = 3;

/// The page's notice for what was set aside: how many, and the first few.
pub fn set_aside_notice(set_aside: &[SetAside]) -> String {
    let count = set_aside.len();
    let named: Vec<String> = set_aside
        .iter()
        .take(NAMED_IN_NOTICE)
        .map(SetAside::message)
        .collect();
    let more = count.saturating_sub(NAMED_IN_NOTICE);
    let tail = if more > 0 {
        format!("; and {more} more")
    } else {
        String::new()
    };
    format!(
        "{count} of the stored saved scenarios could not be read and {} set aside (kept in this browser's storage under “{ASIDE_KEY}”); the others are listed. {}{tail}.",
        if count == 1 { "was" } else { "were" },
        named.join("; ")
    )
}

/// What reading the stored text gives: the entries sorted by name, and what was set aside.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shelf {
    pub entries: Vec<Saved>,
    pub set_aside: Vec<SetAside>,
}

/// Reads the stored text (`None` or empty: nothing saved yet). Never panics.
pub fn parse(stored: Option<&str>) -> Shelf {
    let units: Vec<u16> = stored.unwrap_or("").encode_utf16().collect();
    parse_units(&units)
}

/// Reads the stored text as the browser holds it, in UTF-16 code units (which
/// may hold a lone surrogate: no Rust string can). A line that is not Unicode
/// text is set aside whole rather than read with a replacement character, so
/// no name is ever altered; a header that is not, sets the whole text aside.
pub fn parse_units(units: &[u16]) -> Shelf {
    const LINE_FEED: u16 = b'\n' as u16;
    const RETURN: u16 = b'\r' as u16;
    let whole = String::from_utf16_lossy(units);
    if whole.trim().is_empty() {
        return Shelf::default();
    }
    let mut lines = units
        .split(|&unit| unit == LINE_FEED)
        .map(|raw| (raw, raw.strip_suffix(&[RETURN]).unwrap_or(raw)));
    let header = lines.next().map(|(_, line)| String::from_utf16(line));
    if !matches!(header, Some(Ok(ref line)) if line == HEADER) {
        return Shelf {
            entries: Vec::new(),
            set_aside: vec![SetAside {
                line: 0,
                text: whole,
                reason: format!("not a list of saved scenarios (its first line is not “{HEADER}”)"),
                stored: units.to_vec(),
            }],
        };
    }
    let mut shelf = Shelf::default();
    for (index, (raw, units)) in lines.enumerate() {
        let set_aside = |text: String, reason: String| SetAside {
            line: index + 2,
            text,
            reason,
            stored: raw.to_vec(),
        };
        let Ok(line) = String::from_utf16(units) else {
            shelf.set_aside.push(set_aside(
                String::from_utf16_lossy(units),
                "it holds a character that is not Unicode text (half of a surrogate pair)"
                    .to_string(),
            ));
            continue;
        };
        // The piece after the closing line break (and a bare line break) is
        // nothing; a line of spaces is something, and set aside as stored.
        if line.is_empty() {
            continue;
        }
        if line.trim().is_empty() {
            shelf
                .set_aside
                .push(set_aside(line, "a line of blank characters".to_string()));
            continue;
        }
        match read_entry(&line) {
            Ok(entry) if shelf.entries.iter().any(|kept| kept.name == entry.name) => {
                let reason = format!("a second scenario named “{}”", entry.name);
                shelf.set_aside.push(set_aside(line, reason))
            }
            Ok(entry) => shelf.entries.push(entry),
            Err(reason) => shelf.set_aside.push(set_aside(line, reason)),
        }
    }
    sort(&mut shelf.entries);
    shelf
}

fn read_entry(line: &str) -> Result<Saved, String> {
    let fields: Vec<&str> = line.split('\t').collect();
    let [name, link, saved_at] = fields.as_slice() else {
        return Err(format!(
            "{} fields where 3 are expected (name, link, saved at)",
            fields.len()
        ));
    };
    let decoded = |raw: &str, what: &str| {
        decode(raw).ok_or_else(|| format!("the {what} is not correctly encoded"))
    };
    let stored_name = decoded(name, "name")?;
    let name = check_name(&stored_name)?;
    // A name is kept exactly as stored or not at all: trimmed, it would be
    // rewritten altered.
    if name != stored_name {
        return Err(format!(
            "the name “{name}” is stored with blank characters around it"
        ));
    }
    let link = decoded(link, "link")?;
    let saved_at = decoded(saved_at, "saved-at time")?;
    // A scenario saved while comparing is a compare link: it reads back as one.
    let read = if super::compare::is_compare(&link) {
        super::compare::read_compare(&link).and_then(|read| {
            let (a, b) = (read.a.scenario.route(), read.b.scenario.route());
            if a == b {
                Ok(())
            } else {
                // The page compares two scenarios of one deal (the command line any two).
                Err(vec![format!(
                    "it compares the {a} with the {b}, and the page compares two scenarios of one deal"
                )])
            }
        })
    } else if super::fusion::link::is_fusion(&link) {
        // Saved while a Fusion link was on show: Fusion's position.
        super::fusion::link::read_fusion(&link).map(|_| ())
    } else {
        read_link(&link).map(|_| ())
    };
    if let Err(messages) = read {
        let first = messages.first().map(String::as_str).unwrap_or("");
        return Err(format!("the link of “{name}” no longer reads ({first})"));
    }
    Ok(Saved {
        name,
        link,
        saved_at,
    })
}

/// A name as it is kept: trimmed, not empty, at most [`NAME_MAX`] characters.
pub fn check_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        Err("name: empty; allowed: a name of 1 to 80 characters.".to_string())
    } else if name.chars().count() > NAME_MAX {
        Err(format!(
            "name: “{}…” is too long; allowed: a name of 1 to 80 characters.",
            name.chars().take(20).collect::<String>()
        ))
    } else {
        Ok(name.to_string())
    }
}

/// The stored text of a list of entries.
pub fn write(entries: &[Saved]) -> String {
    let mut text = String::from(HEADER);
    for entry in entries {
        text.push('\n');
        text.push_str(
            &[
                encode(&entry.name),
                encode(&entry.link),
                encode(&entry.saved_at),
            ]
            .join("\t"),
        );
    }
    text.push('\n');
    text
}

/// What to append to the set-aside key for what was set aside on `when`: a
/// block per reading, each line as it was stored (shown here as text).
pub fn aside_block(set_aside: &[SetAside], when: &str) -> String {
    String::from_utf16_lossy(&aside_units(set_aside, when))
}

/// The same block in the browser's code units, each line byte for byte as it
/// was stored (a lone surrogate included).
pub fn aside_units(set_aside: &[SetAside], when: &str) -> Vec<u16> {
    let mut block: Vec<u16> = format!("# set aside on {when}\n").encode_utf16().collect();
    for item in set_aside {
        block.extend(format!("# {}\n", item.message()).encode_utf16());
        block.extend_from_slice(&item.stored);
        block.push(b'\n' as u16);
    }
    block
}

fn sort(entries: &mut [Saved]) {
    // Names are unique, so an unstable sort is enough; ASCII case folding keeps
    // Unicode's case tables out of the bundle.
    entries.sort_unstable_by(|a, b| {
        a.name
            .to_ascii_lowercase()
            .cmp(&b.name.to_ascii_lowercase())
            .then_with(|| a.name.cmp(&b.name))
    });
}

/// The name itself when free, else the first free of `name (2)`, `name (3)`, …
/// (saving never overwrites a scenario saved before).
pub fn free_name(entries: &[Saved], name: &str) -> String {
    let taken = |candidate: &str| entries.iter().any(|entry| entry.name == candidate);
    if !taken(name) {
        return name.to_string();
    }
    (2..)
        .map(|n| {
            // "name (n)" within NAME_MAX: the name is shortened to make room,
            // so the list never holds a name that would not read back.
            let suffix = format!(" ({n})");
            let room = NAME_MAX.saturating_sub(suffix.chars().count());
            let base: String = name.chars().take(room).collect();
            format!("{}{suffix}", base.trim_end())
        })
        .find(|candidate| !taken(candidate))
        .unwrap_or_else(|| name.to_string())
}

/// The list with the scenario `link` saved as `name` (or `name (2)`… when the
/// name is taken): the name it got, and the list sorted by name.
pub fn save(
    entries: &[Saved],
    name: &str,
    link: &str,
    saved_at: &str,
) -> Result<(String, Vec<Saved>), String> {
    let name = free_name(entries, &check_name(name)?);
    let mut next = entries.to_vec();
    next.push(Saved {
        name: name.clone(),
        link: link.to_string(),
        saved_at: saved_at.to_string(),
    });
    sort(&mut next);
    Ok((name, next))
}

/// The list with `old` renamed `new`; refused when `new` is another scenario's name.
pub fn rename(entries: &[Saved], old: &str, new: &str) -> Result<Vec<Saved>, String> {
    let new = check_name(new)?;
    if new != old && entries.iter().any(|entry| entry.name == new) {
        return Err(format!(
            "name: “{new}” is taken; allowed: a name no other saved scenario has."
        ));
    }
    if !entries.iter().any(|entry| entry.name == old) {
        return Err(format!("“{old}” is no longer saved."));
    }
    let mut next: Vec<Saved> = entries
        .iter()
        .map(|entry| {
            if entry.name == old {
                Saved {
                    name: new.clone(),
                    ..entry.clone()
                }
            } else {
                entry.clone()
            }
        })
        .collect();
    sort(&mut next);
    Ok(next)
}

/// The list without `name`.
pub fn delete(entries: &[Saved], name: &str) -> Vec<Saved> {
    entries
        .iter()
        .filter(|entry| entry.name != name)
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_compare_link_is_kept() {
        let link = "#/compare?v=1&a=%2Fventure%3Fv%3D1&b=%2Fventure%3Fv%3D1%26min%3D4500000";
        let entry = super::read_entry(&format!(
            "pinned\t{}\t2026-11-22T00:00:00Z",
            super::super::query::encode(link)
        ));
        assert_eq!(entry.map(|e| e.link), Ok(link.to_string()));
    }

    use super::*;

    #[test]
    fn a_compare_of_two_deals_is_set_aside_with_why() {
        let link = "#/compare?v=1&a=%2Fventure&b=%2Fmsa";
        let entry = read_entry(&format!(
            "mixed\t{}\t2026-11-22T00:00:00Z",
            crate::scenario::query::encode(link)
        ));
        assert!(
            entry
                .as_ref()
                .is_err_and(|why| why.contains("compares the venture with the msa")),
            "{entry:?}"
        );
    }

    #[test]
    fn a_notice_counts_what_it_does_not_name() {
        let many: Vec<SetAside> = (0..20_000)
            .map(|line| SetAside {
                line: line + 2,
                text: "x".repeat(60),
                reason: "1 fields where 3 are expected (name, link, saved at)".to_string(),
                stored: "x".repeat(60).encode_utf16().collect(),
            })
            .collect();
        let notice = set_aside_notice(&many);
        assert!(
            notice.starts_with("20000 of the stored saved scenarios"),
            "{notice}"
        );
        assert!(notice.ends_with("; and 19997 more."), "{notice}");
        assert!(notice.len() < 600, "{} characters", notice.len());
    }

    #[test]
    fn every_saved_name_reads_back_and_blank_or_padded_lines_are_set_aside() {
        let long = "x".repeat(NAME_MAX);
        let (_, list) = save(&[], &long, "#/venture?v=1", "t").unwrap();
        let (second, list) = save(&list, &long, "#/venture?v=1", "t").unwrap();
        assert_eq!(second.chars().count(), NAME_MAX);
        assert!(second.ends_with(" (2)"));
        assert_eq!(parse(Some(&write(&list))).entries, list);
        let text = "dealmodel-saved v1\n \t\n%20A%20\t%23%2Fventure%3Fv%3D1\tt\n\n";
        let shelf = parse(Some(text));
        assert!(shelf.entries.is_empty());
        let kept: Vec<&str> = shelf.set_aside.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(kept, vec![" \t", "%20A%20\t%23%2Fventure%3Fv%3D1\tt"]);
    }

    #[test]
    fn a_fusion_link_is_kept() {
        let link = "#/fusion?v=1&msa=%2Fmsa%3Fv%3D1%26stop%3D2003-11-20";
        let entry = read_entry(&format!(
            "position\t{}\t2026-12-08T00:00:00Z",
            crate::scenario::query::encode(link)
        ));
        assert_eq!(entry.map(|e| e.link), Ok(link.to_string()));
    }

    #[test]
    fn header_only_is_an_empty_list() {
        assert_eq!(parse(Some("dealmodel-saved v1\n")), Shelf::default());
        assert_eq!(parse(None), Shelf::default());
    }

    #[test]
    fn free_name_counts_up() {
        let (_, list) = save(&[], "A", "#/venture?v=1", "t").unwrap();
        let (name, list) = save(&list, "A", "#/venture?v=1", "t").unwrap();
        assert_eq!(name, "A (2)");
        assert_eq!(free_name(&list, "A"), "A (3)");
    }
}
