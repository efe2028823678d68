//! Generators of valid Venture inputs over the whole input domain, shared by the
//! property tests.

#![allow(dead_code)]

use dealmodel::engine::venture::*;
use dealmodel::engine::{Money, YearMonth};
use proptest::prelude::*;
use rust_decimal::Decimal;

pub fn decimal(range: std::ops::RangeInclusive<i64>, scale: u32) -> impl Strategy<Value = Decimal> {
    range.prop_map(move |units| Decimal::new(units, scale).normalize())
}

pub fn money(max_cents: i64) -> impl Strategy<Value = Money> {
    (0..=max_cents).prop_map(|cents| Money::round(Decimal::new(cents, 2)).unwrap_or(Money::ZERO))
}

/// A rate in $/min: often a realistic one, sometimes anything in range.
fn rate(realistic: std::ops::RangeInclusive<i64>, max: i64) -> impl Strategy<Value = Decimal> {
    prop_oneof![3 => decimal(realistic, 4), 1 => decimal(0..=max, 4)]
}

fn cost_item(months: u32) -> impl Strategy<Value = CostItem> {
    (
        prop_oneof![3 => money(50_000_000), 1 => money(10_000_000_000)],
        prop_oneof![3 => Just(0u32), 1 => 0..=months],
        prop_oneof![Just(Side::Pakistan), Just(Side::Us)],
        prop_oneof![Just(CostKind::Equipment), Just(CostKind::Other)],
        "[a-zA-Z0-9 :%&#+=é]{0,12}",
    )
        .prop_map(|(amount, month, side, kind, label)| CostItem { amount, month, side, kind, label })
}

/// Any valid Venture inputs (some of which overflow the model's range).
pub fn venture_inputs() -> impl Strategy<Value = VentureInputs> {
    (1u32..=120).prop_flat_map(|months| {
        let basics = (
            prop_oneof![Just(Terms::Amended), Just(Terms::Original)],
            (1990i32..=2099, 1u32..=12),
            prop_oneof![3 => 0i64..=6_000_000, 1 => 0i64..=20_000_000],
            prop_oneof![3 => Just(Decimal::ZERO), 1 => decimal(-500..=500, 2), 1 => decimal(-5000..=5000, 2)],
            rate(2000..=3000, 20_000),
            prop_oneof![3 => Just(Decimal::ZERO), 1 => decimal(0..=10_000, 2)],
            rate(1500..=2300, 20_000),
            rate(0..=300, 10_000),
            rate(0..=300, 10_000),
            prop_oneof![Just(FeeBasis::PerMinute), Just(FeeBasis::Fixed)],
        );
        let amounts = (
            money(5_000_000),
            money(1_000_000_000),
            money(1_000_000),
            proptest::collection::vec(cost_item(months), 1..=20),
            0i64..=500,
            money(8_000_000),
            any::<bool>(),
        );
        let choices = (
            prop_oneof![Just(Reading::Funded), Just(Reading::Literal)],
            prop_oneof![Just(LossTreatment::Protect), Just(LossTreatment::Carry), Just(LossTreatment::Monthly)],
            0u32..=3,
            decimal(0..=10_000, 2),
            prop_oneof![2 => Just(None), 1 => (1..=months).prop_map(Some)],
            money(10_000_000_000),
        );
        (Just(months), basics, amounts, choices)
    })
    .prop_map(|(months, basics, amounts, choices)| {
        let (terms, (year, month), minutes, growth_pct, sell, credits_pct, termination_rate, fusion_fee_rate, subcontractor_fee_rate, basis) = basics;
        let (fiber, loops, budget, mut costs, share_steps, contribution, exceed_cap) = amounts;
        let (reading, losses, lag, discount_pct, end, salvage) = choices;
        let (low, high) = terms.share_range_pct();
        let steps = ((high - low) * Decimal::ONE_HUNDRED).normalize().mantissa() as i64;
        let share_pct = (low + Decimal::new(share_steps.min(steps), 2)).normalize();
        costs.sort_by_key(|item| item.month);
        VentureInputs {
            terms,
            start: YearMonth::new(year, month).unwrap_or(YearMonth::known(2002, 10)),
            months,
            minutes: Decimal::from(minutes),
            growth_pct,
            sell,
            credits_pct,
            termination_rate,
            fusion_fee_rate,
            subcontractor_fee_rate,
            basis,
            fiber,
            loops,
            budget,
            costs,
            share_pct,
            // Inputs of the other terms keep their defaults: a link does not carry them.
            contribution: if terms == Terms::Amended { contribution } else { Money::from_whole(80_000) },
            exceed_cap: terms == Terms::Original && exceed_cap,
            reading,
            losses,
            lag,
            discount_pct,
            end,
            salvage,
        }
    })
}

