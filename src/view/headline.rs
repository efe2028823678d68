//! The headline figures a negotiator reads first, for every deal, from one list
//! per deal: which results are headlines, in reading order, and what the page
//! says beside each (a fixed note, or words that follow the scenario). The
//! label is the catalogue's, the value the output's (`data-value`) and the text
//! the value as its kind reads unless the words say otherwise; the element id is
//! the key with hyphens, which opens the figure's explanation.

use super::format::{dollars, figure, percent_number, show};
use crate::engine::venture::{Terms, VentureInputs};
use crate::scenario::catalogue;
use crate::scenario::deal_form::Deal;
use crate::scenario::link::LinkScenario;
use crate::scenario::output::{Row, Scalar};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    /// The element id: the output key with hyphens (the browser tests read some).
    pub id: String,
    /// The catalogue's label.
    pub label: &'static str,
    pub text: String,
    pub note: String,
    /// The JSON value as `data-value` (null: "").
    pub data_value: String,
    /// The first headline: shown larger, first.
    pub lead: bool,
}

/// What the page says of a headline in a scenario: its text (`None`: the value
/// as its kind reads) and its note.
struct Said {
    text: Option<String>,
    note: String,
}

impl Said {
    fn note(note: impl Into<String>) -> Option<Said> {
        Some(Said {
            text: None,
            note: note.into(),
        })
    }

    fn with(text: impl Into<String>, note: impl Into<String>) -> Option<Said> {
        Some(Said {
            text: Some(text.into()),
            note: note.into(),
        })
    }
}

/// The results of one scenario, by key.
struct Results<'a>(&'a Row);

impl Results<'_> {
    fn get(&self, key: &str) -> &Scalar {
        self.0
            .iter()
            .find(|(name, _)| *name == key)
            .map_or(&Scalar::Null, |(_, value)| value)
    }

    fn text(&self, key: &str) -> String {
        self.get(key).text()
    }

    fn dollars(&self, key: &str) -> String {
        dollars(&self.text(key))
    }

    fn given(&self, key: &str) -> bool {
        *self.get(key) != Scalar::Null
    }
}

/// The words beside a headline: fixed, or following the scenario (`None`: the
/// headline is not shown in it).
enum Words {
    Fixed(&'static str),
    Scenario(fn(&LinkScenario, &Results) -> Option<Said>),
}

use Words::{Fixed, Scenario};

/// The Venture's headlines, in reading order.
const VENTURE: &[(&str, Words)] = &[
    ("recoup_month", Scenario(recoup)),
    ("loan", Scenario(loan)),
    ("thil_percentage_share", Scenario(share)),
    ("thil_total_received", Scenario(received)),
    (
        "thil_net",
        Scenario(|_, r| {
            Said::note(format!(
                "What it receives less the {} it pays in",
                r.dollars("thil_contribution")
            ))
        }),
    ),
    (
        "thil_npv",
        Scenario(|s, _| {
            Said::note(format!(
                "THIL's cash by month, discounted at {} a year",
                percent_number(venture(s)?.discount_pct)
            ))
        }),
    ),
    ("thil_irr", Scenario(irr)),
    ("thil_payback_month", Scenario(payback)),
    ("breakeven_minutes", Scenario(breakeven)),
    ("fusion_net_cash", Scenario(fusion)),
    ("termination_payment", Scenario(termination_payment)),
];

/// The MSA's headlines, in reading order.
const MSA: &[(&str, Words)] = &[
    ("total_charges", Fixed("Every invoice of the term (with a stop: those standing plus the termination charge), before taxes (cl. 6(f), 7)")),
    ("termination_charge", Scenario(|_, r| {
        let note = "The rest of the term's recurring charges after the stop (cl. 12); none without a stop";
        if r.given("termination_charge") { Said::note(note) } else { Said::with("none (no stop)", note) }
    })),
    ("termination_due", Scenario(|_, r| {
        let note = "Billed like an invoice issued on the stop date: due the payment days after it (cl. 6(b), 12; a reading)";
        match (r.given("termination_due"), r.given("termination_charge")) {
            (true, _) => Said::note(note),
            (false, true) => Said::with("none (nothing charged)", note),
            (false, false) => Said::with("none (no stop)", note),
        }
    })),
    ("shortfall", Fixed("Due when the Commitment Period ends (cl. 3)")),
    ("late_interest", Fixed("On the invoice paid late, at the lower of the late and lawful rates (cl. 6(c))")),
    ("max_deposit", Fixed("The term's expected charges (cl. 5)")),
    ("term_start", Fixed("The Acceptance Date (Exhibit A)")),
    ("term_end", Scenario(|s, _| match s {
        LinkScenario::Msa(inputs) => match inputs.stop {
            Some(stop) => Said::note(format!("The service ends on {stop}, when TWW stops (cl. 12); the charge runs to this scheduled end (cl. 3)")),
            None => Said::note("As scheduled (cl. 3)"),
        },
        _ => None,
    })),
    ("commitment_end", Fixed("Its first 12 months (cl. 3)")),
];

/// The Note's headlines, in reading order.
const NOTE: &[(&str, Words)] = &[
    ("payoff", Fixed("Principal, overdue interest, interest since the last interest date, and collection costs")),
    ("total_interest", Fixed("On principal and on overdue interest, over the note's life")),
    ("act360_cost_vs_act365", Fixed("Total interest on a 360-day year less on a 365-day year")),
    ("rate", Fixed("The lesser of the stated rate and the highest lawful rate")),
    ("act365_equivalent_rate", Fixed("The rate × 365 / 360")),
    ("principal", Fixed("As the reading in force takes it")),
    ("payoff_principal", Fixed("Outstanding on the demand date")),
    ("payoff_overdue", Fixed("Interest due and not paid")),
    ("payoff_accrued", Fixed("On principal and on overdue interest")),
    ("payoff_collection", Fixed("Attorneys' and collection fees")),
];

/// A deal's headlines, in reading order.
fn lines(deal: Deal) -> &'static [(&'static str, Words)] {
    match deal {
        Deal::Venture => VENTURE,
        Deal::Msa => MSA,
        Deal::Note => NOTE,
    }
}

