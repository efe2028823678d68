//! The saved scenarios' storage as a whole: opening the list (setting aside
//! what cannot be read) and changing it (save, rename, delete), over any
//! [`Storage`], so that the rules that keep stored text safe are plain
//! functions tested natively; the page's `localStorage` is one `Storage`.
//!
//! The rule: text is removed from the list's key only once a copy of it,
//! byte for byte, is in the set-aside key. When setting aside fails (the
//! storage is full), the list's key is left exactly as it is and every change
//! is refused with a message, until it can be set aside.

use super::{aside_units, parse_units, write, Saved, ASIDE_KEY, STORAGE_KEY};

/// Where the list is kept: keys holding text in the browser's UTF-16 code
/// units, which may hold what no Rust string can (a lone surrogate).
pub trait Storage {
    /// The text under `key` (`None` when nothing is stored), or why it cannot be read.
    fn read(&self, key: &str) -> Result<Option<Vec<u16>>, String>;
    /// Stores `units` under `key`, whole or not at all.
    fn write(&mut self, key: &str, units: &[u16]) -> Result<(), String>;
}

/// The list as opened: the entries, what to tell the person, and whether the
/// list's key still holds text that could not be set aside (then no change
/// may rewrite it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub entries: Vec<Saved>,
    pub notice: Option<String>,
    pub held: bool,
}

/// What a change refused while unreadable text is held says.
pub const HELD: &str = "Not changed: the stored list holds text that could not be read, and it could not be set aside (the browser's storage may be full), so the list is left exactly as it is. Free some of this site's storage and reload, or copy this scenario's link instead.";

fn units(text: &str) -> Vec<u16> {
    text.encode_utf16().collect()
}

/// Opens the list: what cannot be read is appended to the set-aside key, and
/// only then dropped from the list's key (`when` stamps the set-aside block).
pub fn open(storage: &mut dyn Storage, when: &str) -> Opened {
    let stored = match storage.read(STORAGE_KEY) {
        Ok(stored) => stored.unwrap_or_default(),
        // Unseen text must not be overwritten: hold the list.
        Err(message) => {
            return Opened {
                entries: Vec::new(),
                notice: Some(message),
                held: true,
            }
        }
    };
    let shelf = parse_units(&stored);
    if shelf.set_aside.is_empty() {
        return Opened {
            entries: shelf.entries,
            notice: None,
            held: false,
        };
    }
    let moved = storage
        .read(ASIDE_KEY)
        .and_then(|previous| {
            let mut aside = previous.unwrap_or_default();
            aside.extend(aside_units(&shelf.set_aside, when));
            storage.write(ASIDE_KEY, &aside)
        })
        .and_then(|()| storage.write(STORAGE_KEY, &units(&write(&shelf.entries))));
    match moved {
        Ok(()) => Opened {
            notice: Some(super::set_aside_notice(&shelf.set_aside)),
            entries: shelf.entries,
            held: false,
        },
        Err(error) => Opened {
            notice: Some(format!(
                "{} stored saved scenarios could not be read, and setting them aside failed: {error} The stored list is left as it is; saving, renaming and deleting wait until it can be set aside.",
                shelf.set_aside.len()
            )),
            entries: shelf.entries,
            held: true,
        },
    }
}

/// What a change to the list gives: the new list and what to say, or a message.
pub type Changed = Result<(Vec<Saved>, String), String>;

/// Opens the list afresh (another tab may have changed it), applies `change`
/// and stores the result; refused, with nothing written, while unreadable text
/// is held in the list's key.
pub fn change(
    storage: &mut dyn Storage,
    when: &str,
    change: &dyn Fn(&[Saved]) -> Changed,
) -> (Opened, Changed) {
    let opened = open(storage, when);
    if opened.held {
        return (opened, Err(HELD.to_string()));
    }
    let changed = change(&opened.entries).and_then(|(next, said)| {
        storage
            .write(STORAGE_KEY, &units(&write(&next)))
            .map(|()| (next, said))
    });
    (opened, changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// A storage with a quota in code units, as a browser's.
    struct Quota {
        keys: BTreeMap<String, Vec<u16>>,
        limit: usize,
    }

    impl Storage for Quota {
        fn read(&self, key: &str) -> Result<Option<Vec<u16>>, String> {
            Ok(self.keys.get(key).cloned())
        }
        fn write(&mut self, key: &str, units: &[u16]) -> Result<(), String> {
            let others: usize = self
                .keys
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(_, v)| v.len())
                .sum();
            if others + units.len() > self.limit {
                return Err("The storage is full.".to_string());
            }
            self.keys.insert(key.to_string(), units.to_vec());
            Ok(())
        }
    }

    fn save_one(storage: &mut Quota) -> Changed {
        change(storage, "2026-12-08T00:00:00Z", &|list| {
            super::super::save(list, "Mine", "#/venture?v=1", "2026-12-08T00:00:00Z")
                .map(|(name, next)| (next, format!("Saved as {name}")))
        })
        .1
    }

    #[test]
    fn unreadable_text_that_cannot_be_set_aside_is_never_overwritten() {
        let junk: Vec<u16> = "x".repeat(3_000_000).encode_utf16().collect();
        let mut storage = Quota {
            keys: BTreeMap::from([(STORAGE_KEY.to_string(), junk.clone())]),
            limit: 4_000_000,
        };
        let opened = open(&mut storage, "t");
        assert!(opened.held, "{opened:?}");
        assert_eq!(save_one(&mut storage), Err(HELD.to_string()));
        assert_eq!(storage.keys.get(STORAGE_KEY), Some(&junk));
        assert_eq!(storage.keys.get(ASIDE_KEY), None);
    }

    #[test]
    fn with_room_the_text_is_set_aside_and_the_save_goes_through() {
        let junk: Vec<u16> = "x".repeat(3_000).encode_utf16().collect();
        let mut storage = Quota {
            keys: BTreeMap::from([(STORAGE_KEY.to_string(), junk.clone())]),
            limit: 10_000,
        };
        assert!(save_one(&mut storage).is_ok());
        let aside = storage.keys.get(ASIDE_KEY).cloned().unwrap_or_default();
        assert!(aside.windows(junk.len()).any(|w| w == junk.as_slice()));
    }

    #[test]
    fn a_line_with_a_lone_surrogate_is_set_aside_byte_for_byte_not_renamed() {
        let mut stored: Vec<u16> = "dealmodel-saved v1\nBad".encode_utf16().collect();
        stored.push(0xD800);
        stored.extend("name\t%23%2Fventure%3Fv%3D1\t2026-12-08T00%3A00%3A00Z\n".encode_utf16());
        let bad_line: Vec<u16> = stored[19..stored.len() - 1].to_vec();
        let mut storage = Quota {
            keys: BTreeMap::from([(STORAGE_KEY.to_string(), stored)]),
            limit: 10_000,
        };
        let opened = open(&mut storage, "t");
        assert!(opened.entries.is_empty(), "{opened:?}");
        let aside = storage.keys.get(ASIDE_KEY).cloned().unwrap_or_default();
        assert!(aside
            .windows(bad_line.len())
            .any(|w| w == bad_line.as_slice()));
        assert!(save_one(&mut storage).is_ok());
        let list = String::from_utf16_lossy(&storage.keys[STORAGE_KEY]);
        assert!(!list.contains('\u{FFFD}'), "{list}");
    }
}
