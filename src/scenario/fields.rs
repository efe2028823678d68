//! What the page shows about each input: its label, its source (a contract clause
//! or an assumption), and what the clause provides in a sentence or two of the
//! project's own words.

/// Where an input's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A term of the contract, with its clause.
    Contract(&'static str),
    /// Not in any contract: a price, a cost estimate, a date.
    Assumption,
    /// A contract clause names the item; its amount is an assumption.
    ContractAmountAssumed(&'static str),
}

/// A slider's span — the plausible values, not the model's range (minutes to
/// 20,000,000, a rate to $2: a thumb at the edge and a page step of 2,000,000
/// minutes help nobody); the box beside it takes the whole range, and a value
/// typed outside the span widens it — and its arrow and page steps, as link text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Steps {
    pub span: (&'static str, &'static str),
    pub step: &'static str,
    pub page: &'static str,
}

/// A slider over `min..=max` moving by `step`, and by `page` with PageUp and PageDown.
pub(crate) const fn slides(
    min: &'static str,
    max: &'static str,
    step: &'static str,
    page: &'static str,
) -> Control {
    Control::Slider(Steps {
        span: (min, max),
        step,
        page,
    })
}

/// How the page lets a person set the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// A slider with a number box beside it.
    Slider(Steps),
    /// A typed number box.
    Number,
    /// Radio buttons over the choice words, with their labels.
    Choice(&'static [(&'static str, &'static str)]),
    Month,
    Toggle,
    /// An optional whole number (empty: none).
    OptionalNumber,
    /// The list of project cost items.
    Costs,
    /// A date box (`YYYY-MM-DD`); empty text returns a following default.
    Date,
    /// An optional date (empty: none).
    OptionalDate,
    /// A repeated parameter edited as a list (the Note's `paydown`, `missed`).
    List,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldInfo {
    pub param: &'static str,
    pub label: &'static str,
    pub source: Source,
    pub summary: &'static str,
    pub control: Control,
    /// A number's precision, range and unit, as its link parameter is read;
    /// `None` for choices, dates and lists, and where another input decides the
    /// range (the share by the terms, `end` by the months, the late invoice by
    /// the invoices).
    pub range: Option<DecimalSpec>,
}

impl FieldInfo {
    pub fn clause(&self) -> Option<&'static str> {
        match self.source {
            Source::Contract(clause) | Source::ContractAmountAssumed(clause) => Some(clause),
            Source::Assumption => None,
        }
    }

    pub fn is_assumption(&self) -> bool {
        self.source == Source::Assumption
    }
}

/// One input's entry (the deals' tables are lists of these).
pub(crate) const fn field(
    param: &'static str,
    label: &'static str,
    source: Source,
    summary: &'static str,
    control: Control,
) -> FieldInfo {
    FieldInfo {
        param,
        label,
        source,
        summary,
        control,
        range: None,
    }
}

impl FieldInfo {
    /// The field with its number's precision, range and unit (the spec its link
    /// parameter is read with: declared once, there).
    pub(crate) const fn with_range(self, range: DecimalSpec) -> FieldInfo {
        FieldInfo {
            range: Some(range),
            ..self
        }
    }
}

use crate::scenario::values::DecimalSpec;
use crate::scenario::venture::{
    CONTRIBUTION, CREDITS, DISCOUNT, FEE_RATE, GROWTH, LAG, MINUTES, MONTHLY_AMOUNT, MONTHS,
    SALVAGE, SELL, TERMINATION,
};
use Control::*;
use Source::*;

