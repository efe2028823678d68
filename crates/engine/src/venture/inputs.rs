//! The Venture's inputs as validated values (see the Inputs table of the model book).
//!
//! Rates and percentages are `Decimal`s as the user wrote them (percent numbers
//! stay percent numbers: 25 means 25 %); amounts are [`Money`]. `scenario` builds
//! these only from values inside their ranges.

use crate::{Money, YearMonth};
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Terms {
    /// The letter of 12 July 2002 (default).
    Amended,
    /// The agreement as signed in April 2002.
    Original,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeeBasis {
    PerMinute,
    /// 45,000 (Fusion) and 20,000 (sub-contractor) a month.
    Fixed,
}

/// The two readings of amended clause 2(2)(1)(a).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reading {
    Funded,
    Literal,
}

/// How a month's loss reaches later months (cl. 2(1)(j²)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LossTreatment {
    Protect,
    Carry,
    Monthly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Pakistan,
    Us,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CostKind {
    /// Amortized over 12 months (cl. 4(5)(b)(v)).
    Equipment,
    Other,
}

/// A project cost item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CostItem {
    pub amount: Money,
    /// 0 = before traffic starts; later months are additional capital investments.
    pub month: u32,
    pub side: Side,
    pub kind: CostKind,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VentureInputs {
    pub terms: Terms,
    pub start: YearMonth,
    pub months: u32,
    /// Whole minutes in month 1.
    pub minutes: Decimal,
    /// Percent a month, compounding.
    pub growth_pct: Decimal,
    /// $/min.
    pub sell: Decimal,
    /// Percent of revenue.
    pub credits_pct: Decimal,
    /// $/min paid to PTCL.
    pub termination_rate: Decimal,
    pub fusion_fee_rate: Decimal,
    pub subcontractor_fee_rate: Decimal,
    pub basis: FeeBasis,
    pub fiber: Money,
    pub loops: Money,
    pub budget: Money,
    pub costs: Vec<CostItem>,
    /// THIL's profit share s, percent.
    pub share_pct: Decimal,
    /// Amended terms only.
    pub contribution: Money,
    /// Original terms only: THIL pays beyond the $300,000 cap.
    pub exceed_cap: bool,
    pub reading: Reading,
    pub losses: LossTreatment,
    pub lag: u32,
    /// Percent a year, for NPV.
    pub discount_pct: Decimal,
    /// The agreement ends after this month.
    pub end: Option<u32>,
    pub salvage: Money,
}

/// The fixed monthly fees on the fixed basis (cl. 4(5)(b)(vi),(vii)).
pub const FIXED_FUSION_FEE: i64 = 45_000;
pub const FIXED_SUBCONTRACTOR_FEE: i64 = 20_000;
/// Fusion's commitment: 9,000,000 minutes in months 1–3, then 3,000,000 a month.
pub const COMMITTED_FIRST_QUARTER: i64 = 9_000_000;
pub const COMMITTED_MONTHLY: i64 = 3_000_000;
/// THIL's total funding under the original terms (cl. 3(3)).
pub const ORIGINAL_CAP: i64 = 300_000;

impl Terms {
    /// The default profit share under these terms, percent.
    pub fn default_share_pct(self) -> Decimal {
        match self {
            Terms::Amended => Decimal::from(25),
            Terms::Original => Decimal::from(40),
        }
    }

    /// The allowed profit share range, percent.
    pub fn share_range_pct(self) -> (Decimal, Decimal) {
        match self {
            Terms::Amended => (Decimal::from(25), Decimal::from(30)),
            Terms::Original => (Decimal::from(40), Decimal::from(50)),
        }
    }
}

impl VentureInputs {
    /// The model book's defaults.
    pub fn defaults() -> VentureInputs {
        let item = |amount: i64, side, kind, label: &str| CostItem {
            amount: Money::from_whole(amount),
            month: 0,
            side,
            kind,
            label: label.to_string(),
        };
        VentureInputs {
            terms: Terms::Amended,
            start: YearMonth::known(2002, 10),
            months: 24,
            minutes: Decimal::from(3_000_000),
            growth_pct: Decimal::ZERO,
            sell: Decimal::new(25, 2),
            credits_pct: Decimal::ZERO,
            termination_rate: Decimal::new(19, 2),
            fusion_fee_rate: Decimal::new(150, 4),
            subcontractor_fee_rate: Decimal::new(66, 4),
            basis: FeeBasis::PerMinute,
            fiber: Money::from_whole(12_000),
            loops: Money::from_whole(3_000),
            budget: Money::from_whole(5_000),
            costs: default_costs_with(item),
            share_pct: Decimal::from(25),
            contribution: Money::from_whole(80_000),
            exceed_cap: false,
            reading: Reading::Funded,
            losses: LossTreatment::Protect,
            lag: 1,
            discount_pct: Decimal::from(12),
            end: None,
            salvage: Money::ZERO,
        }
    }
}

/// The four default project cost items, all in month 0.
pub fn default_costs() -> Vec<CostItem> {
    VentureInputs::defaults().costs
}

fn default_costs_with(item: impl Fn(i64, Side, CostKind, &str) -> CostItem) -> Vec<CostItem> {
    vec![
        item(
            100_000,
            Side::Pakistan,
            CostKind::Other,
            "PTCL tender money, deposits and licence fees",
        ),
        item(
            180_000,
            Side::Pakistan,
            CostKind::Equipment,
            "Islamabad VoIP gateway, installed",
        ),
        item(
            60_000,
            Side::Us,
            CostKind::Equipment,
            "New York compression and routing equipment",
        ),
        item(
            40_000,
            Side::Pakistan,
            CostKind::Other,
            "customs duties and Pakistan connectivity set-up",
        ),
    ]
}
