//! The query string of a link: splitting into parameters, strict percent-decoding
//! (a malformed escape is an error, `+` is a space) and the encoding that the
//! canonical form writes.
//!
//! `percent-encoding` does the byte work; its decoder passes malformed escapes
//! through unchanged, so they are detected here first.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Every byte except `A–Z a–z 0–9 - . _ ~` is encoded (upper-case hex).
const LINK_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Encodes one value (or one field of a list item) for a link.
pub fn encode(value: &str) -> String {
    utf8_percent_encode(value, LINK_VALUE).to_string()
}

/// Decodes one value once: `+` is a space; `%` must start two hex digits; the
/// result must be UTF-8. `None` when malformed.
pub fn decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    let spaced = raw.replace('+', " ");
    percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(|text| text.into_owned())
}

/// One `name=value` segment as written (value still encoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawParam<'a> {
    pub name: String,
    /// `None` when the segment has no `=`.
    pub value: Option<&'a str>,
}

/// Splits a query string at `&`, skipping empty segments.
pub fn split_query(query: &str) -> Vec<RawParam<'_>> {
    query
        .split('&')
        .filter(|segment| !segment.is_empty())
        .map(|segment| match segment.split_once('=') {
            Some((name, value)) => RawParam {
                name: decode(name).unwrap_or_else(|| name.to_string()),
                value: Some(value),
            },
            None => RawParam {
                name: decode(segment).unwrap_or_else(|| segment.to_string()),
                value: None,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_strictly() {
        assert_eq!(
            decode("Second%20gateway").as_deref(),
            Some("Second gateway")
        );
        assert_eq!(decode("a+b").as_deref(), Some("a b"));
        assert_eq!(decode("%3A").as_deref(), Some(":"));
        assert_eq!(decode("%G1"), None);
        assert_eq!(decode("50%"), None);
        assert_eq!(decode("%4"), None);
        assert_eq!(decode("%FF"), None, "not UTF-8");
        assert_eq!(decode("%C3%A9").as_deref(), Some("é"));
    }

    #[test]
    fn encodes_all_but_unreserved() {
        assert_eq!(encode("Second gateway"), "Second%20gateway");
        assert_eq!(encode("a:b/c~d_e.f-g"), "a%3Ab%2Fc~d_e.f-g");
        assert_eq!(encode("é+"), "%C3%A9%2B");
    }

    #[test]
    fn splits_and_skips_empty_segments() {
        let params = split_query("&&v=1&min=&x&");
        let names: Vec<_> = params.iter().map(|p| (p.name.as_str(), p.value)).collect();
        assert_eq!(
            names,
            vec![("v", Some("1")), ("min", Some("")), ("x", None)]
        );
    }
}
