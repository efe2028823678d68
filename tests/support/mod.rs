//! Generators of valid Venture inputs over the whole input domain, shared by the
//! property tests.

#![allow(dead_code)]

pub mod risk;

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
        .prop_map(|(amount, month, side, kind, label)| CostItem {
            amount,
            month,
            side,
            kind,
            label,
        })
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

// ---- The Note: generators of valid inputs over its whole domain. ----

use dealmodel::engine::note as note_model;
use dealmodel::engine::Date;

/// A date from 1990 to 2099, often a month's end, the 31st, or a leap day.
pub fn note_date() -> impl Strategy<Value = Date> {
    let day = prop_oneof![2 => 1u32..=31, 1 => Just(31u32), 1 => 28u32..=31, 1 => Just(29u32)];
    (1990i32..=2099, 1u32..=12, day).prop_map(|(year, month, day)| {
        let last = dealmodel::engine::date::days_in_month(year, month);
        Date::new(year, month, day.min(last)).unwrap_or(Date::known(2003, 1, 31))
    })
}

fn note_amount() -> impl Strategy<Value = Option<note_model::PrincipalReading>> {
    use note_model::PrincipalReading::*;
    prop_oneof![
        3 => Just(None),
        1 => Just(Some(Words)),
        1 => Just(Some(Figures)),
        1 => money(2_000_000).prop_map(|m| Some(Amount(if m.is_zero() { Money::round(Decimal::new(1, 2)).unwrap_or(m) } else { m }))),
        1 => (1i64..=10_000_000_000).prop_map(|cents| Some(Amount(Money::round(Decimal::new(cents, 2)).unwrap_or(Money::ZERO)))),
    ]
}

fn note_rate() -> impl Strategy<Value = Decimal> {
    prop_oneof![3 => decimal(0..=1_500, 2), 1 => decimal(0..=10_000, 2)]
}

fn note_basis() -> impl Strategy<Value = note_model::DayBasis> {
    use note_model::DayBasis::*;
    prop_oneof![2 => Just(Act360), 1 => Just(Act365), 1 => Just(Thirty360)]
}

/// A small deterministic stream of numbers from a seed (picks inside a dependent range).
fn pick(seed: &mut u64, below: u64) -> u64 {
    *seed = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    if below == 0 {
        0
    } else {
        (*seed >> 33) % below
    }
}

