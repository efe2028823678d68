//! The headline figures a negotiator reads first: each with its element id, a
//! label, the figure as text, a note (the clause, the month, what it counts),
//! and the raw value of `dealmodel`'s JSON for `data-value`.

use super::format::{dollars, figure, percent, percent_number, show};
use crate::engine::venture::{Terms, VentureInputs, VentureOutcome};
use crate::scenario::catalogue::Kind;
use crate::scenario::output::Scalar;
use crate::scenario::output::{scalar_text, venture_result_scalars};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    /// The element id (the browser tests read some of them).
    pub id: &'static str,
    pub label: &'static str,
    pub text: String,
    pub note: String,
    /// The JSON value as `data-value` (null: "").
    pub data_value: String,
    /// The loan's recoup: shown larger, first.
    pub lead: bool,
}

fn headline(
    id: &'static str,
    label: &'static str,
    text: String,
    note: String,
    data: String,
) -> Headline {
    Headline {
        id,
        label,
        text,
        note,
        data_value: data,
        lead: false,
    }
}

/// The headline list, in reading order.
pub fn headlines(inputs: &VentureInputs, outcome: &VentureOutcome) -> Vec<Headline> {
    let scalars = venture_result_scalars(outcome);
    let value = |key: &str| scalar_text(&scalars, key);
    let r = &outcome.results;
    let mut list = Vec::with_capacity(12);

    list.push(Headline {
        lead: true,
        ..recoup(inputs, outcome, value("recoup_month"))
    });

    let loan_note = match inputs.terms {
        Terms::Amended => format!(
            "THIL's share of the project costs less its cash contribution of {}, funded by Fusion (amended cl. 2(2)(1))",
            dollars(&value("thil_contribution"))
        ),
        Terms::Original => "No loan under the original terms: THIL pays its share of the costs itself (cl. 3(1)–(3))".to_string(),
    };
    list.push(headline(
        "loan",
        "Loan Fusion recoups",
        dollars(&value("loan")),
        loan_note,
        value("loan"),
    ));

    let share_note = match inputs.terms {
        Terms::Amended => format!(
            "THIL's contribution over the project costs of {}; its profit share stays {}",
            dollars(&value("total_cost")),
            percent_number(inputs.share_pct)
        ),
        Terms::Original => "The share THIL's profit is computed with (reduced where the $300,000 cap binds, cl. 3(3))".to_string(),
    };
    list.push(headline(
        "thil-percentage-share",
        "THIL Percentage Share",
        percent(r.thil_percentage_share, 2),
        share_note,
        value("thil_percentage_share"),
    ));

    let received_note = if r.termination_payment.is_some() {
        "Profit paid, equipment amortization returned and the cl. 6(10) payment"
    } else {
        "Profit paid and equipment amortization returned (cl. 4(1), 4(5)(b)(v))"
    };
    list.push(headline(
        "thil-total-received",
        "THIL receives in total",
        dollars(&value("thil_total_received")),
        received_note.to_string(),
        value("thil_total_received"),
    ));
    list.push(headline(
        "thil-net",
        "THIL net",
        dollars(&value("thil_net")),
        format!(
            "What it receives less the {} it pays in",
            dollars(&value("thil_contribution"))
        ),
        value("thil_net"),
    ));
    list.push(headline(
        "thil-npv",
        "THIL NPV",
        dollars(&value("thil_npv")),
        format!(
            "THIL's cash by month, discounted at {} a year",
            percent_number(inputs.discount_pct)
        ),
        value("thil_npv"),
    ));

    let irr = value("thil_irr");
    let irr_value = scalars
        .iter()
        .find(|(key, _)| *key == "thil_irr")
        .map(|(_, value)| value)
        .filter(|value| **value != Scalar::Null);
    let (irr_text, irr_note) = match irr_value {
        Some(value) => (
            show(Kind::RateAYear, value),
            "Effective annual rate of THIL's monthly cash".to_string(),
        ),
        None => (
            "None".to_string(),
            "THIL's cash never changes sign, so it has no rate of return".to_string(),
        ),
    };
    list.push(headline("thil-irr", "THIL IRR", irr_text, irr_note, irr));

    let payback = value("thil_payback_month");
    let (payback_text, payback_note) = match r.thil_payback_month {
        Some(t) => (
            format!("Cash month {t}"),
            format!(
                "{}: from then on THIL's cumulative cash stays at or above zero",
                inputs.start.plus_months(t as i32 - 1)
            ),
        ),
        None => (
            "Not paid back".to_string(),
            "THIL's cumulative cash ends below zero (or it paid nothing)".to_string(),
        ),
    };
    list.push(headline(
        "thil-payback-month",
        "THIL payback",
        payback_text,
        payback_note,
        payback,
    ));

    let breakeven = value("breakeven_minutes");
    let (breakeven_text, breakeven_note) = match r.breakeven_minutes {
        Some(_) => (
            format!("{} minutes", figure(&breakeven)),
            "A month at these minutes has a Net Profit of zero or more (month 1's lines)"
                .to_string(),
        ),
        None => (
            "None".to_string(),
            "No number of minutes up to 1,000,000,000 a month gives a Net Profit of zero or more"
                .to_string(),
        ),
    };
    list.push(headline(
        "breakeven-minutes",
        "Break-even minutes a month",
        breakeven_text,
        breakeven_note,
        breakeven,
    ));

    let fusion_note = match inputs.terms {
        Terms::Amended => {
            "its profit share and the retentions for the loan, less the costs it funds"
        }
        Terms::Original => "and its profit share, less the costs THIL does not pay",
    };
    list.push(headline(
        "fusion-net-cash",
        "Fusion net cash",
        dollars(&value("fusion_net_cash")),
        format!(
            "Fusion's fee of {}, {fusion_note}",
            dollars(&value("fusion_fee_received"))
        ),
        value("fusion_net_cash"),
    ));

    if r.termination_payment.is_some() {
        let after = inputs.end.unwrap_or(inputs.months).min(inputs.months);
        list.push(headline(
            "termination-payment",
            "Cl. 6(10) payment to THIL",
            dollars(&value("termination_payment")),
            format!("Fusion pays THIL when the agreement ends after month {after}: investment not yet recovered plus its share of the salvage"),
            value("termination_payment"),
        ));
    }
    list
}