/// A date of years 1990–2099, often a month's end, a 31st or a 29 February.
pub fn msa_date() -> impl Strategy<Value = dealmodel::engine::Date> {
    use dealmodel::engine::Date;
    (1990i32..=2099, 1u32..=12, prop_oneof![3 => 1u32..=28, 2 => 29u32..=31, 1 => Just(32u32)]).prop_map(|(year, month, day)| {
        // A day past the month's end becomes the month's end (32: always the end).
        let last = dealmodel::engine::date::days_in_month(year, month);
        Date::new(year, month, day.min(last)).unwrap_or(Date::known(2003, 6, 12))
    })
}

/// Any valid MSA inputs: `stop` within the term after the Acceptance Date,
/// `lateinv` among the invoices shown; `accept` following or explicit.
pub fn msa_inputs() -> impl Strategy<Value = dealmodel::engine::msa::MsaInputs> {
    use dealmodel::engine::msa::*;
    let dates = (
        msa_date(),
        prop_oneof![2 => Just(None), 1 => (0i64..=70).prop_map(Some)],
        12u32..=60,
        prop_oneof![3 => Just(0u32), 1 => 0u32..=5],
        prop_oneof![2 => Just(None), 1 => any::<u32>().prop_map(Some)],
        prop_oneof![2 => Just(None), 1 => msa_date().prop_map(Some)],
    );
    let amounts = (
        prop_oneof![3 => money(2_000_000_000), 1 => money(10_000_000_000)],
        prop_oneof![3 => money(1_000_000), 1 => money(10_000_000_000)],
        prop_oneof![Just(Billing::Monthly), Just(Billing::Quarterly), Just(Billing::Annually)],
        0u32..=90,
        prop_oneof![2 => Just(None), 1 => money(1_000_000_000_000).prop_map(Some)],
        prop_oneof![2 => Just(None), 1 => money(1_000_000_000_000).prop_map(Some)],
    );
    let late = (
        prop_oneof![Just(Cause::Voluntary), Just(Cause::ProviderBreach)],
        decimal(0..=1000, 2),
        prop_oneof![2 => Just(None), 1 => decimal(0..=1000, 2).prop_map(Some)],
        prop_oneof![Just(LateConvention::Daily365), Just(LateConvention::PerMonth), Just(LateConvention::Days30)],
        prop_oneof![1 => Just(None), 2 => any::<u32>().prop_map(Some)],
        prop_oneof![2 => 0u32..=120, 1 => 0u32..=3650],
    );
    (dates, amounts, late).prop_map(|(dates, amounts, late)| {
        let (tendered, accept_after, term_months, extensions, stop_pick, notice) = dates;
        let (mrc, nrc, billing, due_days, commit, paid) = amounts;
        let (cause, late_pct, lawful_pct, late_convention, late_pick, late_days) = late;
        let accept = accept_after
            .and_then(|days| tendered.plus_days(days))
            .map(|date| date.min(dealmodel::engine::Date::known(2099, 12, 31)));
        let mut inputs = MsaInputs {
            tendered, accept, term_months, extensions, mrc, nrc, billing, due_days, commit, paid,
            stop: None, cause, late_pct, lawful_pct, late_convention, late_invoice: None, late_days, notice,
        };
        if let (Some(pick), Ok(term)) = (stop_pick, schedule::term(&inputs)) {
            let days = term.start.days_until(term.end);
            inputs.stop = term.start.plus_days(1 + i64::from(pick) % days);
        }
        if let (Some(pick), Ok(shown)) = (late_pick, invoices_shown(&inputs)) {
            inputs.late_invoice = Some(1 + pick % shown.max(1));
        }
        inputs
    })
}
