//! The Venture's figures: results, the monthly statement's columns and the cash
//! months' columns (`venture.md`, `links.md`), each with its accessor.

use super::{figure, target, Aim, Figure, Kind::*, Read};
use crate::scenario::output::{irr, m, opt, Scalar};
use rust_decimal::Decimal;

/// A whole number (minutes, a month number) as the output writes it.
fn int(n: impl TryInto<i64>) -> Scalar {
    Scalar::Int(n.try_into().unwrap_or(i64::MAX))
}

/// Minutes held as a decimal of whole minutes.
fn minutes(value: Decimal) -> Scalar {
    int(value.normalize().mantissa())
}

/// The results, in the order of `links.md`.
pub const RESULTS: &[Figure] = &[
    figure(
        "total_cost",
        "Total project cost",
        Money,
        Read::VentureResult(|o| m(o.results.total_cost)),
    ),
    figure(
        "thil_contribution",
        "THIL's payments for costs",
        Money,
        Read::VentureResult(|o| m(o.results.thil_contribution)),
    ),
    figure(
        "thil_percentage_share",
        "THIL Percentage Share",
        Fraction,
        Read::VentureResult(|o| Scalar::Decimal(o.results.thil_percentage_share)),
    ),
    figure(
        "loan",
        "Loan Fusion recoups",
        Money,
        Read::VentureResult(|o| m(o.results.loan)),
    ),
    figure(
        "retention_rate",
        "Retention rate",
        Fraction,
        Read::VentureResult(|o| Scalar::Decimal(o.results.retention_rate)),
    ),
    target(
        "recoup_month",
        "Loan recouped in month",
        MonthNumber,
        Aim::ByMonth,
        Read::VentureResult(|o| opt(o.results.recoup, |x| int(x.month))),
    ),
    figure(
        "recoup_calendar_month",
        "Loan recouped in",
        CalendarMonth,
        Read::VentureResult(|o| opt(o.results.recoup, |x| Scalar::Month(x.calendar_month))),
    ),
    figure(
        "recoup_settles",
        "Recoup settles in",
        CalendarMonth,
        Read::VentureResult(|o| opt(o.results.recoup, |x| Scalar::Month(x.settles))),
    ),
    figure(
        "loan_outstanding",
        "Loan outstanding at the end",
        Money,
        Read::VentureResult(|o| m(o.results.loan_outstanding)),
    ),
    target(
        "thil_total_received",
        "THIL receives in total",
        Money,
        Aim::AtLeast,
        Read::VentureResult(|o| m(o.results.thil_total_received)),
    ),
    target(
        "thil_net",
        "THIL net",
        Money,
        Aim::AtLeast,
        Read::VentureResult(|o| m(o.results.thil_net)),
    ),
    target(
        "thil_payback_month",
        "THIL payback (cash month)",
        CashMonth,
        Aim::ByMonth,
        Read::VentureResult(|o| opt(o.results.thil_payback_month, int)),
    ),
    target(
        "thil_npv",
        "THIL's NPV",
        Money,
        Aim::AtLeast,
        Read::VentureResult(|o| m(o.results.thil_npv)),
    ),
    figure(
        "thil_irr",
        "THIL IRR",
        RateAYear,
        Read::VentureResult(|o| opt(o.results.thil_irr, irr)),
    ),
    target(
        "termination_payment",
        "Cl. 6(10) payment to THIL",
        Money,
        Aim::AtLeast,
        Read::VentureResult(|o| opt(o.results.termination_payment, m)),
    ),
    target(
        "venture_revenue",
        "Venture revenue",
        Money,
        Aim::AtLeast,
        Read::VentureResult(|o| m(o.results.venture_revenue)),
    ),
    target(
        "venture_net_profit",
        "Venture Net Profit",
        Money,
        Aim::AtLeast,
        Read::VentureResult(|o| m(o.results.venture_net_profit)),
    ),
    figure(
        "breakeven_minutes",
        "Break-even minutes a month",
        Minutes,
        Read::VentureResult(|o| opt(o.results.breakeven_minutes, int)),
    ),
    target(
        "fusion_net_cash",
        "Fusion's net cash",
        Money,
        Aim::AtLeast,
        Read::VentureResult(|o| m(o.results.fusion_net_cash)),
    ),
    target(
        "fusion_fee_received",
        "Fusion fee received",
        Money,
        Aim::AtLeast,
        Read::VentureResult(|o| m(o.results.fusion_fee_received)),
    ),
    target(
        "thil_cash_at_recoup",
        "THIL's cash when the loan is recouped",
        Money,
        Aim::AtLeast,
        Read::VentureResult(|o| opt(o.results.thil_cash_at_recoup, m)),
    ),
];

