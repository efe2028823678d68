//! Every rule of `msa.md` on hand-worked scenarios: terms and period ends,
//! billing schedules and pro rata, the shortfall, the termination charge, late
//! interest, and the dates that matter.

use dealmodel::engine::msa::*;
use dealmodel::engine::{Date, Money};
use rust_decimal::Decimal;

fn d(year: i32, month: u32, day: u32) -> Date {
    Date::new(year, month, day).expect("a real date")
}

fn money(text: &str) -> Money {
    Money::round(text.parse().expect("a decimal")).expect("in range")
}

fn base() -> MsaInputs {
    MsaInputs::defaults()
}

fn run(inputs: &MsaInputs) -> MsaOutcome {
    compute(inputs).expect("computes")
}

fn periods(out: &MsaOutcome) -> Vec<(Date, Date, Money)> {
    out.invoices
        .iter()
        .map(|i| (i.period_start, i.period_end, i.recurring))
        .collect()
}

#[test]
fn the_term_counts_months_from_the_acceptance_date() {
    let mut inputs = base();
    inputs.accept = Some(d(2004, 2, 29));
    let out = run(&inputs);
    assert_eq!(
        (out.term.end, out.term.commitment_end),
        (d(2005, 2, 28), d(2005, 2, 28))
    );

    inputs.accept = Some(d(2003, 1, 31));
    inputs.term_months = 13;
    let out = run(&inputs);
    // February 2004 has no 31st: the period ends on its last day, a leap day.
    assert_eq!(out.term.end, d(2004, 2, 29));
    assert_eq!(out.term.commitment_end, d(2004, 1, 30));
    // Monthly periods: January from the 31st, then calendar months, February whole.
    assert_eq!(out.invoices.len(), 14);
    assert_eq!(out.invoices[0].recurring, money("322.58"));
    let last = out.invoices.last().expect("an invoice");
    assert_eq!(
        (last.period_start, last.period_end, last.recurring),
        (d(2004, 2, 1), d(2004, 2, 29), money("10000"))
    );
}

#[test]
fn the_default_acceptance_follows_the_tender() {
    let mut inputs = base();
    inputs.tendered = d(2004, 2, 27);
    assert_eq!(run(&inputs).term.start, d(2004, 3, 2));
    inputs.tendered = d(2003, 2, 27);
    assert_eq!(run(&inputs).term.start, d(2003, 3, 3));
    inputs.accept = Some(d(2003, 2, 27));
    assert_eq!(run(&inputs).term.start, d(2003, 2, 27));
}

#[test]
fn extensions_add_whole_years() {
    let mut inputs = base();
    inputs.extensions = 2;
    let out = run(&inputs);
    assert_eq!(out.term.end, d(2006, 6, 15));
    assert_eq!(out.term.commitment_end, d(2004, 6, 15));
    assert_eq!(out.invoices.len(), 37);
    assert_eq!(out.total_charges, money("362500"));
    assert!(out
        .dates
        .iter()
        .any(|row| row.rule == Rule::ExtensionNotice && row.date == d(2006, 5, 16)));
}

#[test]
fn quarterly_billing_charges_partial_quarters_by_days() {
    let mut inputs = base();
    inputs.billing = Billing::Quarterly;
    let out = run(&inputs);
    assert_eq!(
        periods(&out),
        vec![
            (d(2003, 6, 16), d(2003, 6, 30), money("4945.05")), // 30,000 × 15 / 91
            (d(2003, 7, 1), d(2003, 9, 30), money("30000")),
            (d(2003, 10, 1), d(2003, 12, 31), money("30000")),
            (d(2004, 1, 1), d(2004, 3, 31), money("30000")),
            (d(2004, 4, 1), d(2004, 6, 15), money("25054.95")), // 30,000 × 76 / 91
        ]
    );
    assert_eq!(out.total_charges, money("122500"));
    assert_eq!(out.invoices[0].nrc, money("2500"));
    assert!(out.invoices[1..].iter().all(|i| i.nrc.is_zero()));
}