fn recoup(inputs: &VentureInputs, outcome: &VentureOutcome, data: String) -> Headline {
    let r = &outcome.results;
    let (text, note) = match r.recoup {
        Some(recoup) => (
            format!("Month {}", recoup.month),
            format!(
                "Fusion's last retention is from the statement for {}; it settles in {}",
                recoup.calendar_month, recoup.settles
            ),
        ),
        None if r.loan.is_zero() => (
            "No loan".to_string(),
            match inputs.terms {
                Terms::Amended => {
                    "THIL's contribution covers its share of the project costs".to_string()
                }
                Terms::Original => {
                    "THIL pays its share of the costs itself under the original terms".to_string()
                }
            },
        ),
        None => (
            "Not recouped".to_string(),
            format!(
                "{} still owed after the last month modelled",
                dollars(&r.loan_outstanding.to_string())
            ),
        ),
    };
    headline("recoup-month", "Loan recouped", text, note, data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::venture::compute;
    use crate::scenario::deal_form::{Deal, DealForm};

    fn list(link: &str) -> Vec<Headline> {
        let form = DealForm::from_link(Deal::Venture, link);
        assert!(form.link_errors.is_empty(), "{:?}", form.link_errors);
        let inputs = form.venture().unwrap();
        let outcome = compute(inputs).unwrap();
        headlines(inputs, &outcome)
    }

    fn find<'a>(list: &'a [Headline], id: &str) -> &'a Headline {
        list.iter().find(|h| h.id == id).unwrap()
    }

    #[test]
    fn defaults_recoup_in_month_six() {
        let list = list("#/venture?v=1");
        let recoup = find(&list, "recoup-month");
        assert_eq!(recoup.data_value, "6");
        assert_eq!(recoup.text, "Month 6");
        assert!(
            recoup.note.contains("2003-03") && recoup.note.contains("2003-04"),
            "{}",
            recoup.note
        );
        assert_eq!(find(&list, "loan").text, "$15,000.00");
        assert_eq!(find(&list, "loan").data_value, "15000.00");
        assert_eq!(find(&list, "thil-percentage-share").text, "21.05 %");
        assert_eq!(find(&list, "breakeven-minutes").data_value, "1041667");
        assert_eq!(find(&list, "breakeven-minutes").text, "1,041,667 minutes");
        assert_eq!(find(&list, "thil-irr").data_value, "9.446058");
        assert_eq!(find(&list, "thil-payback-month").data_value, "5");
        assert!(list.iter().all(|h| h.id != "termination-payment"));
    }

    #[test]
    fn ids_are_unique() {
        let list = list("#/venture?v=1&end=12");
        let mut ids: Vec<_> = list.iter().map(|h| h.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), list.len());
        assert!(list.iter().any(|h| h.id == "termination-payment"));
    }

    #[test]
    fn no_loan_under_the_original_terms() {
        let list = list("#/venture?v=1&terms=original");
        let recoup = find(&list, "recoup-month");
        assert_eq!(recoup.text, "No loan");
        assert_eq!(recoup.data_value, "");
    }

    #[test]
    fn an_unrecouped_loan_says_what_is_owed() {
        let list = list("#/venture?v=1&min=0&months=2");
        let recoup = find(&list, "recoup-month");
        assert_eq!(recoup.text, "Not recouped");
        assert!(recoup.note.contains("$15,000.00"), "{}", recoup.note);
    }
}
