//! The MSA's link parameters (`links.md`, the Inputs table of `msa.md`): reading
//! a link into [`MsaInputs`] with every error collected, writing the canonical
//! form, and one field's text for the form.

pub mod edit;
pub mod fields;
pub mod ics;
pub mod output;

use super::query::{decode, encode};
use super::values::*;
use crate::engine::msa::{
    invoices_shown, schedule, Billing, Cause, LateConvention, MsaError, MsaInputs,
};
use crate::engine::{Date, Money};

/// The parameters in the order of the Inputs table (the canonical order).
pub const PARAMS: &[&str] = &[
    "tendered", "accept", "termm", "ext", "mrc", "nrc", "bill", "due", "commit", "paid", "stop",
    "cause", "late", "lawful", "latec", "lateinv", "latedays", "notice",
];
/// The parameters that may repeat.
pub const LISTS: &[&str] = &[];

/// The earliest date an input may hold.
pub fn date_min() -> Date {
    Date::known(1990, 1, 1)
}

/// The latest date an input may hold.
pub fn date_max() -> Date {
    Date::known(2099, 12, 31)
}
pub const TERM_MONTHS: DecimalSpec = DecimalSpec::new(0, dec(12, 0), dec(60, 0), "months");
pub const EXTENSIONS: DecimalSpec =
    DecimalSpec::new(0, dec(0, 0), dec(5, 0), "one-year extensions");
pub const MRC: DecimalSpec = DecimalSpec::new(2, dec(0, 0), dec(100_000_000, 0), "$ a month");
pub const NRC: DecimalSpec = DecimalSpec::new(2, dec(0, 0), dec(100_000_000, 0), "$");
pub const DUE_DAYS: DecimalSpec = DecimalSpec::new(0, dec(0, 0), dec(90, 0), "days");
pub const COMMITMENT: DecimalSpec = DecimalSpec::new(2, dec(0, 0), dec(10_000_000_000, 0), "$");
pub const RATE: DecimalSpec = DecimalSpec::new(2, dec(0, 0), dec(10, 0), "% a month");
pub const LATE_DAYS: DecimalSpec = DecimalSpec::new(0, dec(0, 0), dec(3650, 0), "days");

pub const BILLING: &[(&str, Billing)] = &[
    ("monthly", Billing::Monthly),
    ("quarterly", Billing::Quarterly),
    ("annually", Billing::Annually),
];
pub const CAUSES: &[(&str, Cause)] = &[
    ("voluntary", Cause::Voluntary),
    ("provider-breach", Cause::ProviderBreach),
];
pub const CONVENTIONS: &[(&str, LateConvention)] = &[
    ("daily365", LateConvention::Daily365),
    ("permonth", LateConvention::PerMonth),
    ("days30", LateConvention::Days30),
];

/// The parameters whose range depends on others: read after those.
const DEPENDENT: &[&str] = &["accept", "stop", "lateinv"];

/// The inputs whose value drives the amounts (named when an amount leaves the model's range).
const AMOUNT_DRIVERS: &str = "mrc, nrc, termm, ext, bill";

fn whole(value: rust_decimal::Decimal) -> u32 {
    u32::try_from(value.normalize().mantissa()).unwrap_or(u32::MAX)
}

fn money(spec: &DecimalSpec, raw: &str) -> Result<Money, Refusal> {
    let value = spec.read(raw)?;
    Money::round(value).map_err(|_| Refusal::new("is out of range", spec.allowed()))
}

fn optional_date(raw: &str) -> Result<Date, Refusal> {
    read_date(raw, date_min(), date_max())
}

/// Sets one field whose range does not depend on another.
fn set_independent(inputs: &mut MsaInputs, param: &str, raw: &str) -> Result<(), Refusal> {
    match param {
        "tendered" => inputs.tendered = read_date(raw, date_min(), date_max())?,
        "termm" => inputs.term_months = whole(TERM_MONTHS.read(raw)?),
        "ext" => inputs.extensions = whole(EXTENSIONS.read(raw)?),
        "mrc" => inputs.mrc = money(&MRC, raw)?,
        "nrc" => inputs.nrc = money(&NRC, raw)?,
        "bill" => inputs.billing = read_choice(raw, BILLING)?,
        "due" => inputs.due_days = whole(DUE_DAYS.read(raw)?),
        "commit" => inputs.commit = Some(money(&COMMITMENT, raw)?),
        "paid" => inputs.paid = Some(money(&COMMITMENT, raw)?),
        "cause" => inputs.cause = read_choice(raw, CAUSES)?,
        "late" => inputs.late_pct = RATE.read(raw)?,
        "lawful" => inputs.lawful_pct = Some(RATE.read(raw)?),
        "latec" => inputs.late_convention = read_choice(raw, CONVENTIONS)?,
        "latedays" => inputs.late_days = whole(LATE_DAYS.read(raw)?),
        "notice" => inputs.notice = Some(optional_date(raw)?),
        _ => {
            return Err(Refusal::new(
                "is not an MSA input",
                "one of the MSA's parameters",
            ))
        }
    }
    Ok(())
}