#[test]
fn annual_billing_prorates_the_last_service_year_against_the_whole_year() {
    let mut inputs = base();
    inputs.billing = Billing::Annually;
    inputs.term_months = 18;
    let out = run(&inputs);
    assert_eq!(
        periods(&out),
        vec![
            (d(2003, 6, 16), d(2004, 6, 15), money("120000")),
            // Year 2 runs 2004-06-16 to 2005-06-15 (365 days); 183 served.
            (d(2004, 6, 16), d(2004, 12, 15), money("60164.38")),
        ]
    );
    assert_eq!(out.invoices[1].days_in_full, 365);

    // From a leap day: year 1 is 2004-02-29 to 2005-02-28; year 2 starts on 1 March.
    inputs.accept = Some(d(2004, 2, 29));
    let out = run(&inputs);
    assert_eq!(
        periods(&out),
        vec![
            (d(2004, 2, 29), d(2005, 2, 28), money("120000")),
            (d(2005, 3, 1), d(2005, 8, 28), money("59506.85")), // 120,000 × 181 / 365
        ]
    );
}

#[test]
fn invoices_are_due_and_disputable_from_their_date() {
    let mut inputs = base();
    inputs.due_days = 0;
    let out = run(&inputs);
    assert!(out.invoices.iter().all(|i| i.due == i.date));
    inputs.due_days = 90;
    let out = run(&inputs);
    assert_eq!(out.invoices[0].due, d(2003, 9, 14));
    assert!(out
        .invoices
        .iter()
        .all(|i| i.dispute_by == i.date.plus_days(10).expect("a date")));
}

#[test]
fn the_shortfall_compares_commitment_and_payments() {
    let mut inputs = base();
    assert_eq!(run(&inputs).commitment.period_charges, money("120000"));
    inputs.commit = Some(money("150000"));
    assert_eq!(run(&inputs).commitment.shortfall, money("30000"));
    inputs.commit = None;
    inputs.paid = Some(money("100000.01"));
    let out = run(&inputs);
    assert_eq!(out.commitment.shortfall, money("19999.99"));
    assert_eq!(out.commitment.due, d(2004, 6, 15));
    // Paying more than the commitment leaves no negative shortfall.
    inputs.paid = Some(money("200000"));
    assert_eq!(run(&inputs).commitment.shortfall, Money::ZERO);
    // With a stop the shortfall is 0.00.
    inputs.paid = Some(money("0"));
    inputs.stop = Some(d(2003, 7, 2));
    assert_eq!(run(&inputs).commitment.shortfall, Money::ZERO);
}

#[test]
fn the_commitment_period_takes_the_part_of_each_period_inside_it() {
    let mut inputs = base();
    inputs.term_months = 24;
    assert_eq!(run(&inputs).commitment.period_charges, money("120000"));
    inputs.billing = Billing::Quarterly;
    // 4,945.05 + 3 × 30,000 + the 76 of 91 days of Q2 2004 inside the period.
    assert_eq!(run(&inputs).commitment.period_charges, money("120000"));
    inputs.billing = Billing::Annually;
    inputs.nrc = money("999");
    assert_eq!(run(&inputs).commitment.period_charges, money("120000"));
    inputs.billing = Billing::Monthly;
    inputs.accept = Some(d(2003, 3, 31));
    // 31 March (322.58) + April 2003 to February 2004 + 1–30 March 2004 (9,677.42).
    assert_eq!(run(&inputs).commitment.period_charges, money("120000"));
    inputs.accept = Some(d(2003, 2, 15));
    // 14 of 28 days of February 2003 (5,000.00), March 2003 to January 2004, and
    // 14 of the 29 days of February 2004 (4,827.59): the leap day costs TWW.
    assert_eq!(run(&inputs).commitment.period_charges, money("119827.59"));
}