/// The monthly statement's columns, in CSV order.
pub const ROWS: &[Figure] = &[
    figure(
        "month",
        "Month",
        MonthNumber,
        Read::VentureMonth(|r| int(r.month)),
    ),
    figure(
        "calendar_month",
        "Calendar month",
        CalendarMonth,
        Read::VentureMonth(|r| Scalar::Month(r.calendar_month)),
    ),
    figure(
        "minutes",
        "Minutes",
        Minutes,
        Read::VentureMonth(|r| minutes(r.minutes)),
    ),
    figure(
        "revenue",
        "Revenue",
        Money,
        Read::VentureMonth(|r| m(r.revenue)),
    ),
    figure(
        "termination",
        "Termination (PTCL)",
        Money,
        Read::VentureMonth(|r| m(r.termination)),
    ),
    figure(
        "fusion_fee",
        "Fusion fee",
        Money,
        Read::VentureMonth(|r| m(r.fusion_fee)),
    ),
    figure(
        "subcontractor_fee",
        "Sub-contractor fee",
        Money,
        Read::VentureMonth(|r| m(r.subcontractor_fee)),
    ),
    figure(
        "fiber",
        "Undersea fiber",
        Money,
        Read::VentureMonth(|r| m(r.fiber)),
    ),
    figure(
        "loops",
        "Local loops",
        Money,
        Read::VentureMonth(|r| m(r.loops)),
    ),
    figure(
        "budget",
        "Committee budget",
        Money,
        Read::VentureMonth(|r| m(r.budget)),
    ),
    figure(
        "amortization",
        "Amortization",
        Money,
        Read::VentureMonth(|r| m(r.amortization)),
    ),
    figure(
        "net_profit",
        "Net Profit",
        Money,
        Read::VentureMonth(|r| m(r.net_profit)),
    ),
    figure(
        "distributable",
        "Distributable",
        Money,
        Read::VentureMonth(|r| m(r.distributable)),
    ),
    figure(
        "thil_entitlement",
        "THIL entitlement",
        Money,
        Read::VentureMonth(|r| m(r.thil_entitlement)),
    ),
    figure(
        "retained",
        "Retained for the loan",
        Money,
        Read::VentureMonth(|r| m(r.retained)),
    ),
    figure(
        "thil_paid",
        "Paid to THIL",
        Money,
        Read::VentureMonth(|r| m(r.thil_paid)),
    ),
    figure(
        "thil_amortization",
        "Amortization to THIL",
        Money,
        Read::VentureMonth(|r| m(r.thil_amortization)),
    ),
    figure(
        "loan_balance",
        "Loan balance",
        Money,
        Read::VentureMonth(|r| m(r.loan_balance)),
    ),
];

/// The cash months' columns.
pub const CASH: &[Figure] = &[
    figure(
        "t",
        "Cash month",
        CashMonth,
        Read::VentureCash(|r| int(r.t)),
    ),
    figure(
        "calendar_month",
        "Calendar month",
        CalendarMonth,
        Read::VentureCash(|r| Scalar::Month(r.calendar_month)),
    ),
    figure(
        "thil",
        "THIL's cash",
        Money,
        Read::VentureCash(|r| m(r.thil)),
    ),
    figure(
        "fusion",
        "Fusion's cash",
        Money,
        Read::VentureCash(|r| m(r.fusion)),
    ),
    figure(
        "venture",
        "The Venture's cash",
        Money,
        Read::VentureCash(|r| m(r.venture)),
    ),
];