/// `accept`: on or after `tendered` (when `tendered` is valid), to 2099-12-31.
fn read_accept(raw: &str, tendered: Option<Date>) -> Result<Date, Refusal> {
    match tendered {
        Some(tendered) => read_date(raw, tendered.max(date_min()), date_max()).map_err(|r| {
            Refusal::new(
                r.problem,
                format!(
                    "a date written YYYY-MM-DD on or after `tendered` ({tendered}), to {}",
                    date_max()
                ),
            )
        }),
        None => read_date(raw, date_min(), date_max()),
    }
}

/// `stop`: after the Acceptance Date, within the Service Term (when the inputs
/// that fix the term are valid; else only its form is checked).
fn read_stop(raw: &str, scheduled: Option<&MsaInputs>) -> Result<Date, Refusal> {
    let any_date = read_date(raw, Date::known(1, 1, 1), Date::known(9999, 12, 31))?;
    let Some(inputs) = scheduled else {
        return Ok(any_date);
    };
    let Ok(term) = crate::engine::msa::schedule::term(inputs) else {
        return Ok(any_date);
    };
    if any_date <= term.start || any_date > term.end {
        return Err(Refusal::new(
            "is outside the Service Term",
            format!(
                "a date after the Acceptance Date (`accept` {}) and on or before the Service Term's end ({}, from `termm` and `ext`)",
                term.start, term.end
            ),
        ));
    }
    Ok(any_date)
}

/// `lateinv`: a whole number from 1 to the number of invoices shown (when the
/// inputs that fix the schedule are valid; else only its form is checked).
fn read_late_invoice(raw: &str, scheduled: Option<&MsaInputs>) -> Result<u32, Refusal> {
    let shown = scheduled.and_then(|inputs| invoices_shown(inputs).ok());
    let max = shown.map_or(u32::MAX, |count| count.max(1));
    let unit = if scheduled.is_some_and(|inputs| inputs.stop.is_some()) {
        "(an invoice shown: those dated on or before `stop`)"
    } else {
        "(an invoice of the Service Term)"
    };
    let spec = DecimalSpec::new(0, dec(1, 0), dec(i64::from(max), 0), unit);
    Ok(whole(spec.read(raw)?))
}

/// Reads the grouped parameters of a link (`v` already handled): the inputs and
/// the warnings, or one message per bad parameter in table order. A scenario
/// beyond the model's range is refused here too.
pub fn read_params(
    params: &[(String, Vec<&str>)],
) -> Result<(MsaInputs, Vec<String>), Vec<String>> {
    let mut inputs = MsaInputs::defaults();
    let mut errors: Vec<(usize, String)> = Vec::new();
    let position = |param: &str| {
        PARAMS
            .iter()
            .position(|p| *p == param)
            .unwrap_or(usize::MAX)
    };
    let value_of = |param: &str| match params
        .iter()
        .find(|(name, _)| name == param)
        .map(|(_, values)| values.as_slice())
    {
        Some(&[raw]) => Some(raw),
        _ => None,
    };
    let mut invalid: Vec<&'static str> = Vec::new();
    let mut refuse =
        |param: &'static str, raw: &str, refusal: Refusal, invalid: &mut Vec<&'static str>| {
            errors.push((position(param), refusal.message(param, raw)));
            invalid.push(param);
        };
    let decoded = |raw: &str| {
        decode(raw).ok_or_else(|| {
            Refusal::new(
                "has a malformed escape",
                "percent-escapes of two hex digits",
            )
        })
    };

    for &param in PARAMS.iter().filter(|p| !DEPENDENT.contains(p)) {
        let Some(raw) = value_of(param) else { continue };
        if let Err(refusal) =
            decoded(raw).and_then(|text| set_independent(&mut inputs, param, &text))
        {
            refuse(param, raw, refusal, &mut invalid);
        }
    }
    // A repeated parameter (refused by the caller) is invalid for what depends on it.
    for &param in PARAMS {
        if params
            .iter()
            .any(|(name, values)| name == param && values.len() != 1)
        {
            invalid.push(param);
        }
    }

    if let Some(raw) = value_of("accept") {
        let tendered = (!invalid.contains(&"tendered")).then_some(inputs.tendered);
        match decoded(raw).and_then(|text| read_accept(&text, tendered)) {
            Ok(date) => inputs.accept = Some(date),
            Err(refusal) => refuse("accept", raw, refusal, &mut invalid),
        }
    }
    let term_valid = !["tendered", "accept", "termm", "ext"]
        .iter()
        .any(|p| invalid.contains(p));
    if let Some(raw) = value_of("stop") {
        let scheduled = term_valid.then_some(&inputs);
        match decoded(raw).and_then(|text| read_stop(&text, scheduled)) {
            Ok(date) => inputs.stop = Some(date),
            Err(refusal) => refuse("stop", raw, refusal, &mut invalid),
        }
    }
    let schedule_valid = term_valid && !["bill", "stop"].iter().any(|p| invalid.contains(p));
    if let Some(raw) = value_of("lateinv") {
        let scheduled = schedule_valid.then_some(&inputs);
        match decoded(raw).and_then(|text| read_late_invoice(&text, scheduled)) {
            Ok(number) => inputs.late_invoice = Some(number),
            Err(refusal) => refuse("lateinv", raw, refusal, &mut invalid),
        }
    }

    if errors.is_empty() {
        if let Err(error) = crate::scenario::run::msa(&inputs).as_ref() {
            errors.push((position("mrc"), out_of_model_range(error)));
        }
    }
    if errors.is_empty() {
        Ok((inputs, Vec::new()))
    } else {
        crate::engine::order::sort_small_by_key(&mut errors, |(index, _)| *index);
        Err(errors.into_iter().map(|(_, message)| message).collect())
    }
}