#[test]
fn a_stop_charges_the_periods_that_start_after_it() {
    let mut inputs = base();
    inputs.billing = Billing::Quarterly;
    inputs.stop = Some(d(2003, 8, 1));
    let out = run(&inputs);
    assert_eq!(out.shown().len(), 2);
    // October, January and the partial last quarter.
    assert_eq!(out.termination_charge(), money("85054.95"));
    assert_eq!(out.total_charges, money("122500"));
    let notice = out
        .notices
        .iter()
        .find(|n| n.kind == NoticeKind::Termination)
        .expect("a termination notice");
    assert!(
        notice.text.contains("85,054.95") && notice.text.contains("cl. 12"),
        "{}",
        notice.text
    );

    // Stopping on the day an invoice is dated: that invoice stands.
    inputs.billing = Billing::Monthly;
    inputs.stop = Some(d(2003, 12, 1));
    let out = run(&inputs);
    assert_eq!(out.shown().len(), 7);
    assert_eq!(out.termination_charge(), money("55000"));

    // Stopping on the term's last day leaves nothing to charge.
    inputs.stop = Some(d(2004, 6, 15));
    let out = run(&inputs);
    assert_eq!(out.shown().len(), 13);
    assert_eq!(out.termination_charge(), Money::ZERO);

    inputs.cause = Cause::ProviderBreach;
    inputs.stop = Some(d(2003, 6, 17));
    let out = run(&inputs);
    let termination = out.termination.expect("a termination");
    assert_eq!(
        (termination.charge, termination.rest_of_term),
        (Money::ZERO, money("115000"))
    );
    assert_eq!(out.total_charges, money("7500"));
    assert!(out
        .notices
        .iter()
        .any(|n| n.kind == NoticeKind::ProviderBreach));
}

#[test]
fn a_stop_outside_the_term_is_an_error_not_a_panic() {
    let mut inputs = base();
    inputs.stop = Some(d(2003, 6, 16));
    assert_eq!(compute(&inputs), Err(MsaError::StopOutsideTerm));
    inputs.stop = Some(d(2004, 6, 16));
    assert_eq!(compute(&inputs), Err(MsaError::StopOutsideTerm));
}

#[test]
fn the_termination_curve_agrees_with_compute_for_every_stop() {
    for billing in [Billing::Monthly, Billing::Quarterly, Billing::Annually] {
        for cause in [Cause::Voluntary, Cause::ProviderBreach] {
            let mut inputs = base();
            inputs.billing = billing;
            inputs.cause = cause;
            inputs.term_months = 17;
            let curve = termination_curve(&inputs).expect("a curve");
            let term = run(&inputs).term;
            assert_eq!(curve.len() as i64, term.start.days_until(term.end));
            assert_eq!(curve.first().map(|p| p.0), term.start.plus_days(1));
            assert_eq!(curve.last().map(|p| p.0), Some(term.end));
            for &(stop, charge) in &curve {
                inputs.stop = Some(stop);
                assert_eq!(
                    run(&inputs).termination_charge(),
                    charge,
                    "{billing:?} {cause:?} {stop}"
                );
            }
        }
    }
}

fn late(convention: LateConvention, days: u32) -> Money {
    let mut inputs = base();
    // Invoice 2 is dated 2003-07-01: due 31 days later, on 2003-08-01.
    inputs.due_days = 31;
    inputs.late_invoice = Some(2);
    inputs.late_days = days;
    inputs.late_convention = convention;
    run(&inputs).late_interest()
}

#[test]
fn late_interest_by_each_convention() {
    // Paid 2003-09-15, 45 days late, on 10,000.00 at 1.5 % a month.
    assert_eq!(late(LateConvention::Daily365, 45), money("221.92"));
    assert_eq!(late(LateConvention::PerMonth, 45), money("300")); // n = 2
    assert_eq!(late(LateConvention::Days30, 45), money("225"));
    assert_eq!(late(LateConvention::PerMonth, 31), money("150")); // 2003-09-01: n = 1
    assert_eq!(late(LateConvention::PerMonth, 32), money("300"));
    assert_eq!(late(LateConvention::PerMonth, 0), Money::ZERO);
    assert_eq!(
        late::months_started(d(2003, 8, 1), d(2003, 9, 15)).expect("n"),
        2
    );
    assert_eq!(
        late::months_started(d(2004, 1, 31), d(2004, 2, 29)).expect("n"),
        1
    );

    // The first invoice carries the NRC: interest is on its whole amount.
    let mut inputs = base();
    inputs.late_invoice = Some(1);
    inputs.late_days = 45;
    let out = run(&inputs);
    let interest = out.late.expect("late interest");
    assert_eq!(
        (interest.amount, interest.paid_on),
        (money("7500"), d(2003, 8, 30))
    );
    assert_eq!(interest.interest, money("166.44"));
}

