//! Reading a figure key (`rows[N].KEY`, `results.KEY`, `TABLE[N].KEY`) for any
//! deal, apart from the explanations because it only reads text.

/// A figure key, read.
pub enum Key<'a> {
    Row(usize, &'a str),
    Result(&'a str),
    /// A row of a further table: `dates[3].date` is `Table("dates", 3, "date")`.
    Table(&'a str, usize, &'a str),
}

/// Reads `rows[N].KEY`, `results.KEY` or `TABLE[N].KEY` (any deal).
pub fn parse_key(key: &str) -> Option<Key<'_>> {
    if let Some(name) = key.strip_prefix("results.") {
        return Some(Key::Result(name));
    }
    let (table, rest) = key.split_once('[')?;
    let (index, name) = rest.split_once("].")?;
    if index.is_empty()
        || !index.bytes().all(|b| b.is_ascii_digit())
        || (index.len() > 1 && index.starts_with('0'))
    {
        return None;
    }
    let index = index.parse().ok()?;
    Some(if table == "rows" {
        Key::Row(index, name)
    } else {
        Key::Table(table, index, name)
    })
}