/// Any valid Note inputs (some of which overflow the model's range): `first`,
/// `demand`, pay-downs and missed dates within the ranges that depend on `dated`.
pub fn note_inputs() -> impl Strategy<Value = note_model::NoteInputs> {
    (
        note_date(),
        note_amount(),
        (
            note_rate(),
            prop_oneof![3 => Just(Decimal::from(25)), 1 => note_rate()],
            note_basis(),
        ),
        (0u8..3, 0u8..3),
        prop_oneof![2 => Just(0usize), 2 => 1usize..=3, 1 => 4usize..=8],
        prop_oneof![3 => Just(0u64), 1 => Just(10), 1 => Just(50), 1 => Just(100)],
        any::<u64>(),
        prop_oneof![3 => Just(Money::ZERO), 1 => money(10_000_000_000)],
        // Now and then a note at a high rate, every date missed for decades: near or
        // beyond the model's range.
        prop_oneof![9 => Just(false), 1 => Just(true)],
    )
        .prop_map(
            |(
                dated,
                amount,
                (rate_pct, usury_pct, basis),
                (first_kind, demand_kind),
                paydown_count,
                missed_pct,
                seed,
                collection,
                extreme,
            )| {
                let mut seed = seed;
                let (rate_pct, usury_pct, demand_kind, missed_pct) = if extreme {
                    let rate = Decimal::new(5_000 + pick(&mut seed, 5_001) as i64, 2).normalize();
                    (rate, rate, 3, 100)
                } else {
                    (rate_pct, usury_pct, demand_kind, missed_pct)
                };
                let max = Date::known(2099, 12, 31);
                let first = match first_kind {
                    0 => None,
                    _ => {
                        let mut date = note_model::default_first(dated);
                        for _ in 0..pick(&mut seed, if first_kind == 1 { 1 } else { 8 }) {
                            date = date.plus_days(1).map_or(date, Date::quarter_end);
                        }
                        (date <= max).then_some(date)
                    }
                };
                let demand = match demand_kind {
                    0 => None,
                    1 => {
                        let long = pick(&mut seed, 4) == 0;
                        let days = 1 + pick(&mut seed, if long { 20_000 } else { 800 }) as i64;
                        dated
                            .plus_days(days)
                            .map(|d| d.min(max))
                            .filter(|d| *d > dated)
                    }
                    2 => Some(note_model::default_demand(dated)).filter(|d| *d <= max),
                    _ => dated
                        .plus_days(4_000 + pick(&mut seed, 16_000) as i64)
                        .map(|d| d.min(max))
                        .filter(|d| *d > dated),
                };
                let mut inputs = note_model::NoteInputs {
                    amount,
                    dated,
                    rate_pct,
                    usury_pct,
                    basis,
                    first,
                    demand,
                    paydowns: Vec::new(),
                    missed: Vec::new(),
                    collection,
                };
                let principal_cents = inputs.principal().amount().mantissa() as u64;
                let span = (dated.days_until(inputs.demand_date()) - 1).max(0) as u64;
                let mut left = principal_cents;
                for _ in 0..paydown_count {
                    if span == 0 || left == 0 {
                        break;
                    }
                    let date = dated
                        .plus_days(1 + pick(&mut seed, span) as i64)
                        .unwrap_or(dated);
                    let cents = 1 + pick(&mut seed, (principal_cents / 4).max(1)).min(left - 1);
                    if inputs.paydowns.iter().any(|p| p.date == date) {
                        continue;
                    }
                    left -= cents;
                    let amount = Money::round(Decimal::new(cents as i64, 2)).unwrap_or(Money::ZERO);
                    inputs.paydowns.push(note_model::PayDown { date, amount });
                }
                inputs.paydowns.sort();
                let scheduled =
                    note_model::schedule::interest_dates(inputs.first_date(), inputs.demand_date());
                inputs.missed = scheduled
                    .into_iter()
                    .filter(|_| pick(&mut seed, 100) < missed_pct)
                    .collect();
                inputs
            },
        )
}

/// A date of years 1990–2099, often a month's end, a 31st or a 29 February.
pub fn msa_date() -> impl Strategy<Value = dealmodel::engine::Date> {
    use dealmodel::engine::Date;
    (
        1990i32..=2099,
        1u32..=12,
        prop_oneof![3 => 1u32..=28, 2 => 29u32..=31, 1 => Just(32u32)],
    )
        .prop_map(|(year, month, day)| {
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
        prop_oneof![
            Just(Billing::Monthly),
            Just(Billing::Quarterly),
            Just(Billing::Annually)
        ],
        0u32..=90,
        prop_oneof![2 => Just(None), 1 => money(1_000_000_000_000).prop_map(Some)],
        prop_oneof![2 => Just(None), 1 => money(1_000_000_000_000).prop_map(Some)],
    );
    let late = (
        prop_oneof![Just(Cause::Voluntary), Just(Cause::ProviderBreach)],
        decimal(0..=1000, 2),
        prop_oneof![2 => Just(None), 1 => decimal(0..=1000, 2).prop_map(Some)],
        prop_oneof![
            Just(LateConvention::Daily365),
            Just(LateConvention::PerMonth),
            Just(LateConvention::Days30)
        ],
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
            tendered,
            accept,
            term_months,
            extensions,
            mrc,
            nrc,
            billing,
            due_days,
            commit,
            paid,
            stop: None,
            cause,
            late_pct,
            lawful_pct,
            late_convention,
            late_invoice: None,
            late_days,
            notice,
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

/// Runs the built `dealmodel` with `args`: (exit status, stdout, stderr).
pub fn dealmodel(args: &[&str]) -> (i32, String, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_dealmodel"))
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
