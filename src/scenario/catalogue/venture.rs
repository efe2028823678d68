//! The Venture's figures: results, the monthly statement's columns and the cash
//! months' columns (`venture.md`, `links.md`).

use super::{figure, target, Aim, Figure, Kind::*};

/// The results, in the order of `links.md`.
pub const RESULTS: &[Figure] = &[
    figure("total_cost", "Total project cost", Money),
    figure("thil_contribution", "THIL's payments for costs", Money),
    figure("thil_percentage_share", "THIL Percentage Share", Fraction),
    figure("loan", "Loan Fusion recoups", Money),
    figure("retention_rate", "Retention rate", Fraction),
    target(
        "recoup_month",
        "Loan recouped in month",
        MonthNumber,
        Aim::ByMonth,
    ),
    figure("recoup_calendar_month", "Loan recouped in", CalendarMonth),
    figure("recoup_settles", "Recoup settles in", CalendarMonth),
    figure("loan_outstanding", "Loan outstanding at the end", Money),
    target(
        "thil_total_received",
        "THIL receives in total",
        Money,
        Aim::AtLeast,
    ),
    target("thil_net", "THIL net", Money, Aim::AtLeast),
    target(
        "thil_payback_month",
        "THIL payback (cash month)",
        CashMonth,
        Aim::ByMonth,
    ),
    target("thil_npv", "THIL NPV", Money, Aim::AtLeast),
    figure("thil_irr", "THIL IRR", RateAYear),
    target(
        "termination_payment",
        "Cl. 6(10) payment to THIL",
        Money,
        Aim::AtLeast,
    ),
    target("venture_revenue", "Venture revenue", Money, Aim::AtLeast),
    target(
        "venture_net_profit",
        "Venture Net Profit",
        Money,
        Aim::AtLeast,
    ),
    figure("breakeven_minutes", "Break-even minutes a month", Minutes),
    target("fusion_net_cash", "Fusion net cash", Money, Aim::AtLeast),
    target(
        "fusion_fee_received",
        "Fusion fee received",
        Money,
        Aim::AtLeast,
    ),
];

/// The monthly statement's columns, in CSV order.
pub const ROWS: &[Figure] = &[
    figure("month", "Month", MonthNumber),
    figure("calendar_month", "Calendar month", CalendarMonth),
    figure("minutes", "Minutes", Minutes),
    figure("revenue", "Revenue", Money),
    figure("termination", "Termination (PTCL)", Money),
    figure("fusion_fee", "Fusion fee", Money),
    figure("subcontractor_fee", "Sub-contractor fee", Money),
    figure("fiber", "Undersea fiber", Money),
    figure("loops", "Local loops", Money),
    figure("budget", "Committee budget", Money),
    figure("amortization", "Amortization", Money),
    figure("net_profit", "Net Profit", Money),
    figure("distributable", "Distributable", Money),
    figure("thil_entitlement", "THIL entitlement", Money),
    figure("retained", "Retained for the loan", Money),
    figure("thil_paid", "Paid to THIL", Money),
    figure("thil_amortization", "Amortization to THIL", Money),
    figure("loan_balance", "Loan balance", Money),
];

/// The cash months' columns.
pub const CASH: &[Figure] = &[
    figure("t", "Cash month", CashMonth),
    figure("calendar_month", "Calendar month", CalendarMonth),
    figure("thil", "THIL's cash", Money),
    figure("fusion", "Fusion's cash", Money),
    figure("venture", "The Venture's cash", Money),
];