/// The Venture's inputs in the order of the model book's Inputs table.
pub const VENTURE_FIELDS: &[FieldInfo] = &[
    field("terms", "Terms", Contract("letter of 12 July 2002"), "The letter of 12 July 2002 rewrote how THIL funds the project and shares the profit; the original terms are the agreement as signed in April 2002.", Choice(&[("amended", "Amended (July 2002)"), ("original", "Original (April 2002)")])),
    field("start", "First month of traffic", Assumption, "When traffic to Pakistan starts; the agreement does not fix it.", Month),
    field("months", "Months modelled", Contract("cl. 6(8)"), "The agreement runs for an initial two years, then renews for six-month periods.", Number).with_range(MONTHS),
    field("min", "Minutes per month", Contract("cl. 2(1)(b), 2(1)(j²)"), "Fusion commits to send at least 9,000,000 minutes in the first three months and 3,000,000 a month after; losses from a shortfall are Fusion's.", slides("0", "6000000", "10000", "100000")).with_range(MINUTES),
    field("growth", "Monthly growth of minutes", Assumption, "How traffic grows or shrinks each month, compounding.", Number).with_range(GROWTH),
    field("sell", "Sell rate ($/min)", Assumption, "What Fusion's customers pay per terminated minute: the Venture's revenue (cl. 4(5)(a)).", Number).with_range(SELL),
    field("credits", "Credits and disputed items (% of revenue)", Contract("cl. 4(5)(a)"), "Revenue counts only what is billed less credits and disputed items.", Number).with_range(CREDITS),
    field("term", "Termination rate paid to PTCL ($/min)", Contract("cl. 4(5)(b)(iii)"), "PTCL's charge for terminating each minute in Pakistan is an expense of the Venture.", slides("0", "0.4", "0.001", "0.01")).with_range(TERMINATION),
    field("ffee", "Fusion fee ($/min)", Contract("cl. 4(5)(b)(vi)"), "Fusion's fee for selling and managing the traffic: an expense of the Venture, paid to Fusion.", Number).with_range(FEE_RATE),
    field("sfee", "Sub-contractor fee ($/min)", Contract("cl. 4(5)(b)(vii)"), "The fee of the sub-contractor that operates the network: an expense of the Venture.", Number).with_range(FEE_RATE),
    field("basis", "Fee basis", Contract("cl. 4(5)(b)(vi),(vii),(c)"), "The agreement states the fees both as fixed monthly sums (45,000 and 20,000) and as rates at 3,000,000 minutes; above that the parties must agree them.", Choice(&[("perminute", "Per minute"), ("fixed", "Fixed 45,000 + 20,000 a month")])),
    field("fiber", "Undersea fiber ($ a month)", ContractAmountAssumed("cl. 4(5)(b)(i)"), "The cost of undersea fiber capacity is an expense of the Venture; its amount is an estimate.", Number).with_range(MONTHLY_AMOUNT),
    field("loops", "Terrestrial facilities, local loops ($ a month)", ContractAmountAssumed("cl. 4(5)(b)(ii)"), "The cost of terrestrial facilities and local loops is an expense of the Venture; its amount is an estimate.", Number).with_range(MONTHLY_AMOUNT),
    field("budget", "Committee budget ($ a month)", ContractAmountAssumed("cl. 4(5)(b)(iv)"), "The operating budget the parties' committee approves is an expense of the Venture; its amount is an estimate.", Number).with_range(MONTHLY_AMOUNT),
    field("cost", "Project costs", ContractAmountAssumed("cl. 2(2)(a),(b),(d)"), "The costs of setting up the project: PTCL tender money and licences, gateway and routing equipment, customs and connectivity. Costs after month 0 are additional capital investments that reopen THIL's loan.", Costs),
    field("share", "THIL profit share (%)", Contract("amended cl. 2(2)(1), 3(2); original cl. 3(1),(2)"), "THIL's share of Net Profit: 25 % at all times under the letter (up to 30 % with the approval of Fusion and its investors); 40 % (up to 50 %) under the original terms.", slides("25", "30", "0.01", "0.5")),
    field("contrib", "THIL cash contribution ($)", Contract("amended cl. 2(2)(1)"), "THIL puts in up to $80,000 in cash; Fusion funds the rest of THIL's share of the costs and recoups it from THIL's profit.", Number).with_range(CONTRIBUTION),
    field("nocap", "THIL pays beyond the $300,000 cap", Contract("original cl. 3(3)"), "Under the original terms THIL funds its share of the costs up to $300,000 in all; beyond that its profit share is reduced, unless it pays more.", Toggle),
    field("reading", "Reading of clause (a)", Contract("amended cl. 2(2)(1)(a)–(c), 4(1)"), "Clause (a), read literally, pays THIL the difference between its share and its Percentage Share; clauses (b), (c) and 4(1) pay THIL its Percentage Share and let Fusion retain the difference (the funded reading).", Choice(&[("funded", "Funded (default)"), ("literal", "Literal")])),
    field("losses", "Losses", Contract("cl. 2(1)(j²)"), "Net Profit is shared only when there is profit; losses from Fusion's shortfall below its commitment stay off THIL.", Choice(&[("protect", "Protect THIL from shortfall losses"), ("carry", "Carry every loss"), ("monthly", "Each month alone")])),
    field("lag", "Settlement lag (months)", Contract("cl. 4(2)"), "Each month's profit is paid within 30 days after the month ends.", Number).with_range(LAG),
    field("disc", "Discount rate (% a year)", Assumption, "The rate at which future cash is discounted for NPV.", Number).with_range(DISCOUNT),
    field("end", "The agreement ends after month", Contract("cl. 6(8), 6(9), 6(10)"), "The agreement can expire or be terminated; Fusion then keeps the network and pays THIL under cl. 6(10). Empty: it runs past the months modelled.", OptionalNumber),
    field("salvage", "Salvage value when it ends ($)", Contract("cl. 6(10)"), "On termination THIL receives its investment not yet recovered and its share of the agreed salvage value of the network.", Number).with_range(SALVAGE),
];

/// The field of a parameter.
pub fn venture_field(param: &str) -> Option<&'static FieldInfo> {
    VENTURE_FIELDS.iter().find(|field| field.param == param)
}
