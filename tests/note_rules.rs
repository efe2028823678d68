//! Each rule of `note.md`, by hand-worked scenarios: the arithmetic of every
//! figure asserted is written beside it.

use dealmodel::engine::note::daycount::{days, thirty_360_days};
use dealmodel::engine::note::{
    compute, DayBasis, NoteInputs, NoteOutcome, NoticeKind, PayDown, PrincipalReading,
};
use dealmodel::engine::{Date, Money};
use rust_decimal::Decimal;
use std::str::FromStr;

fn date(text: &str) -> Date {
    let parts: Vec<u32> = text.split('-').map(|p| p.parse().unwrap()).collect();
    Date::new(parts[0] as i32, parts[1], parts[2]).unwrap()
}

fn money(text: &str) -> Money {
    Money::round(Decimal::from_str(text).unwrap()).unwrap()
}

fn pct(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn run(change: impl FnOnce(&mut NoteInputs)) -> NoteOutcome {
    let mut inputs = NoteInputs::defaults();
    change(&mut inputs);
    compute(&inputs).expect("computes")
}

fn interest_column(outcome: &NoteOutcome) -> Vec<String> {
    outcome
        .rows
        .iter()
        .map(|row| row.accrual.on_principal.to_string())
        .collect()
}

fn dates(outcome: &NoteOutcome) -> Vec<String> {
    outcome
        .rows
        .iter()
        .map(|row| row.date.to_string())
        .collect()
}

fn has(outcome: &NoteOutcome, kind: NoticeKind) -> bool {
    outcome.notices.iter().any(|notice| notice.kind == kind)
}

#[test]
fn the_lesser_of_the_stated_and_the_lawful_rate() {
    // 10,183.10 × 3 × 59 / 36,000 = 50.0669…
    let bound = run(|i| i.usury_pct = pct("3"));
    assert_eq!(bound.results.rate_pct, pct("3"));
    assert_eq!(bound.rows[0].accrual.on_principal, money("50.07"));
    assert!(has(&bound, NoticeKind::LawfulRateBinds));
    // 3 × 365 / 360 = 3.041666…
    assert_eq!(
        bound.results.act365_equivalent_rate_pct.round_dp(10),
        pct("3.0416666667")
    );
    let equal = run(|i| i.usury_pct = pct("4.75"));
    assert_eq!(equal.results.rate_pct, pct("4.75"));
    assert!(!has(&equal, NoticeKind::LawfulRateBinds));
    let zero = run(|i| i.rate_pct = Decimal::ZERO);
    assert_eq!(zero.results.total_interest, Money::ZERO);
    assert_eq!(zero.payoff.total, money("10183.10"));
}

#[test]
fn actual_365_day_count() {
    let outcome = run(|i| i.basis = DayBasis::Act365);
    // 10,183.10 × 4.75 × 59 / 36,500 = 78.1867…; 91 days: 120.5905…; 92 days: 121.9157…
    assert_eq!(
        interest_column(&outcome),
        ["78.19", "120.59", "121.92", "121.92"]
    );
    assert_eq!(outcome.rows[0].accrual.days, 59);
    // The rate itself is its own Act/365 equivalent; the Act/360 cost does not depend on the basis chosen.
    assert_eq!(outcome.results.act365_equivalent_rate_pct, pct("4.75"));
    assert_eq!(outcome.results.act360_cost_vs_act365, money("6.71"));
    // 490.41 − 6.71.
    assert_eq!(outcome.results.total_interest, money("483.70"));
}

#[test]
fn thirty_360_bond_basis_day_count() {
    // D1 = 31 becomes 30; D2 = 31 becomes 30 when D1 is then 30.
    assert_eq!(thirty_360_days(date("2003-01-31"), date("2003-03-31")), 60);
    assert_eq!(thirty_360_days(date("2003-03-30"), date("2003-05-31")), 60);
    // D1 = 29: D2 = 31 stays 31.
    assert_eq!(thirty_360_days(date("2003-03-29"), date("2003-05-31")), 62);
    // February's end is not adjusted (Bond Basis, not 30E/360): 30 + 31 − 28.
    assert_eq!(thirty_360_days(date("2003-02-28"), date("2003-03-31")), 33);
    assert_eq!(thirty_360_days(date("2004-02-29"), date("2004-03-31")), 32);
    assert_eq!(thirty_360_days(date("2003-12-31"), date("2004-01-31")), 30);
    // Actual days across a leap February.
    assert_eq!(
        days(DayBasis::Act360, date("2004-01-31"), date("2004-03-31")),
        60
    );
    assert_eq!(
        days(DayBasis::Act360, date("2003-01-31"), date("2003-03-31")),
        59
    );

    let outcome = run(|i| i.basis = DayBasis::Thirty360);
    let day_counts: Vec<i64> = outcome.rows.iter().map(|row| row.accrual.days).collect();
    assert_eq!(day_counts, [60, 90, 90, 90]);
    assert_eq!(outcome.to_demand.days, 30);
    // 10,183.10 × 4.75 × 60 / 36,000 = 80.6162…; 90 days: 120.9243…; 30 days: 40.3081…
    assert_eq!(
        interest_column(&outcome),
        ["80.62", "120.92", "120.92", "120.92"]
    );
    assert_eq!(outcome.payoff.accrued, money("40.31"));
    assert_eq!(outcome.results.act360_cost_vs_act365, money("6.71"));
    // 4.75 × 365 / 360, computed in that order.
    assert_eq!(
        outcome.results.act365_equivalent_rate_pct.round_dp(12),
        pct("4.815972222222")
    );
}

#[test]
fn first_interest_date_follows_dated() {
    let first_after = |dated: &str| {
        let outcome = run(|i| i.dated = date(dated));
        dates(&outcome).first().cloned().unwrap_or_default()
    };
    assert_eq!(first_after("2003-01-31"), "2003-03-31");
    assert_eq!(first_after("2003-01-01"), "2003-03-31");
    // A note dated on a quarter's last day first pays at the NEXT quarter's end.
    assert_eq!(first_after("2003-03-31"), "2003-06-30");
    assert_eq!(first_after("2003-04-01"), "2003-06-30");
    assert_eq!(first_after("2003-12-31"), "2004-03-31");
    assert_eq!(first_after("2004-02-29"), "2004-03-31");
    // Dated on a quarter end, twelve months on falls on a quarter end: three rows, the fourth is the demand.
    let outcome = run(|i| i.dated = date("2003-03-31"));
    assert_eq!(dates(&outcome), ["2003-06-30", "2003-09-30", "2003-12-31"]);
    assert_eq!(outcome.payoff.date, date("2004-03-31"));
    assert!(has(&outcome, NoticeKind::DemandOnQuarterEnd));
}

#[test]
fn an_explicit_first_date() {
    let outcome = run(|i| i.first = Some(date("2003-06-30")));
    assert_eq!(dates(&outcome), ["2003-06-30", "2003-09-30", "2003-12-31"]);
    // 31 Jan → 30 Jun: 150 days; 10,183.10 × 4.75 × 150 / 36,000 = 201.5405…
    assert_eq!(outcome.rows[0].accrual.days, 150);
    assert_eq!(outcome.rows[0].accrual.on_principal, money("201.54"));
}

#[test]
fn a_first_date_after_the_demand_carries_all_interest_to_the_payoff() {
    let outcome = run(|i| i.first = Some(date("2004-03-31")));
    assert!(outcome.rows.is_empty());
    // 365 days from 2003-01-31: 10,183.10 × 4.75 × 365 / 36,000 = 490.4152…
    assert_eq!(outcome.to_demand.days, 365);
    assert_eq!(outcome.payoff.accrued, money("490.42"));
    assert_eq!(outcome.payoff.total, money("10673.52"));
    assert_eq!(outcome.results.total_interest, money("490.42"));
    assert!(has(&outcome, NoticeKind::NoInterestDateBeforeDemand));
}

#[test]
fn a_demand_on_a_quarters_last_day_is_not_a_row() {
    let outcome = run(|i| i.demand = Some(date("2003-12-31")));
    assert_eq!(dates(&outcome), ["2003-03-31", "2003-06-30", "2003-09-30"]);
    // 30 Sep → 31 Dec: 92 days, 123.61, in the payoff.
    assert_eq!(outcome.to_demand.days, 92);
    assert_eq!(outcome.payoff.accrued, money("123.61"));
    assert_eq!(outcome.payoff.total, money("10306.71"));
    assert!(has(&outcome, NoticeKind::DemandOnQuarterEnd));
}

#[test]
fn a_paydown_splits_its_period_and_its_date_belongs_to_the_part_before() {
    let outcome = run(|i| {
        i.paydowns = vec![PayDown {
            date: date("2003-05-15"),
            amount: money("1000"),
        }]
    });
    let row = &outcome.rows[1];
    assert_eq!(row.accrual.principal(), money("10183.10"));
    let parts: Vec<(i64, String, String)> = row
        .accrual
        .parts
        .iter()
        .map(|p| (p.days, p.principal.to_string(), p.interest.to_string()))
        .collect();
    // 31 Mar → 15 May: 45 days on 10,183.10 = 60.4622…; 15 May → 30 Jun: 46 days on 9,183.10 = 55.7363…
    assert_eq!(
        parts,
        [
            (45, "10183.10".into(), "60.46".into()),
            (46, "9183.10".into(), "55.74".into())
        ]
    );
    assert_eq!(row.accrual.on_principal, money("116.20"));
    assert_eq!(row.due, money("116.20"));
    // Later periods run on 9,183.10: 92 days = 111.4727…; the payoff: 31 days = 37.5614…
    assert_eq!(outcome.rows[2].accrual.principal(), money("9183.10"));
    assert_eq!(outcome.rows[2].accrual.on_principal, money("111.47"));
    assert_eq!(outcome.payoff.principal, money("9183.10"));
    assert_eq!(outcome.payoff.accrued, money("37.56"));
    assert_eq!(outcome.payoff.total, money("9220.66"));
}

#[test]
fn under_30_360_the_last_part_takes_the_rest_of_the_periods_days() {
    let outcome = run(|i| {
        i.basis = DayBasis::Thirty360;
        i.paydowns = vec![PayDown {
            date: date("2003-05-15"),
            amount: money("1000"),
        }];
    });
    let row = &outcome.rows[1];
    // 31 Mar → 30 Jun is 90 days; 31 Mar → 15 May is 45; the last part 90 − 45 = 45 (46 actual).
    let parts: Vec<(i64, String)> = row
        .accrual
        .parts
        .iter()
        .map(|p| (p.days, p.interest.to_string()))
        .collect();
    // 10,183.10 × 4.75 × 45 / 36,000 = 60.4622…; 9,183.10 × 4.75 × 45 / 36,000 = 54.5246…
    assert_eq!(parts, [(45, "60.46".into()), (45, "54.52".into())]);
    assert_eq!(row.accrual.days, 90);
}

#[test]
fn a_paydown_on_a_scheduled_date_does_not_split() {
    let outcome = run(|i| {
        i.paydowns = vec![PayDown {
            date: date("2003-06-30"),
            amount: money("1000"),
        }]
    });
    assert_eq!(outcome.rows[1].accrual.parts.len(), 1);
    assert_eq!(outcome.rows[1].accrual.on_principal, money("122.27"));
    assert_eq!(outcome.rows[2].accrual.principal(), money("9183.10"));
    assert_eq!(outcome.rows[2].accrual.on_principal, money("111.47"));
}

#[test]
fn a_paydown_inside_the_last_stretch_splits_the_payoffs_accrual() {
    let outcome = run(|i| {
        i.paydowns = vec![PayDown {
            date: date("2004-01-10"),
            amount: money("183.10"),
        }]
    });
    // 31 Dec → 10 Jan: 10 days on 10,183.10 = 13.4361…; 10 Jan → 31 Jan: 21 days on 10,000 = 27.7083…
    let parts: Vec<String> = outcome
        .to_demand
        .parts
        .iter()
        .map(|p| p.interest.to_string())
        .collect();
    assert_eq!(parts, ["13.44", "27.71"]);
    assert_eq!(outcome.payoff.accrued, money("41.15"));
    assert_eq!(outcome.payoff.total, money("10041.15"));
}

#[test]
fn missed_dates_compound_quarterly() {
    let outcome =
        run(|i| i.missed = vec![date("2003-03-31"), date("2003-06-30"), date("2003-09-30")]);
    let o: Vec<String> = outcome
        .rows
        .iter()
        .map(|row| row.overdue_balance.to_string())
        .collect();
    // O after 31 Mar: 79.27. 30 Jun: 79.27 × 4.75 × 91 / 36,000 = 0.9518… → 0.95; 122.27 + 0.95 + 79.27 = 202.49.
    // 30 Sep: 202.49 × 4.75 × 92 / 36,000 = 2.4580… → 2.46; 123.61 + 2.46 + 202.49 = 328.56. 31 Dec paid.
    assert_eq!(o, ["79.27", "202.49", "328.56", "0.00"]);
    assert_eq!(outcome.rows[3].accrual.on_overdue, money("3.99")); // 328.56 × 4.75 × 92 / 36,000 = 3.9883…
    assert_eq!(outcome.rows[3].due, money("456.16")); // 123.61 + 3.99 + 328.56
    assert!(has(&outcome, NoticeKind::MissedInterest));
}

#[test]
fn a_missed_date_followed_by_a_paid_one() {
    let outcome = run(|i| i.missed = vec![date("2003-06-30")]);
    let row = &outcome.rows[2];
    assert_eq!(row.accrual.overdue_at_start, money("122.27"));
    assert_eq!(row.accrual.on_overdue, money("1.48"));
    assert_eq!(row.due, money("247.36"));
    assert!(row.paid);
    assert_eq!(row.overdue_balance, Money::ZERO);
    assert_eq!(outcome.rows[3].accrual.on_overdue, Money::ZERO);
}

#[test]
fn interest_missed_on_the_last_date_is_part_of_the_payoff() {
    let outcome = run(|i| i.missed = vec![date("2003-12-31")]);
    assert_eq!(outcome.payoff.overdue, money("123.61"));
    // 123.61 × 4.75 × 31 / 36,000 = 0.5056…
    assert_eq!(outcome.payoff.accrued_on_overdue, money("0.51"));
    assert_eq!(outcome.payoff.accrued, money("42.16"));
    assert_eq!(outcome.payoff.total, money("10348.87"));
    assert!(has(&outcome, NoticeKind::OverdueAtDemand));
}

#[test]
fn collection_costs_are_a_part_of_their_own() {
    let outcome = run(|i| i.collection = money("2500"));
    assert_eq!(outcome.payoff.collection, money("2500.00"));
    assert_eq!(outcome.payoff.total, money("12724.75"));
    assert_eq!(outcome.results.total_interest, money("490.41"));
}

#[test]
fn the_figures_and_an_explicit_amount() {
    let figures = run(|i| i.amount = Some(PrincipalReading::Figures));
    assert_eq!(figures.results.principal, money("10183.20"));
    // 10,183.20 × 4.75 × 31 / 36,000 = 41.6521…
    assert_eq!(figures.payoff.total, money("10224.85"));
    assert!(figures.notices[0].text.contains("figures"));
    let words = run(|i| i.amount = Some(PrincipalReading::Words));
    assert_eq!(words.payoff.total, money("10224.75"));
    let amount = run(|i| i.amount = Some(PrincipalReading::Amount(money("20000"))));
    // 20,000 × 4.75 × 59 / 36,000 = 155.6944…
    assert_eq!(amount.rows[0].accrual.on_principal, money("155.69"));
    assert_eq!(amount.results.principal, money("20000.00"));
}