#[test]
fn the_lawful_rate_caps_late_interest() {
    let mut inputs = base();
    inputs.due_days = 31;
    inputs.late_invoice = Some(2);
    inputs.late_days = 45;
    inputs.late_convention = LateConvention::PerMonth;
    inputs.lawful_pct = Some(Decimal::ONE);
    let out = run(&inputs);
    assert_eq!(out.late_interest(), money("200"));
    assert!(out.notices.iter().any(|n| n.kind == NoticeKind::LawfulCap));
    inputs.lawful_pct = Some(Decimal::from(2));
    let out = run(&inputs);
    assert_eq!(out.late_interest(), money("300"));
    assert!(!out.notices.iter().any(|n| n.kind == NoticeKind::LawfulCap));
}

#[test]
fn late_interest_only_on_an_invoice_shown() {
    let mut inputs = base();
    inputs.stop = Some(d(2003, 11, 20));
    inputs.late_invoice = Some(6);
    inputs.late_days = 10;
    assert!(compute(&inputs).is_ok());
    inputs.late_invoice = Some(7);
    assert_eq!(
        compute(&inputs),
        Err(MsaError::LateInvoiceNotShown {
            number: 7,
            shown: 6
        })
    );
    assert_eq!(invoices_shown(&inputs), Ok(6));
}

#[test]
fn the_dates_table_at_the_defaults() {
    let out = run(&base());
    let rows = &out.dates;
    assert_eq!(rows.len(), 1 + 13 * 2 + 2 + 1 + 1);
    assert!(rows.windows(2).all(|w| w[0].date <= w[1].date));
    // 48 hours after the tender.
    assert_eq!(
        (rows[0].date, rows[0].rule, rows[0].clause()),
        (d(2003, 6, 14), Rule::AcceptBy, "cl. 1")
    );
    let find = |rule: Rule| rows.iter().find(|row| row.rule == rule).map(|row| row.date);
    // The 15th business day after Monday 2003-06-16.
    assert_eq!(find(Rule::Availability), Some(d(2003, 7, 7)));
    assert_eq!(find(Rule::ExtensionNotice), Some(d(2004, 5, 16)));
    // Ties keep the model book's rule order: the Commitment Period, then the term.
    let at_end: Vec<Rule> = rows
        .iter()
        .filter(|row| row.date == d(2004, 6, 15))
        .map(|row| row.rule)
        .collect();
    assert_eq!(at_end, vec![Rule::CommitmentEnd, Rule::TermEnd]);
    // The last invoice falls due after the term has ended.
    assert_eq!(
        rows.last().map(|row| (row.date, row.rule)),
        Some((d(2004, 7, 1), Rule::InvoiceDue))
    );
    assert!(rows.iter().all(|row| row.rule != Rule::CureDeadline));
    let dues = rows
        .iter()
        .filter(|row| row.rule == Rule::InvoiceDue)
        .count();
    assert_eq!(dues, 13);
}

