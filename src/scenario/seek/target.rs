//! Goal-seek targets (`KEY=X`): which results may be targets, and what meeting
//! one means — a month is met when it is reached by month X, money when it is
//! at least X. A result that does not exist (null) never meets.

use crate::scenario::catalogue::{self, Aim};
use crate::scenario::output::Scalar;
use crate::scenario::values::{read_decimal, shorten};
use rust_decimal::Decimal;

/// The largest month a month target may name, and the largest amount.
const MAX_MONTH: i64 = 1_000;
const MAX_AMOUNT: i64 = 1_000_000_000_000_000;

/// The result keys of a deal (`venture`, `msa`, `note`), in `links.md` order.
pub fn result_keys(model: &str) -> Vec<&'static str> {
    catalogue::deal_of_model(model)
        .map_or_else(Vec::new, |deal| catalogue::keys(catalogue::results(deal)))
}

/// The results of a deal that a goal seek may aim at in one way.
fn aimed(model: &str, aim: Aim) -> Vec<&'static str> {
    catalogue::deal_of_model(model)
        .map(catalogue::results)
        .unwrap_or_default()
        .iter()
        .filter(|figure| figure.aim == aim)
        .map(|figure| figure.key)
        .collect()
}

fn month_keys(model: &str) -> Vec<&'static str> {
    aimed(model, Aim::ByMonth)
}

fn money_keys(model: &str) -> Vec<&'static str> {
    aimed(model, Aim::AtLeast)
}

/// The result keys a goal seek may target for a deal: months first, then amounts.
pub fn target_keys(model: &str) -> Vec<&'static str> {
    let mut keys = month_keys(model);
    keys.extend(money_keys(model));
    keys
}

/// What a result must reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Goal {
    /// A month index at most this one (recouped by month N).
    ByMonth(i64),
    /// An amount of at least this many dollars.
    AtLeast(Decimal),
}

/// A target as given (`recoup_month=6`), read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub key: &'static str,
    pub goal: Goal,
}

impl Target {
    /// Whether a result meets the target: null (or anything not of the goal's
    /// kind) never does.
    pub fn met_by(&self, result: &Scalar) -> bool {
        match (self.goal, result) {
            (Goal::ByMonth(by), Scalar::Int(month)) => *month <= by,
            (Goal::AtLeast(least), Scalar::Money(amount)) => amount.amount() >= least,
            _ => false,
        }
    }
}

/// Reads `KEY=X` for a deal: a month target takes a whole number, a money
/// target an amount with at most 2 decimals (it may be negative: an NPV).
pub fn read_target(model: &str, text: &str) -> Result<Target, String> {
    let allowed_keys = || target_keys(model).join(", ");
    let Some((key, raw)) = text.split_once('=') else {
        return Err(format!(
            "--target: \"{}\" is not KEY=VALUE; allowed: KEY=VALUE with KEY one of {}.",
            shorten(text),
            allowed_keys()
        ));
    };
    if let Some(key) = month_keys(model).iter().find(|k| **k == key) {
        let allowed =
            format!("a whole month number from 0 to {MAX_MONTH} (met when {key} is at most it)");
        let month = read_decimal(raw)
            .ok()
            .filter(|m| {
                m.fract().is_zero() && *m >= Decimal::ZERO && *m <= Decimal::from(MAX_MONTH)
            })
            .and_then(|m| i64::try_from(m).ok())
            .ok_or_else(|| {
                format!(
                    "--target: {key}=\"{}\" is not a month; allowed: {allowed}.",
                    shorten(raw)
                )
            })?;
        return Ok(Target {
            key,
            goal: Goal::ByMonth(month),
        });
    }
    if let Some(key) = money_keys(model).iter().find(|k| **k == key) {
        let allowed = format!("an amount with at most 2 decimals, at most 10^15 either way (met when {key} is at least it)");
        let amount = read_decimal(raw)
            .ok()
            .filter(|x| x.normalize().scale() <= 2 && x.abs() <= Decimal::from(MAX_AMOUNT))
            .ok_or_else(|| {
                format!(
                    "--target: {key}=\"{}\" is not an amount; allowed: {allowed}.",
                    shorten(raw)
                )
            })?;
        return Ok(Target {
            key,
            goal: Goal::AtLeast(amount.normalize()),
        });
    }
    let problem = if result_keys(model).contains(&key) {
        "is not a result a target can be set on"
    } else {
        "is not a result of the deal"
    };
    Err(format!(
        "--target: {} {problem} ({model}); allowed: {}.",
        shorten(key),
        allowed_keys()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Money;

    fn money(text: &str) -> Money {
        Money::round(text.parse().unwrap()).unwrap()
    }

    #[test]
    fn months_are_met_by_month_n_and_money_from_x_up() {
        let by6 = read_target("venture", "recoup_month=6").unwrap();
        assert!(by6.met_by(&Scalar::Int(6)));
        assert!(by6.met_by(&Scalar::Int(1)));
        assert!(!by6.met_by(&Scalar::Int(7)));
        assert!(!by6.met_by(&Scalar::Null));
        let npv = read_target("venture", "thil_npv=-100.5").unwrap();
        assert!(npv.met_by(&Scalar::Money(money("-100.50"))));
        assert!(!npv.met_by(&Scalar::Money(money("-100.51"))));
    }

    #[test]
    fn bad_targets_name_the_key() {
        assert!(read_target("venture", "breakeven_minutes=5")
            .unwrap_err()
            .contains("is not a result a target"));
        assert!(read_target("venture", "nope=5")
            .unwrap_err()
            .contains("recoup_month, thil_payback_month"));
        assert!(read_target("venture", "recoup_month=6.5").is_err());
        assert!(read_target("venture", "thil_npv=1.005").is_err());
        assert!(read_target("venture", "thil_npv").is_err());
        assert!(read_target("msa", "total_charges=100").is_ok());
    }
}
