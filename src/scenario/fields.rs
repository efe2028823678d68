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

/// How the page lets a person set the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// A slider with a number box beside it.
    Slider,
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
    }
}

use Control::*;
use Source::*;

/// The Venture's inputs in the order of the model book's Inputs table.
pub const VENTURE_FIELDS: &[FieldInfo] = &[
    field("terms", "Terms", Contract("letter of 12 July 2002"), "The letter of 12 July 2002 rewrote how THIL funds the project and shares the profit; the original terms are the agreement as signed in April 2002.", Choice(&[("amended", "Amended (July 2002)"), ("original", "Original (April 2002)")])),
    field("start", "First month of traffic", Assumption, "When traffic to Pakistan starts; the agreement does not fix it.", Month),
    field("months", "Months modelled", Contract("cl. 6(8)"), "The agreement runs for an initial two years, then renews for six-month periods.", Number),
    field("min", "Minutes per month", Contract("cl. 2(1)(b), 2(1)(j²)"), "Fusion commits to send at least 9,000,000 minutes in the first three months and 3,000,000 a month after; losses from a shortfall are Fusion's.", Slider),
    field("growth", "Monthly growth of minutes", Assumption, "How traffic grows or shrinks each month, compounding.", Number),
    field("sell", "Sell rate ($/min)", Assumption, "What Fusion's customers pay per terminated minute: the Venture's revenue (cl. 4(5)(a)).", Number),
    field("credits", "Credits and disputed items (% of revenue)", Contract("cl. 4(5)(a)"), "Revenue counts only what is billed less credits and disputed items.", Number),
    field("term", "Termination rate paid to PTCL ($/min)", Contract("cl. 4(5)(b)(iii)"), "PTCL's charge for terminating each minute in Pakistan is an expense of the Venture.", Slider),
    field("ffee", "Fusion fee ($/min)", Contract("cl. 4(5)(b)(vi)"), "Fusion's fee for selling and managing the traffic: an expense of the Venture, paid to Fusion.", Number),
    field("sfee", "Sub-contractor fee ($/min)", Contract("cl. 4(5)(b)(vii)"), "The fee of the sub-contractor that operates the network: an expense of the Venture.", Number),
    field("basis", "Fee basis", Contract("cl. 4(5)(b)(vi),(vii),(c)"), "The agreement states the fees both as fixed monthly sums (45,000 and 20,000) and as rates at 3,000,000 minutes; above that the parties must agree them.", Choice(&[("perminute", "Per minute"), ("fixed", "Fixed 45,000 + 20,000 a month")])),
    field("fiber", "Undersea fiber ($ a month)", ContractAmountAssumed("cl. 4(5)(b)(i)"), "The cost of undersea fiber capacity is an expense of the Venture; its amount is an estimate.", Number),
    field("loops", "Terrestrial facilities, local loops ($ a month)", ContractAmountAssumed("cl. 4(5)(b)(ii)"), "The cost of terrestrial facilities and local loops is an expense of the Venture; its amount is an estimate.", Number),
    field("budget", "Committee budget ($ a month)", ContractAmountAssumed("cl. 4(5)(b)(iv)"), "The operating budget the parties' committee approves is an expense of the Venture; its amount is an estimate.", Number),
    field("cost", "Project costs", ContractAmountAssumed("cl. 2(2)(a),(b),(d)"), "The costs of setting up the project: PTCL tender money and licences, gateway and routing equipment, customs and connectivity. Costs after month 0 are additional capital investments that reopen THIL's loan.", Costs),
    field("share", "THIL profit share (%)", Contract("amended cl. 2(2)(1), 3(2); original cl. 3(1),(2)"), "THIL's share of Net Profit: 25 % at all times under the letter (up to 30 % with the approval of Fusion and its investors); 40 % (up to 50 %) under the original terms.", Slider),
    field("contrib", "THIL cash contribution ($)", Contract("amended cl. 2(2)(1)"), "THIL puts in up to $80,000 in cash; Fusion funds the rest of THIL's share of the costs and recoups it from THIL's profit.", Number),
    field("nocap", "THIL pays beyond the $300,000 cap", Contract("original cl. 3(3)"), "Under the original terms THIL funds its share of the costs up to $300,000 in all; beyond that its profit share is reduced, unless it pays more.", Toggle),
    field("reading", "Reading of clause (a)", Contract("amended cl. 2(2)(1)(a)–(c), 4(1)"), "Clause (a), read literally, pays THIL the difference between its share and its Percentage Share; clauses (b), (c) and 4(1) pay THIL its Percentage Share and let Fusion retain the difference (the funded reading).", Choice(&[("funded", "Funded (default)"), ("literal", "Literal")])),
    field("losses", "Losses", Contract("cl. 2(1)(j²)"), "Net Profit is shared only when there is profit; losses from Fusion's shortfall below its commitment stay off THIL.", Choice(&[("protect", "Protect THIL from shortfall losses"), ("carry", "Carry every loss"), ("monthly", "Each month alone")])),
    field("lag", "Settlement lag (months)", Contract("cl. 4(2)"), "Each month's profit is paid within 30 days after the month ends.", Number),
    field("disc", "Discount rate (% a year)", Assumption, "The rate at which future cash is discounted for NPV.", Number),
    field("end", "The agreement ends after month", Contract("cl. 6(8), 6(9), 6(10)"), "The agreement can expire or be terminated; Fusion then keeps the network and pays THIL under cl. 6(10). Empty: it runs past the months modelled.", OptionalNumber),
    field("salvage", "Salvage value when it ends ($)", Contract("cl. 6(10)"), "On termination THIL receives its investment not yet recovered and its share of the agreed salvage value of the network.", Number),
];

/// The field of a parameter.
pub fn venture_field(param: &str) -> Option<&'static FieldInfo> {
    VENTURE_FIELDS.iter().find(|field| field.param == param)
}
