//! The Note's repeated parameters: `paydown=DATE:AMOUNT` and `missed=DATE`, read
//! item by item and checked against the dates they depend on (where those are
//! valid), and written in canonical form (sorted by date).

use super::{date_min, position, AMOUNT_MAX};
use crate::engine::note::schedule::interest_dates;
use crate::engine::note::{NoteInputs, PayDown};
use crate::engine::{Date, Money};
use crate::scenario::query::{decode, encode};
use crate::scenario::values::{dec, read_date, write_decimal, DecimalSpec, Refusal};

/// A pay-down's amount: at least a cent.
pub const PAYDOWN_AMOUNT: DecimalSpec = DecimalSpec::new(2, dec(1, 2), AMOUNT_MAX, "$");
/// The latest date any list item may name: a demand that follows a `dated` in
/// 2099 falls in 2100.
pub fn list_date_max() -> Date {
    Date::known(2100, 12, 31)
}

/// The dates a pay-down must lie strictly between, where both are valid.
#[derive(Debug, Clone, Copy)]
pub struct PaydownRange {
    pub dated: Date,
    pub demand: Date,
}

impl PaydownRange {
    /// The range the inputs' dates give (read them only where they are valid).
    pub fn of(inputs: &NoteInputs) -> PaydownRange {
        PaydownRange {
            dated: inputs.dated,
            demand: inputs.demand_date(),
        }
    }
}

fn paydown_allowed(range: Option<PaydownRange>) -> String {
    let dates = match range {
        Some(PaydownRange { dated, demand }) => {
            format!("dated ({dated}) < DATE < demand ({demand})")
        }
        None => "dated < DATE < demand".to_string(),
    };
    format!("DATE:AMOUNT with {dates}, one pay-down per date, AMOUNT a number with at most 2 decimals from 0.01 to 100000000 $")
}

/// Reads one `DATE:AMOUNT` (split at the first raw colon, each field decoded).
pub fn read_paydown(raw: &str, range: Option<PaydownRange>) -> Result<PayDown, Refusal> {
    let allowed = || paydown_allowed(range);
    let Some((date, amount)) = raw.split_once(':') else {
        return Err(Refusal::new("is not DATE:AMOUNT", allowed()));
    };
    let field = |text: &str, name: &str| {
        decode(text)
            .ok_or_else(|| Refusal::new(format!("has a malformed escape in its {name}"), allowed()))
    };
    let date =
        read_date(&field(date, "date")?, date_min(), list_date_max()).map_err(|refusal| {
            Refusal::new(format!("has a date that {}", refusal.problem), allowed())
        })?;
    let amount = PAYDOWN_AMOUNT
        .read(&field(amount, "amount")?)
        .map_err(|refusal| {
            Refusal::new(format!("has an amount that {}", refusal.problem), allowed())
        })?;
    let amount = Money::round(amount)
        .map_err(|_| Refusal::new("has an amount that is out of range", allowed()))?;
    if let Some(PaydownRange { dated, demand }) = range {
        if date <= dated || date >= demand {
            return Err(Refusal::new(
                "has a date not strictly between the note date and the demand",
                allowed(),
            ));
        }
    }
    Ok(PayDown { date, amount })
}

/// `DATE:AMOUNT`, each field encoded.
pub fn write_paydown(paydown: &PayDown) -> String {
    format!(
        "{}:{}",
        encode(&paydown.date.to_string()),
        encode(&write_decimal(paydown.amount.amount()))
    )
}

/// The dates a missed date must be one of, where `dated`, `first` and `demand`
/// are valid.
#[derive(Debug, Clone, Copy)]
pub struct MissedRange {
    pub first: Date,
    pub demand: Date,
}

impl MissedRange {
    /// The range the inputs' dates give (read them only where they are valid).
    pub fn of(inputs: &NoteInputs) -> MissedRange {
        MissedRange {
            first: inputs.first_date(),
            demand: inputs.demand_date(),
        }
    }
}

