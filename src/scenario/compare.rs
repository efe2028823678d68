//! Two scenarios side by side (`links.md`, "The compare link"): reading and
//! writing `#/compare?v=1&a=PART&b=PART`, and the differences B − A of every
//! result and of the rows that line up, computed here so the page only shows them.

use super::link::{
    check_canonical_length, check_length, holder_params, once_each, read_link, route_and_query,
    write_link_with_risk, Link, LINK_VERSION,
};
use super::output::{DealOutput, Row, Scalar};
use super::query::{decode, encode, split_query};
use super::values::shorten;
use crate::engine::Money;

/// A compare link that was read: A, B, and the warnings about each.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareLink {
    pub a: Link,
    pub b: Link,
    pub warnings: Vec<String>,
}

/// Whether a link's route is `#/compare` (the rest may still be bad).
pub fn is_compare(text: &str) -> bool {
    route_and_query(text).0 == "/compare"
}

/// Reads one side: a canonical link part from `/`, percent-encoded once.
fn read_side(name: &str, values: &[Option<&str>]) -> Result<Link, Vec<String>> {
    match values {
        [] => Err(vec![format!("{name}: is missing; allowed: {name}=PART, a scenario's link part from '/' (such as /venture?v=1), percent-encoded.")]),
        [None] | [Some("")] => Err(vec![format!("{name}: is empty; allowed: a scenario's link part from '/', percent-encoded.")]),
        [Some(raw)] => {
            let Some(part) = decode(raw) else {
                return Err(vec![format!("{name}: \"{}\" is not percent-encoded correctly; allowed: a scenario's link part from '/', percent-encoded.", shorten(raw))]);
            };
            if !part.starts_with('/') || is_compare(&part) {
                return Err(vec![format!("{name}: \"{}\" is not a scenario's link part; allowed: /venture?…, /msa?… or /note?….", shorten(&part))]);
            }
            read_link(&part).map_err(|messages| messages.into_iter().map(|m| format!("{name}: {m}")).collect())
        }
        _ => Err(vec![format!("{name}: given {} times; allowed: once.", values.len())]),
    }
}

/// Reads a compare link (a full address, the part from `#`, or from `/`). Both
/// sides must be valid; every problem of either is reported, once. Like a
/// single link, it is refused when it or its canonical form (whose sides are
/// encoded twice) is longer than a link may be.
pub fn read_compare(text: &str) -> Result<CompareLink, Vec<String>> {
    check_length(text)?;
    let read = read_sides(text).map_err(once_each)?;
    check_canonical_length(&write_compare(&read.a, &read.b))?;
    Ok(CompareLink {
        warnings: once_each(read.warnings),
        ..read
    })
}

/// A compare link's two sides, read (its length is checked by `read_compare`).
fn read_sides(text: &str) -> Result<CompareLink, Vec<String>> {
    let (_, query) = route_and_query(text);
    let raw = split_query(query);
    let (mut errors, mut warnings) = holder_params(&raw, &["a", "b"]);
    let side = |name: &str| {
        raw.iter()
            .filter(|p| p.name == name)
            .map(|p| p.value)
            .collect::<Vec<_>>()
    };
    let a = read_side("a", &side("a"));
    let b = read_side("b", &side("b"));
    match (a, b) {
        (Ok(a), Ok(b)) if errors.is_empty() => {
            warnings.extend(a.warnings.iter().map(|w| format!("a: {w}")));
            warnings.extend(b.warnings.iter().map(|w| format!("b: {w}")));
            Ok(CompareLink { a, b, warnings })
        }
        (a, b) => {
            errors.extend(a.err().unwrap_or_default());
            errors.extend(b.err().unwrap_or_default());
            Err(errors)
        }
    }
}

/// The canonical compare link part from `#`: each side's canonical link, with
/// its risk view (`risk=`, `draws`, `seed`) where it carries one.
pub fn write_compare(a: &Link, b: &Link) -> String {
    let part = |side: &Link| {
        let link = write_link_with_risk(side);
        encode(link.strip_prefix('#').unwrap_or(&link))
    };
    format!("#/compare?v={LINK_VERSION}&a={}&b={}", part(a), part(b))
}