/// The headline list of a scenario with these results, in reading order.
pub fn headlines(scenario: &LinkScenario, results: &Row) -> Vec<Headline> {
    let deal = Deal::of_scenario(scenario);
    let results = Results(results);
    lines(deal)
        .iter()
        .filter_map(|(key, words)| {
            let figure = catalogue::result(deal, key)?;
            let said = match words {
                Fixed(note) => Said::note(*note),
                Scenario(say) => say(scenario, &results),
            }?;
            let value = results.get(key);
            Some(Headline {
                id: key.replace('_', "-"),
                label: figure.label,
                text: said.text.unwrap_or_else(|| show(figure.kind, value)),
                note: said.note,
                data_value: value.text(),
                lead: false,
            })
        })
        .enumerate()
        .map(|(index, headline)| Headline {
            lead: index == 0,
            ..headline
        })
        .collect()
}

fn venture(scenario: &LinkScenario) -> Option<&VentureInputs> {
    match scenario {
        LinkScenario::Venture(inputs) => Some(inputs),
        _ => None,
    }
}

fn recoup(scenario: &LinkScenario, r: &Results) -> Option<Said> {
    let inputs = venture(scenario)?;
    if r.given("recoup_month") {
        return Said::note(format!(
            "Fusion's last retention is from the statement for {}; it settles in {}",
            r.text("recoup_calendar_month"),
            r.text("recoup_settles")
        ));
    }
    let no_loan = matches!(r.get("loan"), Scalar::Money(loan) if loan.is_zero());
    if no_loan {
        let why = match inputs.terms {
            Terms::Amended => "THIL's contribution covers its share of the project costs",
            Terms::Original => "THIL pays its share of the costs itself under the original terms",
        };
        return Said::with("No loan", why);
    }
    Said::with(
        "Not recouped",
        format!(
            "{} still owed after the last month modelled",
            r.dollars("loan_outstanding")
        ),
    )
}

fn loan(scenario: &LinkScenario, r: &Results) -> Option<Said> {
    Said::note(match venture(scenario)?.terms {
        Terms::Amended => format!(
            "THIL's share of the project costs less its cash contribution of {}, funded by Fusion (amended cl. 2(2)(1))",
            r.dollars("thil_contribution")
        ),
        Terms::Original => "No loan under the original terms: THIL pays its share of the costs itself (cl. 3(1)–(3))".to_string(),
    })
}

fn share(scenario: &LinkScenario, r: &Results) -> Option<Said> {
    let inputs = venture(scenario)?;
    Said::note(match inputs.terms {
        Terms::Amended => format!(
            "THIL's contribution over the project costs of {}; its profit share stays {}",
            r.dollars("total_cost"),
            percent_number(inputs.share_pct)
        ),
        Terms::Original => "The share THIL's profit is computed with (reduced where the $300,000 cap binds, cl. 3(3))".to_string(),
    })
}

