//! The dates that matter as an iCalendar file (RFC 5545): one all-day event per
//! date, its UID made from the date and the rule so that downloading again
//! updates the events rather than duplicating them. The caller gives the time
//! stamp: this layer has no clock.

use crate::engine::msa::DateRow;
use crate::engine::Date;

/// The longest line of the file, in octets, before the line end (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;
/// The domain part of every UID.
pub const UID_DOMAIN: &str = "dealmodel";
const PRODUCT: &str = "-//dealmodel//MSA dates that matter//EN";

/// `YYYYMMDD`, the form of an all-day date.
fn basic_date(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// A `stamp` as RFC 5545 writes a UTC date-time: `YYYYMMDDTHHMMSSZ`.
fn is_utc_stamp(stamp: &str) -> bool {
    let bytes = stamp.as_bytes();
    bytes.len() == 16
        && bytes[8] == b'T'
        && bytes[15] == b'Z'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 8 || i == 15 || b.is_ascii_digit())
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            other => escaped.push(other),
        }
    }
    escaped
}

/// Folds a content line into lines of at most 75 octets, each continuation
/// starting with a space, never splitting a UTF-8 character; CRLF after each.
pub fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + 8);
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > MAX_LINE_OCTETS {
            folded.push_str("\r\n ");
            octets = 1;
        }
        folded.push(c);
        octets += c.len_utf8();
    }
    folded.push_str("\r\n");
    folded
}

/// The event of one date that matters.
fn event(row: &DateRow, stamp: &str) -> Result<String, String> {
    let next_day = row
        .date
        .plus_days(1)
        .ok_or_else(|| format!("{}: the day after is beyond the calendar", row.date))?;
    let lines = [
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}@{UID_DOMAIN}", row.key()),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", basic_date(row.date)),
        format!("DTEND;VALUE=DATE:{}", basic_date(next_day)),
        format!(
            "SUMMARY:{}",
            escape_text(&format!("{} ({})", row.what, row.clause()))
        ),
        "TRANSP:TRANSPARENT".to_string(),
        "END:VEVENT".to_string(),
    ];
    Ok(lines.iter().map(|line| fold(line)).collect())
}

/// The calendar of the given dates.
pub fn calendar_of(rows: &[DateRow], stamp: &str) -> Result<String, String> {
    if !is_utc_stamp(stamp) {
        return Err(format!(
            "stamp: \"{stamp}\" is not a UTC time stamp; allowed: YYYYMMDDTHHMMSSZ."
        ));
    }
    let mut text = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:{PRODUCT}"),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        text.push_str(&fold(line));
    }
    for row in rows {
        text.push_str(&event(row, stamp)?);
    }
    text.push_str(&fold("END:VCALENDAR"));
    Ok(text)
}

/// The calendar of a scenario's dates that matter, stamped `stamp` (such as
/// `20261121T120000Z`), or the message of a scenario beyond the model's range.
pub fn calendar(inputs: &crate::engine::msa::MsaInputs, stamp: &str) -> Result<String, String> {
    let run = crate::scenario::run::msa(inputs);
    let outcome = run.as_ref().as_ref().map_err(super::out_of_model_range)?;
    calendar_of(&outcome.dates, stamp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_folded() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let long = "x".repeat(200);
        let folded = fold(&long);
        assert!(folded
            .split("\r\n")
            .all(|line| line.len() <= MAX_LINE_OCTETS));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
        let accents = "é".repeat(100);
        let folded = fold(&accents);
        assert!(folded
            .split("\r\n")
            .all(|line| line.len() <= MAX_LINE_OCTETS));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), accents);
    }

    #[test]
    fn stamps_are_checked() {
        assert!(is_utc_stamp("20261121T120000Z"));
        assert!(!is_utc_stamp("2026-11-21T12:00:00Z"));
        assert!(!is_utc_stamp("20261121T120000"));
    }
}