/// The message for a scenario the model cannot compute, naming the inputs that drive it.
pub fn out_of_model_range(error: &MsaError) -> String {
    match error {
        MsaError::AmountTooLarge => format!("{AMOUNT_DRIVERS}: an amount would exceed 10^15; allowed: amounts up to 10^15 (lower mrc or nrc, or shorten the term)."),
        MsaError::DateOutOfRange => "tendered, accept, termm, ext: a date would leave the calendar; allowed: dates up to 9999-12-31.".to_string(),
        MsaError::StopOutsideTerm => "stop: is outside the Service Term; allowed: a date after the Acceptance Date, within the Service Term.".to_string(),
        MsaError::LateInvoiceNotShown { number, shown } => format!("lateinv: \"{number}\" is not among the invoices shown; allowed: a whole number from 1 to {shown}."),
    }
}

/// The recurring charges of the Commitment Period: what `commit` and `paid` follow.
pub fn commitment_charges(inputs: &MsaInputs) -> Option<Money> {
    let (term, invoices) = schedule(inputs).ok()?;
    crate::engine::msa::commitment::period_charges(&invoices, &term).ok()
}

fn opt_text<T>(value: Option<T>, write: impl FnOnce(T) -> String) -> String {
    value.map(write).unwrap_or_default()
}

/// What the form's box for `param` shows: the value in force as link text
/// (a following default shows the value it follows to; "" for none).
pub fn field_text(inputs: &MsaInputs, param: &str) -> String {
    let amount = |money: Money| write_decimal(money.amount());
    match param {
        "tendered" => inputs.tendered.to_string(),
        "accept" => opt_text(inputs.acceptance(), |date| date.to_string()),
        "termm" => inputs.term_months.to_string(),
        "ext" => inputs.extensions.to_string(),
        "mrc" => amount(inputs.mrc),
        "nrc" => amount(inputs.nrc),
        "bill" => write_choice(&inputs.billing, BILLING).to_string(),
        "due" => inputs.due_days.to_string(),
        "commit" => opt_text(inputs.commit.or_else(|| commitment_charges(inputs)), amount),
        "paid" => opt_text(inputs.paid.or_else(|| commitment_charges(inputs)), amount),
        "stop" => opt_text(inputs.stop, |date| date.to_string()),
        "cause" => write_choice(&inputs.cause, CAUSES).to_string(),
        "late" => write_decimal(inputs.late_pct),
        "lawful" => opt_text(inputs.lawful_pct, write_decimal),
        "latec" => write_choice(&inputs.late_convention, CONVENTIONS).to_string(),
        "lateinv" => opt_text(inputs.late_invoice, |n| n.to_string()),
        "latedays" => inputs.late_days.to_string(),
        "notice" => opt_text(inputs.notice, |date| date.to_string()),
        _ => String::new(),
    }
}

/// The canonical parameters (`v` excluded), in table order, values encoded: a
/// following input whenever set explicitly, a fixed-default one where it differs.
pub fn write_params(inputs: &MsaInputs) -> Vec<(&'static str, String)> {
    let defaults = MsaInputs::defaults();
    let mut written = Vec::new();
    for &param in PARAMS {
        let explicit = match param {
            "accept" => Some(inputs.accept.is_some()),
            "commit" => Some(inputs.commit.is_some()),
            "paid" => Some(inputs.paid.is_some()),
            _ => None,
        };
        let write = match explicit {
            Some(set) => set,
            None => field_text(inputs, param) != field_text(&defaults, param),
        };
        if write {
            written.push((param, encode(&field_text(inputs, param))));
        }
    }
    written
}