#[test]
fn notice_rows_and_ties_in_rule_order() {
    let mut inputs = base();
    inputs.notice = Some(d(2003, 7, 4)); // a Friday
    inputs.due_days = 10; // each invoice's due date is its dispute deadline
    let out = run(&inputs);
    let on = |date: Date| -> Vec<Rule> {
        out.dates
            .iter()
            .filter(|row| row.date == date)
            .map(|row| row.rule)
            .collect()
    };
    assert_eq!(on(d(2003, 6, 26)), vec![Rule::InvoiceDue, Rule::DisputeBy]);
    assert_eq!(on(d(2003, 7, 9)), vec![Rule::CureDeadline]);
    // The 5th business day after Friday 4 July is Friday 11 July.
    assert_eq!(
        on(d(2003, 7, 11)),
        vec![
            Rule::InvoiceDue,
            Rule::DisputeBy,
            Rule::TwwTermination,
            Rule::ProviderTermination
        ]
    );
    let clauses: Vec<&str> = out
        .dates
        .iter()
        .filter(|row| row.date == d(2003, 7, 11))
        .map(|row| row.clause())
        .collect();
    assert_eq!(clauses, vec!["cl. 6(b)", "cl. 6(d)", "cl. 12(b)", "cl. 12"]);
}

#[test]
fn with_a_stop_the_dates_list_the_invoices_shown_and_the_term_as_scheduled() {
    let mut inputs = base();
    inputs.stop = Some(d(2003, 11, 20));
    let out = run(&inputs);
    assert_eq!(
        out.dates
            .iter()
            .filter(|row| row.rule == Rule::InvoiceDue)
            .count(),
        6
    );
    assert!(out
        .dates
        .iter()
        .any(|row| row.rule == Rule::TermEnd && row.date == d(2004, 6, 15)));
    // The charge is billed as an invoice issued on the stop date: due 30 days on.
    let due = out
        .dates
        .iter()
        .find(|row| row.rule == Rule::TerminationDue)
        .expect("a due date for the charge");
    assert_eq!(due.date, d(2003, 12, 20));
    assert_eq!(due.clause(), "cl. 12");
    assert_eq!(due.what, "the termination charge is due: 65,000.00");
    assert_eq!(out.termination.and_then(|t| t.due), Some(d(2003, 12, 20)));
    assert!(out
        .dates
        .iter()
        .all(|row| row.rule != Rule::ExtensionNotice));
}

#[test]
fn a_charge_due_the_day_of_its_stop_follows_the_dispute_deadlines_of_that_date() {
    let mut inputs = base();
    // Invoice 7 (2003-12-01) is disputed by 2003-12-11; a stop that day with
    // nothing to wait for (`due` 0) makes the charge due the same day.
    inputs.stop = Some(d(2003, 12, 11));
    inputs.due_days = 0;
    let out = run(&inputs);
    let on: Vec<Rule> = out
        .dates
        .iter()
        .filter(|row| row.date == d(2003, 12, 11))
        .map(|row| row.rule)
        .collect();
    assert_eq!(on, vec![Rule::DisputeBy, Rule::TerminationDue]);
}

#[test]
fn no_charge_no_due_date() {
    let mut inputs = base();
    inputs.stop = Some(d(2003, 11, 20));
    inputs.cause = Cause::ProviderBreach;
    let out = run(&inputs);
    assert_eq!(out.termination.and_then(|t| t.due), None);
    assert!(out.dates.iter().all(|row| row.rule != Rule::TerminationDue));
    // A stop once the last period has started charges nothing either.
    let mut late = base();
    late.stop = Some(d(2004, 6, 10));
    let out = run(&late);
    assert_eq!(out.termination_charge(), Money::ZERO);
    assert_eq!(out.termination.and_then(|t| t.due), None);
}

#[test]
fn notices_name_their_clauses() {
    let out = run(&base());
    let kinds: Vec<NoticeKind> = out.notices.iter().map(|n| n.kind).collect();
    assert_eq!(
        kinds,
        vec![
            NoticeKind::Taxes,
            NoticeKind::Deposit,
            NoticeKind::ForceMajeure,
            NoticeKind::NetworkChanges
        ]
    );
    assert!(out.notices[0].text.contains("cl. 6(f), 7"));
    assert!(out.notices[1].text.contains("122,500.00"));
    let mut inputs = base();
    inputs.commit = Some(money("130000"));
    assert!(run(&inputs)
        .notices
        .iter()
        .any(|n| n.kind == NoticeKind::Shortfall && n.text.contains("10,000.00")));
}