fn missed_allowed(range: Option<MissedRange>) -> String {
    match range {
        Some(MissedRange { first, demand }) => {
            let dates = interest_dates(first, demand);
            let listed: Vec<String> = dates.iter().take(4).map(Date::to_string).collect();
            let more = if dates.len() > 4 { ", …" } else { "" };
            if dates.is_empty() {
                format!("none: no interest date falls before the demand ({demand})")
            } else {
                format!(
                    "a scheduled interest date before the demand ({demand}), each once: {}{more}",
                    listed.join(", ")
                )
            }
        }
        None => "a scheduled interest date before the demand, each once".to_string(),
    }
}

/// Reads one missed date.
pub fn read_missed(raw: &str, range: Option<MissedRange>) -> Result<Date, Refusal> {
    let allowed = || missed_allowed(range);
    let text = decode(raw).ok_or_else(|| Refusal::new("has a malformed escape", allowed()))?;
    let date = read_date(&text, date_min(), list_date_max())
        .map_err(|refusal| Refusal::new(refusal.problem, allowed()))?;
    if let Some(MissedRange { first, demand }) = range {
        if !interest_dates(first, demand).contains(&date) {
            return Err(Refusal::new(
                "is not a scheduled interest date before the demand",
                allowed(),
            ));
        }
    }
    Ok(date)
}

/// The repeated-date message of a list item.
pub fn repeated(param: &str, raw: &str, date: Date) -> String {
    let allowed = if param == "paydown" {
        "one pay-down per date"
    } else {
        "each date once"
    };
    Refusal::new(format!("repeats the date {date}"), allowed).message(param, raw)
}

/// Reads pay-downs item by item, each given as `(shown, raw)`: the text its
/// message quotes and the item as a link carries it. A date twice is refused;
/// once every item is read, their total is held to the principal where it is
/// known (`None`: the amount is invalid). Messages go to `errors` at
/// `paydown`'s place in the Inputs table; the pay-downs read come back sorted.
pub fn read_paydowns<'a>(
    items: impl IntoIterator<Item = (&'a str, &'a str)>,
    range: Option<PaydownRange>,
    principal: Option<Money>,
    errors: &mut Vec<(usize, String)>,
) -> Vec<PayDown> {
    let at = position("paydown");
    let mut paydowns: Vec<PayDown> = Vec::new();
    let mut all_read = true;
    for (shown, raw) in items {
        match read_paydown(raw, range) {
            Ok(item) if paydowns.iter().any(|p| p.date == item.date) => {
                all_read = false;
                errors.push((at, repeated("paydown", shown, item.date)));
            }
            Ok(item) => paydowns.push(item),
            Err(refusal) => {
                all_read = false;
                errors.push((at, refusal.message("paydown", shown)));
            }
        }
    }
    crate::engine::order::sort_small_by(&mut paydowns, |a, b| a < b);
    if let (true, Some(principal)) = (all_read, principal) {
        match Money::sum(paydowns.iter().map(|p| p.amount)) {
            Ok(total) if total <= principal => {}
            total => errors.push((
                at,
                format!(
                    "paydown: the pay-downs total {}, more than the principal; allowed: in total at most the principal ({principal}).",
                    total.map_or_else(|_| "more than 10^15".to_string(), |t| t.to_string()),
                ),
            )),
        }
    }
    paydowns
}

/// Reads missed interest dates item by item, each given as `(shown, raw)` (see
/// `read_paydowns`); a date twice is refused. Messages go to `errors` at
/// `missed`'s place; the dates read come back sorted.
pub fn read_missed_dates<'a>(
    items: impl IntoIterator<Item = (&'a str, &'a str)>,
    range: Option<MissedRange>,
    errors: &mut Vec<(usize, String)>,
) -> Vec<Date> {
    let at = position("missed");
    let mut missed: Vec<Date> = Vec::new();
    for (shown, raw) in items {
        match read_missed(raw, range) {
            Ok(date) if missed.contains(&date) => {
                errors.push((at, repeated("missed", shown, date)))
            }
            Ok(date) => missed.push(date),
            Err(refusal) => errors.push((at, refusal.message("missed", shown))),
        }
    }
    crate::engine::order::sort_small_by(&mut missed, |a, b| a < b);
    missed
}
