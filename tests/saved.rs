//! Saved scenarios' storage format: reading any stored text never panics, keeps
//! what reads and sets the rest aside; saving, renaming and deleting round-trip.

use dealmodel::scenario::saved::{aside_block, delete, parse, rename, save, write, Saved, HEADER};
use proptest::prelude::*;

fn entry(name: &str, link: &str) -> Saved {
    Saved {
        name: name.into(),
        link: link.into(),
        saved_at: "2026-11-21T23:50:00Z".into(),
    }
}

#[test]
fn a_saved_list_reads_back_sorted_by_name() {
    let entries = vec![
        entry("b offer", "#/msa?v=1&termm=24"),
        entry("A\tweird\nname %", "#/venture?v=1&min=4500000"),
    ];
    let shelf = parse(Some(&write(&entries)));
    assert!(shelf.set_aside.is_empty());
    assert_eq!(shelf.entries, vec![entries[1].clone(), entries[0].clone()]);
}

#[test]
fn foreign_text_is_set_aside_whole() {
    let shelf = parse(Some("{\"json\": true}"));
    assert!(shelf.entries.is_empty());
    assert_eq!(shelf.set_aside.len(), 1);
    assert_eq!(shelf.set_aside[0].line, 0);
    assert_eq!(shelf.set_aside[0].text, "{\"json\": true}");
    assert!(shelf.set_aside[0]
        .message()
        .contains("not a list of saved scenarios"));
}

#[test]
fn bad_lines_are_set_aside_and_the_rest_kept() {
    let good = write(&[entry("Good", "#/note?v=1")]);
    let text = format!("{good}junk line\nBad%ZZ\t%23%2Fnote%3Fv%3D1\tt\nOld\t%23%2Fventure%3Fv%3D1%26min%3Dabc\tt\nGood\t%23%2Fmsa%3Fv%3D1\tt\n");
    let shelf = parse(Some(&text));
    assert_eq!(shelf.entries, vec![entry("Good", "#/note?v=1")]);
    let lines: Vec<usize> = shelf.set_aside.iter().map(|s| s.line).collect();
    assert_eq!(lines, vec![3, 4, 5, 6]);
    assert!(shelf.set_aside[0].reason.contains("1 fields where 3"));
    assert!(shelf.set_aside[1].reason.contains("not correctly encoded"));
    assert!(
        shelf.set_aside[2].reason.contains("no longer reads (min:"),
        "{}",
        shelf.set_aside[2].reason
    );
    assert!(shelf.set_aside[3]
        .reason
        .contains("a second scenario named"));
    let block = aside_block(&shelf.set_aside, "2026-11-21T23:50:00Z");
    assert!(block.starts_with("# set aside on 2026-11-21T23:50:00Z\n"));
    assert!(block.contains("\njunk line\n"));
}

#[test]
fn save_never_overwrites_rename_refuses_a_taken_name_delete_removes() {
    let (name, list) = save(&[], "  Offer ", "#/venture?v=1", "t1").unwrap();
    assert_eq!(name, "Offer");
    let (name, list) = save(&list, "Offer", "#/venture?v=1&min=4000000", "t2").unwrap();
    assert_eq!(name, "Offer (2)");
    assert!(save(&list, "   ", "#/venture?v=1", "t")
        .unwrap_err()
        .starts_with("name: empty"));
    assert!(save(&list, &"x".repeat(81), "#/venture?v=1", "t").is_err());
    assert!(rename(&list, "Offer", "Offer (2)")
        .unwrap_err()
        .contains("is taken"));
    let renamed = rename(&list, "Offer (2)", "Counter-offer").unwrap();
    assert_eq!(
        renamed.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        vec!["Counter-offer", "Offer"]
    );
    assert_eq!(renamed[0].link, "#/venture?v=1&min=4000000");
    let left = delete(&renamed, "Offer");
    assert_eq!(left.len(), 1);
    assert_eq!(parse(Some(&write(&left))).entries, left);
}

#[test]
fn windows_line_ends_read() {
    let text = write(&[entry("A", "#/note?v=1")]).replace('\n', "\r\n");
    assert_eq!(parse(Some(&text)).entries.len(), 1);
}

const LINKS: &[&str] = &[
    "#/venture?v=1",
    "#/venture?v=1&min=4500000&term=0.2",
    "#/msa?v=1&stop=2003-11-20",
    "#/note?v=1&basis=act365",
];

proptest! {
    #[test]
    fn any_stored_text_reads_without_panic(text in ".{0,300}", with_header in any::<bool>()) {
        let stored = if with_header { format!("{HEADER}\n{text}") } else { text.clone() };
        let shelf = parse(Some(&stored));
        // Nothing is lost: every non-empty line is either kept or set aside.
        if with_header {
            let lines = stored.split('\n').skip(1).filter(|l| !l.trim().is_empty()).count();
            prop_assert_eq!(shelf.entries.len() + shelf.set_aside.len(), lines);
        }
    }

    #[test]
    fn saving_round_trips(names in proptest::collection::vec("[^\u{0}]{1,30}", 0..8), picks in proptest::collection::vec(0..LINKS.len(), 8)) {
        let mut list = Vec::new();
        for (i, name) in names.iter().enumerate() {
            if let Ok((_, next)) = save(&list, name, LINKS[picks[i]], "2026-11-21T00:00:00Z") {
                list = next;
            }
        }
        let shelf = parse(Some(&write(&list)));
        prop_assert!(shelf.set_aside.is_empty(), "{:?}", shelf.set_aside);
        prop_assert_eq!(shelf.entries, list);
    }
}
