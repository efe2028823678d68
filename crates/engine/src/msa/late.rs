//! Late-payment interest on one invoice (cl. 6(c); `msa.md`, "Late payment"):
//! the lower of the contract's monthly rate and the lawful one, counted by one of
//! three conventions, rounded once.

use super::inputs::{LateConvention, MsaInputs};
use super::schedule::Invoice;
use super::MsaError;
use crate::{Date, Money, Overflow};
use rust_decimal::Decimal;

/// Interest on one invoice paid late, with what it is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LateInterest {
    /// The invoice's number.
    pub invoice: u32,
    /// The invoice's whole amount.
    pub amount: Money,
    pub due: Date,
    /// The due date + `latedays`.
    pub paid_on: Date,
    pub days: u32,
    /// min(`late`, `lawful`), percent a month.
    pub monthly_pct: Decimal,
    pub convention: LateConvention,
    /// Under `permonth`, the months charged: the least n with due + n months ≥ paid.
    pub months_charged: u32,
    pub interest: Money,
}

/// The least n ≥ 0 with (`due` + n months) ≥ `paid_on` (adding months clamps to
/// the month's end).
pub fn months_started(due: Date, paid_on: Date) -> Result<u32, MsaError> {
    let mut n: u32 = 0;
    loop {
        let months = i32::try_from(n).map_err(|_| MsaError::DateOutOfRange)?;
        let date = due.plus_months(months).ok_or(MsaError::DateOutOfRange)?;
        if date >= paid_on {
            return Ok(n);
        }
        n = n.checked_add(1).ok_or(MsaError::DateOutOfRange)?;
    }
}

/// The interest on `invoice` paid `days` days late at `monthly_pct` % a month.
pub fn interest(
    invoice: &Invoice,
    days: u32,
    monthly_pct: Decimal,
    convention: LateConvention,
) -> Result<LateInterest, MsaError> {
    let paid_on = invoice
        .due
        .plus_days(i64::from(days))
        .ok_or(MsaError::DateOutOfRange)?;
    let months_charged = months_started(invoice.due, paid_on)?;
    let amount_times_rate = invoice
        .amount
        .amount()
        .checked_mul(monthly_pct)
        .ok_or(Overflow)?;
    let d = Decimal::from(days);
    let interest = match convention {
        // amount × rate/100 × 12 × d / 365
        LateConvention::Daily365 => Money::fraction(
            amount_times_rate,
            d * Decimal::from(12),
            Decimal::from(36_500),
        )?,
        // amount × rate/100 × n
        LateConvention::PerMonth => Money::fraction(
            amount_times_rate,
            Decimal::from(months_charged),
            Decimal::ONE_HUNDRED,
        )?,
        // amount × rate/100 × d / 30
        LateConvention::Days30 => Money::fraction(amount_times_rate, d, Decimal::from(3_000))?,
    };
    Ok(LateInterest {
        invoice: invoice.number,
        amount: invoice.amount,
        due: invoice.due,
        paid_on,
        days,
        monthly_pct,
        convention,
        months_charged,
        interest,
    })
}

/// The late interest of the inputs: on invoice `lateinv` among those shown.
pub fn late_interest(
    inputs: &MsaInputs,
    shown: &[Invoice],
) -> Result<Option<LateInterest>, MsaError> {
    let Some(number) = inputs.late_invoice else {
        return Ok(None);
    };
    let invoice = shown
        .iter()
        .find(|invoice| invoice.number == number)
        .ok_or(MsaError::LateInvoiceNotShown {
            number,
            shown: u32::try_from(shown.len()).unwrap_or(u32::MAX),
        })?;
    interest(
        invoice,
        inputs.late_days,
        inputs.applied_late_pct(),
        inputs.late_convention,
    )
    .map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u32, day: u32) -> Date {
        Date::new(year, month, day).unwrap()
    }

    #[test]
    fn started_months_count_from_the_due_date() {
        assert_eq!(months_started(d(2003, 8, 1), d(2003, 8, 1)).unwrap(), 0);
        assert_eq!(months_started(d(2003, 8, 1), d(2003, 8, 2)).unwrap(), 1);
        assert_eq!(months_started(d(2003, 8, 1), d(2003, 9, 1)).unwrap(), 1);
        assert_eq!(months_started(d(2003, 8, 1), d(2003, 9, 15)).unwrap(), 2);
        // From the 31st, a month later is the shorter month's last day.
        assert_eq!(months_started(d(2003, 1, 31), d(2003, 2, 28)).unwrap(), 1);
        assert_eq!(months_started(d(2003, 1, 31), d(2003, 3, 1)).unwrap(), 2);
    }
}