/// One figure of A and of B, with B − A where both are amounts or counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub key: &'static str,
    pub a: Scalar,
    pub b: Scalar,
    /// `None` where the figure is not a number (a date, a month) or is missing on a side.
    pub change: Option<Scalar>,
}

/// B − A of two typed values: money as money (exact, two decimals), counts as
/// counts, rates and fractions exactly; dates, words and missing values have none.
fn change_of(a: &Scalar, b: &Scalar) -> Option<Scalar> {
    match (a, b) {
        (Scalar::Int(a), Scalar::Int(b)) => b.checked_sub(*a).map(Scalar::Int),
        (Scalar::Money(a), Scalar::Money(b)) => b.checked_sub(*a).ok().map(Scalar::Money),
        (Scalar::Decimal(a), Scalar::Decimal(b)) => b.checked_sub(*a).map(Scalar::Decimal),
        (Scalar::Irr(a), Scalar::Irr(b)) => b.checked_sub(*a).map(Scalar::Irr),
        _ => None,
    }
}

fn value_of(row: &Row, key: &str) -> Scalar {
    row.iter()
        .find(|(k, _)| *k == key)
        .map_or(Scalar::Null, |(_, v)| v.clone())
}

/// Every result of A and B, in A's order (then any only B has), with B − A.
pub fn result_differences(a: &DealOutput, b: &DealOutput) -> Vec<Difference> {
    let mut keys: Vec<&'static str> = a.results.iter().map(|(k, _)| *k).collect();
    keys.extend(
        b.results
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| !a.results.iter().any(|(ka, _)| ka == k)),
    );
    keys.into_iter()
        .map(|key| {
            let (va, vb) = (value_of(&a.results, key), value_of(&b.results, key));
            Difference {
                key,
                change: change_of(&va, &vb),
                a: va,
                b: vb,
            }
        })
        .collect()
}

/// Row by row B − A of every numeric column, where the two tables line up (the
/// same deal and the same first column in every row: the Venture's months, the
/// MSA's invoice numbers, the Note's dates). `None` where they do not.
pub fn row_differences(a: &DealOutput, b: &DealOutput) -> Option<Vec<Row>> {
    let first = a.row_keys.first()?;
    let lined_up = a.model == b.model
        && a.rows.len() == b.rows.len()
        && a.rows
            .iter()
            .zip(&b.rows)
            .all(|(ra, rb)| value_of(ra, first) == value_of(rb, first));
    if !lined_up {
        return None;
    }
    Some(
        a.rows
            .iter()
            .zip(&b.rows)
            .map(|(ra, rb)| {
                a.row_keys
                    .iter()
                    .map(|&key| {
                        let (va, vb) = (value_of(ra, key), value_of(rb, key));
                        // A label column (a calendar month, a date) that is the same on both sides stays.
                        let value = match change_of(&va, &vb) {
                            _ if key == *first => va,
                            Some(difference) => difference,
                            None if va == vb => va,
                            None => Scalar::Null,
                        };
                        (key, value)
                    })
                    .collect()
            })
            .collect(),
    )
}

fn money_of(row: &Row, key: &str) -> Option<Money> {
    value_of(row, key).money()
}

/// Running totals of `(label, amount)` points; `None` on an overflow.
fn running(points: impl IntoIterator<Item = (String, Money)>) -> Option<Vec<(String, Money)>> {
    let mut total = Money::ZERO;
    let mut curve = Vec::new();
    for (label, amount) in points {
        total = total.checked_add(amount).ok()?;
        curve.push((label, total));
    }
    Some(curve)
}