fn received(_: &LinkScenario, r: &Results) -> Option<Said> {
    Said::note(if r.given("termination_payment") {
        "Profit paid, equipment amortization returned and the cl. 6(10) payment"
    } else {
        "Profit paid and equipment amortization returned (cl. 4(1), 4(5)(b)(v))"
    })
}

fn irr(_: &LinkScenario, r: &Results) -> Option<Said> {
    if r.given("thil_irr") {
        Said::note("Effective annual rate of THIL's monthly cash")
    } else {
        Said::with(
            "None",
            "THIL's cash never changes sign, so it has no rate of return",
        )
    }
}

fn payback(scenario: &LinkScenario, r: &Results) -> Option<Said> {
    let inputs = venture(scenario)?;
    match r.get("thil_payback_month") {
        Scalar::Int(t) => Said::note(format!(
            "{}: from then on THIL's cumulative cash stays at or above zero",
            inputs
                .start
                .plus_months(i32::try_from(*t).unwrap_or(i32::MAX).saturating_sub(1))
        )),
        _ => Said::with(
            "Not paid back",
            "THIL's cumulative cash ends below zero (or it paid nothing)",
        ),
    }
}

fn breakeven(_: &LinkScenario, r: &Results) -> Option<Said> {
    if r.given("breakeven_minutes") {
        Said::with(
            format!("{} minutes", figure(&r.text("breakeven_minutes"))),
            "A month at these minutes has a Net Profit of zero or more (month 1's lines)",
        )
    } else {
        Said::with(
            "None",
            "No number of minutes up to 1,000,000,000 a month gives a Net Profit of zero or more",
        )
    }
}

fn fusion(scenario: &LinkScenario, r: &Results) -> Option<Said> {
    let rest = match venture(scenario)?.terms {
        Terms::Amended => {
            "its profit share and the retentions for the loan, less the costs it funds"
        }
        Terms::Original => "and its profit share, less the costs THIL does not pay",
    };
    Said::note(format!(
        "Fusion's fee of {}, {rest}",
        r.dollars("fusion_fee_received")
    ))
}

fn termination_payment(scenario: &LinkScenario, r: &Results) -> Option<Said> {
    let inputs = venture(scenario)?;
    if !r.given("termination_payment") {
        return None;
    }
    let after = inputs.end.unwrap_or(inputs.months).min(inputs.months);
    Said::note(format!("Fusion pays THIL when the agreement ends after month {after}: investment not yet recovered plus its share of the salvage"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::output::link_output;
    use crate::scenario::read_link;

    fn list(link: &str) -> Vec<Headline> {
        let read = read_link(link).unwrap();
        let output = link_output(&read).unwrap();
        headlines(&read.scenario, &output.results)
    }

    fn find<'a>(list: &'a [Headline], id: &str) -> &'a Headline {
        list.iter().find(|h| h.id == id).unwrap()
    }

    #[test]
    fn defaults_recoup_in_month_six() {
        let list = list("#/venture?v=1");
        let recoup = find(&list, "recoup-month");
        assert!(recoup.lead);
        assert_eq!(recoup.data_value, "6");
        assert_eq!(recoup.text, "6");
        assert_eq!(recoup.label, "Loan recouped in month");
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
    fn ids_are_unique_and_name_their_figures() {
        for link in [
            "#/venture?v=1&end=12",
            "#/msa?v=1&stop=2003-11-20",
            "#/note?v=1",
        ] {
            let list = list(link);
            let mut ids: Vec<_> = list.iter().map(|h| h.id.clone()).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), list.len());
            let deal = Deal::of_link(link).unwrap();
            for h in &list {
                let figure = catalogue::result(deal, &h.id.replace('-', "_")).unwrap();
                assert_eq!(h.label, figure.label, "{link}");
            }
        }
        assert!(list("#/venture?v=1&end=12")
            .iter()
            .any(|h| h.id == "termination-payment"));
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

    #[test]
    fn a_missing_termination_charge_says_why() {
        let h = list("#/msa?v=1");
        assert!(h[0].lead);
        assert_eq!(h[1].id, "termination-charge");
        assert_eq!(h[1].text, "none (no stop)");
        assert_eq!(h[1].data_value, "");
        assert_eq!(h[2].text, "none (no stop)");
        let stopped = list("#/msa?v=1&stop=2003-11-20");
        assert!(find(&stopped, "term-end").note.contains("2003-11-20"));
        let note = list("#/note?v=1");
        assert_eq!(find(&note, "act365-equivalent-rate").text, "4.816 %");
    }
}