/// The cash curve that compares two scenarios of a deal, with its title: THIL's
/// cumulative cash (the Venture), TWW's cumulative invoices and any termination
/// charge (the MSA), Fusion's cumulative payments to the lender, the payoff last
/// (the Note).
pub fn cash_curve(output: &DealOutput) -> Option<(&'static str, Vec<(String, Money)>)> {
    let label = |row: &Row, key: &str| value_of(row, key).text();
    match output.model {
        "venture" => {
            let cash = output.tables.iter().find(|(name, _)| *name == "cash")?;
            let points = cash
                .1
                .iter()
                .map(|row| Some((label(row, "calendar_month"), money_of(row, "thil")?)));
            running(points.collect::<Option<Vec<_>>>()?).map(|c| ("THIL's cumulative cash", c))
        }
        "msa" => {
            let mut points: Vec<(String, Money)> = output
                .rows
                .iter()
                .map(|row| Some((label(row, "date"), money_of(row, "amount")?)))
                .collect::<Option<_>>()?;
            if let Some(charge) = output
                .results
                .iter()
                .find(|(k, _)| *k == "termination_charge")
                .and_then(|_| money_of(&output.results, "termination_charge"))
            {
                points.push(("termination charge".to_string(), charge));
            }
            running(points).map(|c| ("TWW's cumulative charges", c))
        }
        "note" => {
            // Paid interest dates, the principal paid down in each period (the drop
            // in the principal outstanding to the next period, or to the payoff),
            // and the payoff.
            let mut points: Vec<(String, Money)> = Vec::new();
            for (index, row) in output.rows.iter().enumerate() {
                if value_of(row, "paid") == Scalar::Bool(true) {
                    points.push((label(row, "date"), money_of(row, "due")?));
                }
                let next = match output.rows.get(index + 1) {
                    Some(next) => money_of(next, "principal")?,
                    None => money_of(&output.results, "payoff_principal")?,
                };
                let paid_down = money_of(row, "principal")?.checked_sub(next).ok()?;
                if !paid_down.is_zero() {
                    points.push((format!("paid down by {}", label(row, "date")), paid_down));
                }
            }
            if output.rows.is_empty() {
                let paid_down = money_of(&output.results, "principal")?
                    .checked_sub(money_of(&output.results, "payoff_principal")?)
                    .ok()?;
                if !paid_down.is_zero() {
                    points.push(("paid down".to_string(), paid_down));
                }
            }
            points.push(("payoff".to_string(), money_of(&output.results, "payoff")?));
            running(points).map(|c| ("Fusion's cumulative payments to the lender", c))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(text: &str) -> Scalar {
        Scalar::Money(Money::round(text.parse().unwrap()).unwrap())
    }

    fn rate(text: &str) -> Scalar {
        Scalar::Decimal(text.parse().unwrap())
    }

    #[test]
    fn rates_are_not_money() {
        assert_eq!(change_of(&rate("4.75"), &rate("5.25")), Some(rate("0.5")));
        assert_eq!(
            change_of(&rate("4.75"), &rate("5.25")).unwrap().text(),
            "0.5"
        );
        assert_eq!(
            change_of(&money("4.75"), &money("5.25")).unwrap().text(),
            "0.50"
        );
        let Err(messages) = read_compare("#/compare?v&a=%2Fventure&b=%2Fventure") else {
            panic!("read")
        };
        assert!(messages[0].starts_with("v: has no value"), "{messages:?}");
    }

    #[test]
    fn changes_keep_the_output_forms() {
        assert_eq!(
            change_of(&money("100.00"), &money("75.50")),
            Some(money("-24.50"))
        );
        assert_eq!(
            change_of(&rate("0.185"), &rate("0.2")).unwrap().text(),
            "0.015"
        );
        assert_eq!(
            change_of(&Scalar::Int(6), &Scalar::Int(4)),
            Some(Scalar::Int(-2))
        );
        let date = |text: &str| Scalar::Text(text.to_string());
        assert_eq!(change_of(&date("2003-06-16"), &date("2003-06-17")), None);
        assert_eq!(change_of(&Scalar::Null, &Scalar::Int(4)), None);
        assert_eq!(
            change_of(&money("5.00"), &money("5.00")),
            Some(money("0.00"))
        );
    }
}
